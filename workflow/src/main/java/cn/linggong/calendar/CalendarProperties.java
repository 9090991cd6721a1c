package cn.linggong.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.calendar.*}.
 *
 * @param refreshInterval how often each node checks whether another node changed the calendar
 * @param maxDays the largest number of days one calculation accepts (a guard, not a policy)
 */
@ConfigurationProperties("linggong.calendar")
public record CalendarProperties(
    @DefaultValue("30s") Duration refreshInterval, @DefaultValue("3660") int maxDays) {}
