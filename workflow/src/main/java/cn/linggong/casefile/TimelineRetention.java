package cn.linggong.casefile;

import cn.linggong.audit.Purges;
import cn.linggong.audit.RetentionProperties;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps every case's timeline for {@code linggong.retention.timeline}: every night (in the cleanup
 * window) entries done before that are deleted. The case's record and its documents stay.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TimelineRetention {

  private final CaseFileMapper mapper;
  private final RetentionProperties retention;
  private final Purges purges;

  /** Deletes the timeline entries older than the retention period; returns how many. */
  @Scheduled(cron = "${linggong.retention.purge-cron}", zone = "${linggong.time-zone}")
  public int purgeExpired() {
    return purges.olderThan(
        retention.timeline(), "case timeline entries", mapper::expiredEvents, mapper::deleteEvents);
  }
}
