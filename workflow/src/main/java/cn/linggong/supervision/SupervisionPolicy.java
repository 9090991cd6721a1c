package cn.linggong.supervision;

import static cn.linggong.identity.Roles.SUPERVISOR;

import cn.linggong.identity.Permission;

/**
 * Who may watch and steer the work: supervisors, a district supervisor over the own district, the
 * city's over every district (the services narrow each query to that).
 */
public final class SupervisionPolicy {

  /** The dashboard, its charts and its workbook. */
  public static final Permission DASHBOARD = Permission.of("supervision.dashboard", SUPERVISOR);

  private SupervisionPolicy() {}
}
