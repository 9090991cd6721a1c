package cn.linggong.complaint;

/** The names {@code processes/wage-complaint.bpmn} and its forms use, spelt once. */
public final class ComplaintProcess {

  public static final String KEY = "wage_complaint";

  /** The case type on timelines and documents. */
  public static final String CASE_TYPE = "complaint";

  public static final String MESSAGE_SUPPLIED = "complaint_supplied";
  public static final String MESSAGE_WITHDRAW = "complaint_withdraw";
  public static final String MESSAGE_EXTENSION = "complaint_extension_requested";

  public static final String USER_TASK_ACCEPT = "user_task_accept";
  public static final String USER_TASK_MEDIATE = "user_task_mediate";
  public static final String USER_TASK_CONFIRM_PAYMENT = "user_task_confirm_payment";
  public static final String USER_TASK_REFER = "user_task_refer";
  public static final String USER_TASK_INVESTIGATE = "user_task_investigate";
  public static final String USER_TASK_APPROVE_EXTENSION = "user_task_approve_extension";
  public static final String TIMER_SUPPLEMENT = "timer_supplement_limit";
  public static final String TIMER_MEDIATION_LIMIT = "timer_mediation_limit";
  public static final String TIMER_INSTALMENT_DUE = "timer_instalment_due";

  public static final String VAR_COMPLAINT_ID = "complaintId";
  public static final String VAR_DECISION = "acceptanceDecision";
  public static final String VAR_WORKER_COUNT = "workerCount";
  public static final String VAR_AMOUNT_OWED = "amountOwed";
  public static final String VAR_CONSTRUCTION = "construction";
  public static final String VAR_PRIORITY = "priority";
  public static final String VAR_MEDIATION_OUTCOME = "mediationOutcome";
  public static final String VAR_PAYMENT = "payment";
  public static final String VAR_REFERRAL_KIND = "referralKind";
  public static final String VAR_EXTENSION = "extensionDecision";
  public static final String VAR_INVESTIGATION_RESULT = "investigationResult";

  private ComplaintProcess() {}
}
