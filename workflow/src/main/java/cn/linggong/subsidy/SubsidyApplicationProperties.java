package cn.linggong.subsidy;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Subsidy applications' settings ({@code linggong.subsidy-application.*}); the money rules are
 * {@link SubsidyProperties}.
 *
 * @param numberPrefix applications read {@code BT-2026-000001}
 * @param evidenceMaxSize the largest piece of evidence (a scanned lease, receipt or invoice)
 * @param evidenceTypes the evidence types taken (checked by content as well)
 */
@ConfigurationProperties("linggong.subsidy-application")
public record SubsidyApplicationProperties(
    @DefaultValue("BT") String numberPrefix,
    @DefaultValue("10MB") DataSize evidenceMaxSize,
    @DefaultValue({"image/jpeg", "image/png", "application/pdf"}) List<String> evidenceTypes) {}
