package cn.linggong.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long records are kept ({@code linggong.retention.*}). Camunda's history has its own time to
 * live and cleanup window ({@code linggong.retention.history}, {@code …cleanup-window-*}, passed to
 * the engine in application.yml); the application's own trails are purged here.
 *
 * @param audit how long an audit entry is kept after it was written
 * @param timeline how long a case timeline entry is kept after it was done
 * @param batchSize entries deleted per transaction by a purge
 */
@ConfigurationProperties("linggong.retention")
public record RetentionProperties(
    @DefaultValue("P1825D") Duration audit,
    @DefaultValue("P3650D") Duration timeline,
    @DefaultValue("1000") int batchSize) {}
