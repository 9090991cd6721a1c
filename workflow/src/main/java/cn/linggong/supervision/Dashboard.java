package cn.linggong.supervision;

import cn.linggong.shared.cases.StageCount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a supervisor sees at a glance, for the own district (city level: all districts, or the one
 * chosen): open work and its clocks by process, step, district and person; step times over a
 * period; each person's caseload; the certification and subsidy pipelines; the overdue trend.
 *
 * @param asOf the moment the open figures were counted ("due soon" and "overdue" against it)
 * @param from first day of the step-time period
 * @param to last day of the step-time period
 * @param districtId the district counted, {@code null} for all
 */
public record Dashboard(
    Instant asOf,
    LocalDate from,
    LocalDate to,
    String districtId,
    Work total,
    List<Work> byProcess,
    List<Work> byStep,
    List<Work> byDistrict,
    List<Work> byPerson,
    List<StepTime> stepTimes,
    List<Caseload> caseloads,
    List<StageCount> certificationPipeline,
    List<StageCount> subsidyPipeline,
    List<WeekPoint> overdueTrend) {

  /**
   * Open work of one group (a process, a step, a district or a person; the fields that do not group
   * are {@code null}; {@code assignee} {@code null} on a person's row: nobody holds it yet).
   */
  public record Work(
      String processKey,
      String processName,
      String stepKey,
      String stepName,
      String districtId,
      String assignee,
      long open,
      long dueSoon,
      long overdue,
      long escalated) {}

  /**
   * How long a step took, completed within the period: average and 90th percentile (nearest rank)
   * in milliseconds, and how many were done by their due date.
   */
  public record StepTime(
      String processKey,
      String processName,
      String stepKey,
      String stepName,
      String timeLimitKey,
      long completed,
      long averageMs,
      long p90Ms,
      long onTime) {}

  /** A person's open tasks, how many of them are overdue, and what they completed this month. */
  public record Caseload(String userId, long open, long overdue, long completedThisMonth) {}

  /** Tasks open and past their due date at the end of a week (Monday to Sunday). */
  public record WeekPoint(LocalDate weekStart, long overdue) {}
}
