package cn.linggong.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what is older than a retention period, a batch ({@code linggong.retention.batch-size})
 * per transaction, so that a purge of years of entries never holds one long lock. The trails'
 * purges ({@link AuditRetention}, the case timeline's) give it their queries.
 */
@Slf4j
@Component
public class Purges {

  private final RetentionProperties retention;
  private final Clock clock;
  private final TransactionTemplate transaction;

  Purges(RetentionProperties retention, Clock clock, PlatformTransactionManager transactions) {
    this.retention = retention;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Deletes, batch by batch, what {@code expired} finds older than {@code period} ago (at most the
   * limit it is given); returns how many were deleted.
   *
   * @param what the entries, for the log
   */
  public int olderThan(
      Duration period,
      String what,
      BiFunction<Instant, Integer, List<Long>> expired,
      ToIntFunction<List<Long>> delete) {
    Instant before = clock.instant().minus(period);
    int batchSize = retention.batchSize();
    int deleted = 0;
    while (true) {
      Integer batch =
          transaction.execute(
              status -> {
                List<Long> ids = expired.apply(before, batchSize);
                return ids.isEmpty() ? 0 : delete.applyAsInt(ids);
              });
      if (batch == null || batch == 0) {
        break;
      }
      deleted += batch;
      if (batch < batchSize) {
        break;
      }
    }
    if (deleted > 0) {
      log.info("Deleted {} {} older than {}", deleted, what, before);
    }
    return deleted;
  }
}
