package cn.linggong.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The monthly report's dates and limits ({@code linggong.monitoring.*}); the sign-off's due date is
 * the time limit {@code monitoring.sign-off} (calendar days from the last day of the month before).
 *
 * @param draftDay the day of the month the draft is drawn up and the period ends
 * @param draftHour the hour (Beijing time) the draft is drawn up on that day
 * @param reportPrefix the reports' number prefix (JC-2026-11-kf-gulou)
 * @param importMaxRows the most rows one XLSX import of market figures takes
 * @param dailyPayMax the highest average daily pay (元) a market may report before it is taken for a
 *     typing error
 */
@Validated
@ConfigurationProperties("linggong.monitoring")
public record MonitoringProperties(
    @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(28) int draftDay,
    @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(23) int draftHour,
    @jakarta.validation.constraints.NotBlank String reportPrefix,
    @jakarta.validation.constraints.Min(1) int importMaxRows,
    @jakarta.validation.constraints.NotNull java.math.BigDecimal dailyPayMax) {}
