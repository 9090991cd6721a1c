package cn.linggong.market;

import static cn.linggong.identity.Roles.CASEWORKER;
import static cn.linggong.identity.Roles.FINANCE;
import static cn.linggong.identity.Roles.REVIEWER;
import static cn.linggong.identity.Roles.SUPERVISOR;

import cn.linggong.identity.Permission;

/**
 * Who may do what with the gig-market directory (零工市场名录). A district user sees and keeps only the
 * own district's markets (another district's is "not found"); city-level users see all. The
 * published list (markets in operation, personal phones masked) needs no sign-in at all.
 */
public final class MarketPolicy {

  /** See the directory, a market's record and its history; export the directory. */
  public static final Permission VIEW =
      Permission.of("market.view", CASEWORKER, REVIEWER, FINANCE, SUPERVISOR);

  /**
   * Register a market and keep its record current (the district's caseworkers, the city's
   * reviewers).
   */
  public static final Permission MAINTAIN = Permission.of("market.maintain", CASEWORKER, REVIEWER);

  /**
   * Record a certification granted outside this system (a province's, or one from before it), or
   * correct one: the city's reviewers. Certifications granted here come from the certification
   * process.
   */
  public static final Permission RECORD_CERTIFICATION =
      Permission.of("market.recordCertification", REVIEWER);

  /** Review a district's directory for the quarter (the task's candidate group). */
  public static final Permission REVIEW_DIRECTORY =
      Permission.of("market.reviewDirectory", CASEWORKER);

  private MarketPolicy() {}
}
