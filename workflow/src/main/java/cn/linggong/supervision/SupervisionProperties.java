package cn.linggong.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.supervision.*}.
 *
 * @param trendWeeks weeks of the dashboard's overdue trend
 * @param maxPeriodDays the longest step-time period one request may ask for
 */
@ConfigurationProperties("linggong.supervision")
public record SupervisionProperties(
    @DefaultValue("12") int trendWeeks, @DefaultValue("366") int maxPeriodDays) {}
