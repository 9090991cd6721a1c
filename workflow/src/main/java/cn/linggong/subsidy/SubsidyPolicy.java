package cn.linggong.subsidy;

import static cn.linggong.identity.Roles.CASEWORKER;
import static cn.linggong.identity.Roles.FINANCE;
import static cn.linggong.identity.Roles.REVIEWER;
import static cn.linggong.identity.Roles.SUPERVISOR;

import cn.linggong.identity.Permission;

/**
 * Who may do what with subsidies for certified markets (零工市场补贴). A district user sees only the own
 * district's markets; the city's reviewers, finance staff and supervisors see all.
 */
public final class SubsidyPolicy {

  /** Ask what a market would be paid for a year's claimed items (the quote). */
  public static final Permission QUOTE =
      Permission.of("subsidy.quote", CASEWORKER, REVIEWER, FINANCE, SUPERVISOR);

  private SubsidyPolicy() {}
}
