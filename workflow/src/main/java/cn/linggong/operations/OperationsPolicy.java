package cn.linggong.operations;

import static cn.linggong.identity.Roles.ADMIN;

import cn.linggong.identity.Permission;

/** Who runs the system: admins see the engine's incidents and retry them. */
public final class OperationsPolicy {

  /** The 运维 screen: incidents by process and step, what failed, retry. */
  public static final Permission INCIDENTS = Permission.of("operations.incidents", ADMIN);

  private OperationsPolicy() {}
}
