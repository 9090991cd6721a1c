package cn.linggong.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every date computed from a provisional year, with its start and rule, so that it can be
 * computed again when the year's official arrangement is entered ({@link
 * ProvisionalRecomputation}). Writes join the caller's transaction (the engine's, for task due
 * dates and timers). A date computed from official years only leaves no row; computing a
 * single-valued target again (a task's due date, a complaint clock) replaces its row.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProvisionalDates {

  /** A user task's due date (with follow-up date and escalation timer); ref = task id. */
  public static final String TASK = "TASK";

  /** A process timer; ref = process instance id, the job found by its due date. */
  public static final String TIMER = "TIMER";

  private final ProvisionalMapper mapper;
  private final Clock clock;

  /**
   * Notes how the target's date was computed. Provisional: kept (replacing an open row of the same
   * single-valued target); official: an open row of that target is closed.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void note(
      String kind,
      String ref,
      String processInstanceId,
      String businessKey,
      DateRule rule,
      Instant start,
      TimeLimits.Reckoned value) {
    Instant now = clock.instant();
    boolean single = !TIMER.equals(kind);
    if (!value.provisional()) {
      if (single) {
        mapper.closeOpen(kind, ref, "DONE", now);
      }
      return;
    }
    int first = value.provisionalYears().first();
    int last = value.provisionalYears().last();
    Instant from = start.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    if (single
        && mapper.updateOpen(kind, ref, rule.text(), from, value.at(), first, last, now) > 0) {
      return;
    }
    mapper.insert(
        kind, ref, processInstanceId, businessKey, rule.text(), from, value.at(), first, last, now);
  }

  /** The target ended (a task completed, a case closed): its open dates need no recomputation. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void ended(String kind, String ref) {
    mapper.closeOpen(kind, ref, "GONE", clock.instant());
  }

  /** Whether the target's date still depends on a provisional year (shown "暂定"). */
  @Transactional(readOnly = true)
  public boolean isProvisional(String kind, String ref) {
    return mapper.countOpen(kind, ref) > 0;
  }

  /** The refs of a kind, starting with a prefix, whose dates are provisional. */
  @Transactional(readOnly = true)
  public List<String> provisionalRefs(String kind, String refPrefix) {
    return mapper.openRefs(kind, refPrefix);
  }

  /** The dates of a task moved by recomputations, oldest first. */
  @Transactional(readOnly = true)
  public List<DueDateChange> changesOfTask(String taskId) {
    return mapper.changesOfTask(taskId);
  }

  /** The dates of a case moved by recomputations, oldest first. */
  @Transactional(readOnly = true)
  public List<DueDateChange> changesOfCase(String businessKey) {
    return mapper.changesOfCase(businessKey);
  }
}
