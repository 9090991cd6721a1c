package cn.linggong.sla;

/** How a time limit counts: statutory limits in working days or in calendar days. */
public enum TimeUnit {
  WORKING_DAYS,
  CALENDAR_DAYS
}
