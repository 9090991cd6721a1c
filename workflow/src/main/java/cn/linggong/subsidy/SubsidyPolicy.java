package cn.linggong.subsidy;

import static cn.linggong.identity.Roles.CASEWORKER;
import static cn.linggong.identity.Roles.FINANCE;
import static cn.linggong.identity.Roles.REVIEWER;
import static cn.linggong.identity.Roles.SUPERVISOR;

import cn.linggong.identity.Permission;

/**
 * Who may do what with subsidies for certified markets (零工市场补贴). A district user sees only the own
 * district's markets and applications; the city's reviewers, finance staff and supervisors see all.
 * The steps of an application are decided by its tasks' candidate groups (材料审核: reviewers; 计算复核 and
 * 拨付: finance, never the person who did the content review; 审批: supervisors).
 */
public final class SubsidyPolicy {

  /** Ask what a market would be paid for a year's claimed items (the quote). */
  public static final Permission QUOTE =
      Permission.of("subsidy.quote", CASEWORKER, REVIEWER, FINANCE, SUPERVISOR);

  /**
   * File an application for a market of the own district (brought by its operator or on its
   * behalf), add its evidence, report missing material supplied.
   */
  public static final Permission FILE = Permission.of("subsidy.file", CASEWORKER);

  /** Read applications, a market's subsidy history and the higher-level grants. */
  public static final Permission VIEW =
      Permission.of("subsidy.view", CASEWORKER, REVIEWER, FINANCE, SUPERVISOR);

  /** Record a grant a higher level paid a market (with its document number). */
  public static final Permission RECORD_HIGHER_GRANT =
      Permission.of("subsidy.higherGrant", FINANCE);

  /** Set a district's annual budget from the employment-subsidy fund (就业补助资金). */
  public static final Permission SET_BUDGET = Permission.of("subsidy.budget.set", FINANCE);

  /** Read the budgets with what was approved and paid from them. */
  public static final Permission VIEW_BUDGET =
      Permission.of("subsidy.budget.view", FINANCE, SUPERVISOR, REVIEWER);

  /** Record an objection to an application under public notice (a letter, a call). */
  public static final Permission OBJECT =
      Permission.of("subsidy.object", CASEWORKER, REVIEWER, FINANCE, SUPERVISOR);

  private SubsidyPolicy() {}
}
