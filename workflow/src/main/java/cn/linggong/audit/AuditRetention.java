package cn.linggong.audit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps the audit trail for {@code linggong.retention.audit}: every night (in the cleanup window)
 * entries older than that are deleted. Each node may run it; deleting twice deletes nothing more.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditRetention {

  private final AuditMapper mapper;
  private final RetentionProperties retention;
  private final Purges purges;

  /** Deletes the entries older than the retention period; returns how many. */
  @Scheduled(cron = "${linggong.retention.purge-cron}", zone = "${linggong.time-zone}")
  public int purgeExpired() {
    return purges.olderThan(retention.audit(), "audit entries", mapper::expired, mapper::deleteIds);
  }
}
