package cn.linggong.worker;

import static cn.linggong.identity.Roles.ADMIN;
import static cn.linggong.identity.Roles.CASEWORKER;
import static cn.linggong.identity.Roles.MEDIATOR;
import static cn.linggong.identity.Roles.SUPERVISOR;

import cn.linggong.identity.Permission;

/**
 * Who may do what with the gig-worker registry. Every line also keeps a district user to the own
 * district's workers (another district's worker is "not found"); city-level users see all.
 */
public final class WorkerPolicy {

  /** Register a worker (caseworkers; mediators register complainants by filing). */
  public static final Permission REGISTER = Permission.of("worker.register", CASEWORKER);

  /** Find or register a complainant or client while filing their case. */
  public static final Permission REGISTER_WHILE_FILING =
      Permission.of("worker.registerWhileFiling", CASEWORKER, MEDIATOR);

  /** Search and see workers, numbers masked (an admin, to transfer one). */
  public static final Permission VIEW =
      Permission.of("worker.view", CASEWORKER, MEDIATOR, SUPERVISOR, ADMIN);

  /** Correct a registration (name, mobile); every change kept with who, when, before and after. */
  public static final Permission CORRECT = Permission.of("worker.correct", CASEWORKER);

  /** Move a worker to the district they now live in: a city-level admin, with a reason. */
  public static final Permission TRANSFER = Permission.of("worker.transfer", ADMIN);

  /** Note a call, visit or message with the worker. */
  public static final Permission LOG_CONTACT =
      Permission.of("worker.logContact", CASEWORKER, MEDIATOR);

  /** Keep a scan with the worker (a 低保证, a disability certificate): type and size checked. */
  public static final Permission ADD_DOCUMENT = Permission.of("worker.addDocument", CASEWORKER);

  /** Open a worker's scan; every opening audited. */
  public static final Permission VIEW_DOCUMENTS =
      Permission.of("worker.viewDocuments", CASEWORKER, SUPERVISOR);

  /** See the full ID number, with a purpose; every look audited. */
  public static final Permission VIEW_ID_NUMBER =
      Permission.of("worker.viewIdNumber", CASEWORKER, MEDIATOR, SUPERVISOR);

  /**
   * Have the worker's full ID number and mobile printed in a letter of the own step (the 推荐函 the
   * worker hands over, the 调解协议书 a court may confirm); each use audited.
   */
  public static final Permission NUMBERS_IN_LETTER =
      Permission.of("worker.numbersInLetter", CASEWORKER, MEDIATOR);

  /** Record hardship facts (disability, low income, …) and skills. */
  public static final Permission RECORD_HARDSHIP =
      Permission.of("worker.recordHardship", CASEWORKER);

  /** Read the hardship facts; every look audited. */
  public static final Permission VIEW_HARDSHIP =
      Permission.of("worker.viewHardship", CASEWORKER, SUPERVISOR);

  private WorkerPolicy() {}
}
