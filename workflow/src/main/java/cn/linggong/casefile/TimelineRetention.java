package cn.linggong.casefile;

import cn.linggong.audit.Purge;
import cn.linggong.audit.RetentionProperties;
import java.time.Clock;
import java.time.Instant;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every case's timeline for {@code linggong.retention.timeline}: every night (in the cleanup
 * window) entries done before that are deleted. The case's record and its documents stay.
 */
@Slf4j
@Service
public class TimelineRetention {

  private final CaseFileMapper mapper;
  private final RetentionProperties retention;
  private final Clock clock;
  private final TransactionTemplate transaction;

  TimelineRetention(
      CaseFileMapper mapper,
      RetentionProperties retention,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.mapper = mapper;
    this.retention = retention;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Deletes the timeline entries older than the retention period; returns how many. */
  @Scheduled(cron = "${linggong.retention.purge-cron}", zone = "${linggong.time-zone}")
  public int purgeExpired() {
    Instant before = clock.instant().minus(retention.timeline());
    int deleted =
        Purge.olderThan(
            transaction,
            before,
            retention.batchSize(),
            b -> mapper.expiredEvents(b, retention.batchSize()),
            mapper::deleteEvents);
    if (deleted > 0) {
      log.info("Deleted {} case timeline entries older than {}", deleted, before);
    }
    return deleted;
  }
}
