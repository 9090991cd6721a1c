package cn.linggong.complaint;

import cn.linggong.calendar.WorkingDayCalendar;
import cn.linggong.sla.TimeLimit;
import cn.linggong.sla.TimeLimits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The three statutory clocks of a complaint (受理, 调解, 监察) as they stand now: running, paused,
 * stopped; which day of its limit today is; whether it is overdue or still provisional.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ComplaintClocks {

  private final ComplaintRecords records;
  private final ComplaintClockDates clockDates;
  private final TimeLimits timeLimits;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  /** The three statutory clocks as they stand now, each counted in its limit's unit. */
  List<ComplaintView.Clock> clocks(ComplaintRow row) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    List<ComplaintView.Clock> clocks = new ArrayList<>();
    java.util.Set<String> provisional = clockDates.provisionalClocks(row.id);
    List<ComplaintEvent> events = records.events(row);
    TimeLimit acceptance = timeLimits.get(ComplaintRecords.ACCEPTANCE);
    String acceptanceState =
        row.acceptedAt != null || Complaint.State.CLOSED.name().equals(row.state)
            ? "STOPPED"
            : Complaint.Stage.SUPPLEMENT.name().equals(row.stage) ? "PAUSED" : "RUNNING";
    // material supplied after a 一次性告知 starts the acceptance clock again
    Instant acceptanceStart =
        events.stream()
            .filter(e -> e.kind().equals("SUPPLIED"))
            .map(ComplaintEvent::doneAt)
            .reduce((a, b) -> b)
            .orElse(row.receivedAt);
    boolean accepting = "RUNNING".equals(acceptanceState);
    clocks.add(
        new ComplaintView.Clock(
            "ACCEPTANCE",
            acceptanceState,
            acceptanceStart,
            row.acceptanceDue,
            accepting ? dayOf(acceptance.unit(), acceptanceStart, today) : null,
            acceptance.amount(),
            acceptance.unit().name(),
            accepting && row.acceptanceDue != null && now.isAfter(row.acceptanceDue),
            accepting && provisional.contains("ACCEPTANCE")));
    TimeLimit mediation = timeLimits.get(ComplaintRecords.MEDIATION);
    boolean mediating = Complaint.Stage.MEDIATION.name().equals(row.stage);
    clocks.add(
        new ComplaintView.Clock(
            "MEDIATION",
            row.acceptedAt == null ? "NOT_STARTED" : mediating ? "RUNNING" : "STOPPED",
            row.acceptedAt,
            row.mediationDue,
            mediating ? dayOf(mediation.unit(), row.acceptedAt, today) : null,
            mediation.amount(),
            mediation.unit().name(),
            mediating && now.isAfter(row.mediationDue),
            mediating && provisional.contains("MEDIATION")));
    boolean inspecting = Complaint.Stage.INSPECTION.name().equals(row.stage);
    boolean extended =
        row.inspectionStarted != null
            && events.stream().anyMatch(e -> e.kind().equals("EXTENSION_APPROVED"));
    TimeLimit investigation = timeLimits.get(ComplaintRecords.INVESTIGATION);
    TimeLimit extension = timeLimits.get(ComplaintRecords.EXTENSION);
    // the extension is added in its own unit; the clock counts in the investigation's
    int inspectionDays =
        investigation.amount()
            + (extended && extension.unit() == investigation.unit() ? extension.amount() : 0);
    clocks.add(
        new ComplaintView.Clock(
            "INSPECTION",
            row.inspectionStarted == null ? "NOT_STARTED" : inspecting ? "RUNNING" : "STOPPED",
            row.inspectionStarted,
            row.inspectionDue,
            inspecting ? dayOf(investigation.unit(), row.inspectionStarted, today) : null,
            inspectionDays,
            investigation.unit().name(),
            inspecting && now.isAfter(row.inspectionDue),
            inspecting && provisional.contains("INSPECTION")));
    return clocks;
  }

  /**
   * Which day of a clock today is, in the clock's unit. The day a clock starts is not counted (期间开始
   * 之日不计入): it is day 0, the next (working) day is day 1, and the due day is the limit's last day,
   * so "day 3 of 5" leaves the same 3 days that the due date says.
   */
  private Integer dayOf(cn.linggong.sla.TimeUnit unit, Instant start, LocalDate today) {
    if (start == null) {
      return null;
    }
    LocalDate from = start.atZone(clock.getZone()).toLocalDate();
    if (today.isBefore(from)) {
      return 0; // a clock started later than "today" (a moved clock in tests, a skewed node)
    }
    return switch (unit) {
      case WORKING_DAYS -> calendar.workingDaysBetween(from, today);
      case CALENDAR_DAYS -> (int) ChronoUnit.DAYS.between(from, today);
    };
  }
}
