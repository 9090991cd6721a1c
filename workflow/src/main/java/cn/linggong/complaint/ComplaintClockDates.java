package cn.linggong.complaint;

import cn.linggong.sla.DateRule;
import cn.linggong.sla.ProvisionalDate;
import cn.linggong.sla.ProvisionalDates;
import cn.linggong.sla.ProvisionalTarget;
import cn.linggong.sla.TimeLimits;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * The due dates of a complaint's statutory clocks (acceptance, mediation, inspection): computed by
 * {@link TimeLimits} in each limit's unit, noted when they come from a provisional year, and moved
 * when that year's arrangement is entered (target kind {@value #KIND}, ref {@code <id>:<clock>}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ComplaintClockDates implements ProvisionalTarget {

  static final String KIND = "COMPLAINT_CLOCK";

  /** The clocks whose due dates are kept on the complaint. */
  enum Clock {
    ACCEPTANCE,
    MEDIATION,
    INSPECTION
  }

  private final ComplaintMapper mapper;
  private final TimeLimits timeLimits;
  private final ProvisionalDates provisional;

  /** The clock's due date by the rule from the start, noted if it is provisional. */
  Instant compute(long complaintId, Clock clock, DateRule rule, Instant start) {
    TimeLimits.Reckoned due = timeLimits.reckon(rule, start);
    ComplaintRow row = mapper.findById(complaintId);
    provisional.note(
        KIND,
        complaintId + ":" + clock,
        row == null ? null : row.processInstanceId,
        row == null ? null : row.complaintNo,
        rule,
        start,
        due);
    return due.at();
  }

  /** The clocks of a complaint whose due dates depend on a provisional year ("暂定"). */
  Set<String> provisionalClocks(long complaintId) {
    String prefix = complaintId + ":";
    return provisional.provisionalRefs(KIND, prefix).stream()
        .map(ref -> ref.substring(prefix.length()))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Move move(ProvisionalDate date, TimeLimits.Reckoned computed) {
    int colon = date.ref().indexOf(':');
    long id = Long.parseLong(date.ref().substring(0, colon));
    Clock clock = Clock.valueOf(date.ref().substring(colon + 1));
    ComplaintRow row = mapper.findById(id);
    if (row == null || Complaint.State.CLOSED.name().equals(row.state)) {
      return Move.gone();
    }
    Instant old =
        switch (clock) {
          case ACCEPTANCE -> row.acceptanceDue;
          case MEDIATION -> row.mediationDue;
          case INSPECTION -> row.inspectionDue;
        };
    if (old == null) {
      return Move.gone();
    }
    String what = cn.linggong.sla.DueDateChange.CLOCK_PREFIX + clock;
    // whole seconds: MySQL keeps no fractions when the driver sends none
    if (old.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
        .equals(computed.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))) {
      return new Move(Result.UNCHANGED, old, what, null, null);
    }
    switch (clock) {
      case ACCEPTANCE -> mapper.setAcceptanceDue(id, computed.at());
      case MEDIATION -> mapper.setMediationDue(id, computed.at());
      case INSPECTION -> mapper.setInspectionDue(id, computed.at());
    }
    return new Move(Result.MOVED, old, what, null, null);
  }
}
