package cn.linggong.audit;

import java.time.Clock;
import java.time.Instant;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the audit trail for {@code linggong.retention.audit}: every night (in the cleanup window)
 * entries older than that are deleted. Each node may run it; deleting twice deletes nothing more.
 */
@Slf4j
@Service
public class AuditRetention {

  private final AuditMapper mapper;
  private final RetentionProperties retention;
  private final Clock clock;
  private final TransactionTemplate transaction;

  AuditRetention(
      AuditMapper mapper,
      RetentionProperties retention,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.mapper = mapper;
    this.retention = retention;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Deletes the entries older than the retention period; returns how many. */
  @Scheduled(cron = "${linggong.retention.purge-cron}", zone = "${linggong.time-zone}")
  public int purgeExpired() {
    Instant before = clock.instant().minus(retention.audit());
    int deleted =
        Purge.olderThan(
            transaction,
            before,
            retention.batchSize(),
            b -> mapper.expired(b, retention.batchSize()),
            mapper::deleteIds);
    if (deleted > 0) {
      log.info("Deleted {} audit entries older than {}", deleted, before);
    }
    return deleted;
  }
}
