package cn.linggong.employer;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the job picker ranks postings for a worker ({@code linggong.matching.*}): points for each
 * fact that matches, and how pay in other units compares with a desired daily pay.
 *
 * @param categoryPoints the posting's category is one the worker wants or can do
 * @param districtPoints the posting is in a district the worker wants (or the worker's own)
 * @param payPoints the pay reaches the worker's desired daily pay
 * @param skillPoints the worker holds the skill level the posting asks for
 * @param hoursPerDay hours in a working day, for hourly pay
 * @param daysPerMonth working days in a month (国家规定月计薪天数 21.75), for monthly pay
 */
@ConfigurationProperties("linggong.matching")
public record MatchingProperties(
    @DefaultValue("40") int categoryPoints,
    @DefaultValue("25") int districtPoints,
    @DefaultValue("20") int payPoints,
    @DefaultValue("15") int skillPoints,
    @DefaultValue("8") BigDecimal hoursPerDay,
    @DefaultValue("21.75") BigDecimal daysPerMonth) {}
