package cn.linggong.employer;

import static cn.linggong.identity.Roles.CASEWORKER;
import static cn.linggong.identity.Roles.MEDIATOR;
import static cn.linggong.identity.Roles.SUPERVISOR;

import cn.linggong.identity.Permission;

/**
 * Who may do what with employers and their job postings (the job categories are reference data for
 * anyone signed in). A district user sees only the own district's employers and postings (another
 * district's is "not found").
 */
public final class EmployerPolicy {

  /** Register an employer (mediators register the employer a complaint names). */
  public static final Permission REGISTER =
      Permission.of("employer.register", CASEWORKER, MEDIATOR);

  /** See employers. */
  public static final Permission VIEW =
      Permission.of("employer.view", CASEWORKER, MEDIATOR, SUPERVISOR);

  /** Record the 双实名 check (employer and contact verified). */
  public static final Permission VERIFY = Permission.of("employer.verify", CASEWORKER, SUPERVISOR);

  /** Post a job or change a posting's status. */
  public static final Permission POST_JOB = Permission.of("job.post", CASEWORKER);

  /** See postings and the matches of a case. */
  public static final Permission VIEW_JOBS = Permission.of("job.view", CASEWORKER, SUPERVISOR);

  /**
   * Have an individual employer's full ID number or a posting's full contact phone printed in a
   * letter of the own step; each use audited.
   */
  public static final Permission NUMBERS_IN_LETTER =
      Permission.of("employer.numbersInLetter", CASEWORKER, MEDIATOR);

  private EmployerPolicy() {}
}
