package cn.linggong.certification;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Certification's settings ({@code linggong.certification.*}).
 *
 * @param numberPrefix applications read {@code RD-2026-000001}
 * @param minOperatingMonths how long a market must have operated to apply (Zhejiang: 3 months)
 * @param reapplyAfterWithdrawalYears how long after a withdrawal (退出) a market may not apply
 * @param minReviewers how many reviewers score an application (their scores are averaged)
 * @param maxReviewers the most reviewers one application may have
 * @param termYears how long a certification is valid
 * @param attachmentMaxSize the largest attachment (site photos, lease, rules, logs)
 * @param attachmentTypes the attachment types taken (checked by content as well)
 * @param objectionsPerHour objections one address may file on the public page within an hour
 */
@ConfigurationProperties("linggong.certification")
public record CertificationProperties(
    @DefaultValue("RD") String numberPrefix,
    @DefaultValue("3") int minOperatingMonths,
    @DefaultValue("2") int reapplyAfterWithdrawalYears,
    @DefaultValue("2") int minReviewers,
    @DefaultValue("5") int maxReviewers,
    @DefaultValue("3") int termYears,
    @DefaultValue("10MB") DataSize attachmentMaxSize,
    @DefaultValue({"image/jpeg", "image/png", "application/pdf"}) List<String> attachmentTypes,
    @DefaultValue("5") int objectionsPerHour) {}
