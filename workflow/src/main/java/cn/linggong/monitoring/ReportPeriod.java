package cn.linggong.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days a month's report counts: from the day after the previous month's draft day to this
 * month's draft day (with the draft day 20: 10-21 to 11-20 for the November report), so that
 * consecutive reports neither miss nor count a day twice.
 */
public record ReportPeriod(YearMonth month, LocalDate from, LocalDate to) {

  public static ReportPeriod of(YearMonth month, int draftDay) {
    LocalDate to = month.atDay(Math.min(draftDay, month.lengthOfMonth()));
    YearMonth before = month.minusMonths(1);
    LocalDate from = before.atDay(Math.min(draftDay, before.lengthOfMonth())).plusDays(1);
    return new ReportPeriod(month, from, to);
  }
}
