package cn.linggong.assistance;

import static cn.linggong.identity.Roles.CASEWORKER;
import static cn.linggong.identity.Roles.SUPERVISOR;

import cn.linggong.identity.Permission;

/**
 * Who may do what with hardship-assistance cases. A district user sees only the own district's
 * cases (another district's case is "not found"). The steps of a case are tasks: completing one
 * takes the task's candidate group (see {@code InboxPolicy}).
 */
public final class AssistancePolicy {

  /** Open a case for a registered worker. */
  public static final Permission OPEN = Permission.of("assistance.open", CASEWORKER);

  /** See cases, their timeline, letters and job matches. */
  public static final Permission VIEW = Permission.of("assistance.view", CASEWORKER, SUPERVISOR);

  /** Close a case because the worker withdrew. */
  public static final Permission WITHDRAW =
      Permission.of("assistance.withdraw", CASEWORKER, SUPERVISOR);

  private AssistancePolicy() {}
}
