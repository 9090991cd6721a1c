package cn.linggong.worker;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * 零工人员 ({@code linggong.worker.*}).
 *
 * @param documentMaxSize the largest scan kept with a worker
 * @param documentTypes the content types a scan may have
 */
@ConfigurationProperties("linggong.worker")
public record WorkerProperties(
    @DefaultValue("10MB") DataSize documentMaxSize,
    @DefaultValue({"image/jpeg", "image/png", "application/pdf"}) List<String> documentTypes) {}
