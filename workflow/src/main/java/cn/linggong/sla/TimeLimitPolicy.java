package cn.linggong.sla;

import cn.linggong.identity.Permission;
import cn.linggong.identity.Roles;

/** Who may read and change time limits and watch what is overdue. */
public final class TimeLimitPolicy {

  /** See the time limits and their legal basis. */
  public static final Permission READ = Permission.signedIn("timeLimit.read");

  /** Change a time limit. */
  public static final Permission MAINTAIN = Permission.of("timeLimit.maintain", Roles.ADMIN);

  /** See overdue work and escalations (the own district; city level all). */
  public static final Permission SUPERVISE = Permission.of("timeLimit.supervise", Roles.SUPERVISOR);

  private TimeLimitPolicy() {}
}
