package cn.linggong.sla;

import cn.linggong.identity.Permission;
import cn.linggong.identity.Roles;

/**
 * Who may change time limits and watch what is overdue. Reading the limits is open to anyone signed
 * in, which the API's sign-in already demands.
 */
public final class TimeLimitPolicy {

  /** Change a time limit. */
  public static final Permission MAINTAIN = Permission.of("timeLimit.maintain", Roles.ADMIN);

  /** See overdue work and escalations (the own district; city level all). */
  public static final Permission SUPERVISE = Permission.of("timeLimit.supervise", Roles.SUPERVISOR);

  private TimeLimitPolicy() {}
}
