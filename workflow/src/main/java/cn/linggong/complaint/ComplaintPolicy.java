package cn.linggong.complaint;

import static cn.linggong.identity.Roles.MEDIATOR;
import static cn.linggong.identity.Roles.SUPERVISOR;

import cn.linggong.identity.Permission;

/**
 * Who may do what with unpaid-wage complaints. A district user sees only the own district's
 * complaints (another district's is "not found"). The steps are tasks: completing one takes the
 * task's candidate group (mediators; supervisors approve extensions), see {@code InboxPolicy}.
 */
public final class ComplaintPolicy {

  /** File a complaint, add evidence, supplements and contacts, ask for an extension, withdraw. */
  public static final Permission FILE = Permission.of("complaint.file", MEDIATOR);

  /** See complaints, their evidence, timeline and letters. */
  public static final Permission VIEW = Permission.of("complaint.view", MEDIATOR, SUPERVISOR);

  private ComplaintPolicy() {}
}
