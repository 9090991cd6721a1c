package cn.linggong.calendar;

import cn.linggong.identity.Permission;
import cn.linggong.identity.Roles;

/**
 * Who may change the working-day calendar. Reading it (counting working days, a day, a year) is
 * open to anyone signed in, which the API's sign-in already demands.
 */
public final class CalendarPolicy {

  /** Enter a year's notice, import a CSV, change or remove days and years. */
  public static final Permission MAINTAIN = Permission.of("calendar.maintain", Roles.ADMIN);

  private CalendarPolicy() {}
}
