package cn.linggong.complaint;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * 欠薪投诉 ({@code linggong.complaint.*}).
 *
 * @param numberPrefix complaint numbers read {prefix}-{year}-{000123}
 * @param maxWorkers the most complainants one complaint lists
 * @param maxOwedPerWorker the largest amount one worker may claim (yuan); larger is a typing error
 * @param evidenceMaxSize the largest evidence file
 * @param evidenceTypes the content types an evidence file may have
 * @param maxInstalments the most instalments an agreement may have
 */
@ConfigurationProperties("linggong.complaint")
public record ComplaintProperties(
    @DefaultValue("QX") String numberPrefix,
    @DefaultValue("500") int maxWorkers,
    @DefaultValue("1000000.00") BigDecimal maxOwedPerWorker,
    @DefaultValue("10MB") DataSize evidenceMaxSize,
    @DefaultValue({"image/jpeg", "image/png", "application/pdf"}) List<String> evidenceTypes,
    @DefaultValue("24") int maxInstalments) {}
