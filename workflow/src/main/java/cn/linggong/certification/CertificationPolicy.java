package cn.linggong.certification;

import static cn.linggong.identity.Roles.ADMIN;
import static cn.linggong.identity.Roles.CASEWORKER;
import static cn.linggong.identity.Roles.FINANCE;
import static cn.linggong.identity.Roles.REVIEWER;
import static cn.linggong.identity.Roles.SUPERVISOR;

import cn.linggong.identity.Permission;

/**
 * Who may do what with demonstration-market certification (示范性零工市场认定). A district user sees only
 * the own district's applications; the city's reviewers and supervisors see all.
 */
public final class CertificationPolicy {

  /** Read the criteria sheets (anyone who works with markets, and admins who keep them). */
  public static final Permission VIEW_CRITERIA =
      Permission.of("certification.viewCriteria", CASEWORKER, REVIEWER, FINANCE, SUPERVISOR, ADMIN);

  /** Publish a new version of the criteria sheet. */
  public static final Permission MAINTAIN_CRITERIA =
      Permission.of("certification.maintainCriteria", ADMIN);

  /** File a market's application, add its attachments, record that missing material came. */
  public static final Permission FILE = Permission.of("certification.file", CASEWORKER);

  /** See applications, their scores, clocks and documents. */
  public static final Permission VIEW =
      Permission.of("certification.view", CASEWORKER, REVIEWER, SUPERVISOR);

  /** Record an objection received by letter or call while the notice runs. */
  public static final Permission OBJECT =
      Permission.of("certification.object", CASEWORKER, REVIEWER, SUPERVISOR);

  /** Ask for a certified market's withdrawal (the city's supervisors approve). */
  public static final Permission REQUEST_WITHDRAWAL =
      Permission.of("certification.requestWithdrawal", REVIEWER);

  /** See the certification targets and how far the city and each district are. */
  public static final Permission VIEW_TARGETS =
      Permission.of("certification.viewTargets", CASEWORKER, REVIEWER, SUPERVISOR);

  /** Decide on an application (the city's supervisors only: the step checks the level too). */
  public static final Permission DECIDE = Permission.of("certification.decide", SUPERVISOR);

  private CertificationPolicy() {}
}
