package cn.linggong.calendar;

/** What a date is for counting working days. */
public enum DayKind {
  /** Monday to Friday, worked. */
  WEEKDAY,
  /** Saturday or Sunday, not worked. */
  WEEKEND,
  /** A Monday-to-Friday date that is not worked (a statutory holiday). */
  HOLIDAY,
  /** A Saturday or Sunday that is worked (调休上班). */
  WORKDAY;

  public boolean working() {
    return this == WEEKDAY || this == WORKDAY;
  }
}
