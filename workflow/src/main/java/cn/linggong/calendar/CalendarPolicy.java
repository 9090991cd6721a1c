package cn.linggong.calendar;

import cn.linggong.identity.Permission;
import cn.linggong.identity.Roles;

/** Who may read and change the working-day calendar. */
public final class CalendarPolicy {

  /** Count working days, see a day or a year. */
  public static final Permission READ = Permission.signedIn("calendar.read");

  /** Enter a year's notice, import a CSV, change or remove days and years. */
  public static final Permission MAINTAIN = Permission.of("calendar.maintain", Roles.ADMIN);

  private CalendarPolicy() {}
}
