package cn.linggong.sla;

import java.time.Instant;

/**
 * A date moved when a year's official arrangement was entered: old → new, and whether the new one
 * still depends on a provisional year.
 */
public record DueDateChange(
    long id,
    String kind,
    String ref,
    String taskId,
    String processInstanceId,
    String businessKey,
    String what,
    Instant oldAt,
    Instant newAt,
    int year,
    boolean stillProvisional,
    Instant changedAt) {

  /** A target's name that is a statutory clock of its case: {@code clock:<kind>}. */
  public static final String CLOCK_PREFIX = "clock:";

  /**
   * What a case timeline keeps of the change: the step (or {@code clock}), old and new day, and the
   * year whose arrangement was entered.
   */
  public java.util.Map<String, Object> timelineDetails(java.time.ZoneId zone) {
    java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
    if (what != null && what.startsWith(CLOCK_PREFIX)) {
      details.put("clock", what.substring(CLOCK_PREFIX.length()));
    } else if (what != null) {
      details.put("step", what);
    }
    details.put("from", oldAt.atZone(zone).toLocalDate().toString());
    details.put("to", newAt.atZone(zone).toLocalDate().toString());
    details.put("calendarYear", year);
    return details;
  }
}
