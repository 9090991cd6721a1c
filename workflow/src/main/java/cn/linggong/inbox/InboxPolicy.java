package cn.linggong.inbox;

import static cn.linggong.identity.Roles.CASEWORKER;
import static cn.linggong.identity.Roles.FINANCE;
import static cn.linggong.identity.Roles.MEDIATOR;
import static cn.linggong.identity.Roles.REVIEWER;
import static cn.linggong.identity.Roles.SUPERVISOR;

import cn.linggong.identity.Permission;

/**
 * Who may do what with tasks. Every line keeps a district user to the own district's tasks (another
 * district's task is "not found"). Taking, completing and giving back a task further need one of
 * the task's candidate groups, or being its named candidate or assignee; seeing one needs that or
 * the supervisor role. Admins administer and have no inbox.
 */
public final class InboxPolicy {

  /** The people who do casework and so have an inbox. */
  public static final Permission WORK =
      Permission.of("task.work", CASEWORKER, MEDIATOR, REVIEWER, FINANCE, SUPERVISOR);

  /** Give a task to a named person of its groups and district. */
  public static final Permission REASSIGN = Permission.of("task.reassign", SUPERVISOR);

  /** Give back anyone's claimed task to its groups; see any task of the district. */
  public static final Permission OVERSEE = Permission.of("task.oversee", SUPERVISOR);

  private InboxPolicy() {}
}
