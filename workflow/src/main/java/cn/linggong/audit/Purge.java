package cn.linggong.audit;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what is older than a moment, a batch per transaction, so that a purge of years of entries
 * never holds one long lock. The trails' purges ({@link AuditRetention}, the case timeline's) use
 * it.
 */
public final class Purge {

  private Purge() {}

  /**
   * Deletes, batch by batch, the ids that {@code expired} finds older than {@code before}; returns
   * how many were deleted.
   */
  public static int olderThan(
      TransactionTemplate transaction,
      Instant before,
      int batchSize,
      Function<Instant, List<Long>> expired,
      ToIntFunction<List<Long>> delete) {
    int deleted = 0;
    while (true) {
      Integer batch =
          transaction.execute(
              status -> {
                List<Long> ids = expired.apply(before);
                return ids.isEmpty() ? 0 : delete.applyAsInt(ids);
              });
      if (batch == null || batch == 0) {
        return deleted;
      }
      deleted += batch;
      if (batch < batchSize) {
        return deleted;
      }
    }
  }
}
