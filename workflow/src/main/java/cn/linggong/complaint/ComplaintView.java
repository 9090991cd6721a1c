package cn.linggong.complaint;

import cn.linggong.casefile.CaseDocument;
import java.time.Instant;
import java.util.List;

/**
 * A complaint at a glance: parties (masked), amounts, the statutory clocks, the agreement's
 * schedule, every event, evidence and documents, and what is open now.
 */
public record ComplaintView(
    Complaint complaint,
    List<Complainant> complainants,
    List<Clock> clocks,
    List<Instalment> instalments,
    List<ComplaintEvent> timeline,
    List<Evidence> evidence,
    List<CaseDocument> documents,
    List<cn.linggong.inbox.TaskDetails.OpenStep> openTasks) {

  /**
   * A statutory clock: acceptance, mediation, inspection (with its extension), each of the length
   * and unit of its limit in the time-limit table.
   *
   * @param state RUNNING, PAUSED (waiting for the complainant's material), STOPPED (its step is
   *     done) or NOT_STARTED
   * @param day the day of the clock it is today (1 on the day it started), in its unit
   * @param ofDays the clock's length in its unit
   * @param provisional the due date comes from a year whose arrangement is not entered ("暂定")
   */
  public record Clock(
      String kind,
      String state,
      Instant startedAt,
      Instant dueAt,
      Integer day,
      Integer ofDays,
      String unit,
      boolean overdue,
      boolean provisional) {}
}
