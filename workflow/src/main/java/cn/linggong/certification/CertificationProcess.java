package cn.linggong.certification;

/** The names {@code processes/market-certification.bpmn} and its forms use, spelt once. */
public final class CertificationProcess {

  public static final String KEY = "market_certification";
  public static final String CASE_TYPE = "certification";

  public static final String VAR_APPLICATION_ID = "applicationId";
  public static final String VAR_RECOMMENDED = "recommended";
  public static final String VAR_COMPLETENESS = "completenessDecision";
  public static final String VAR_INSPECTOR = "inspector";
  public static final String VAR_REVIEWERS = "reviewers";
  public static final String VAR_REVIEW_PASSED = "reviewPassed";
  public static final String VAR_DECISION = "decision";

  public static final String USER_TASK_RECOMMEND = "user_task_recommend";
  public static final String USER_TASK_COMPLETENESS = "user_task_check_completeness";
  public static final String USER_TASK_INSPECT = "user_task_inspect";
  public static final String USER_TASK_REVIEW = "user_task_review";
  public static final String USER_TASK_DECIDE = "user_task_decide";
  public static final String TIMER_SUPPLEMENT = "timer_supplement_due";
  public static final String MESSAGE_SUPPLIED = "certification_supplied";
  public static final String MESSAGE_OBJECTION = "certification_objection";
  public static final String USER_TASK_RESOLVE_OBJECTION = "user_task_resolve_objection";
  public static final String VAR_OBJECTION_OUTCOME = "objectionOutcome";
  public static final String TIMER_NOTICE = "timer_notice_ends";
  public static final String TIMER_ANNIVERSARY = "timer_anniversary";
  public static final String TIMER_RECTIFICATION = "timer_rectification";
  public static final String TIMER_TERM_ENDS = "timer_term_ends";
  public static final String USER_TASK_EVALUATE = "user_task_evaluate";
  public static final String USER_TASK_APPROVE_WITHDRAWAL = "user_task_approve_withdrawal";
  public static final String USER_TASK_APPROVE_REQUESTED_WITHDRAWAL =
      "user_task_approve_requested_withdrawal";
  public static final String MESSAGE_WITHDRAWAL_REQUESTED = "certification_withdrawal_requested";
  public static final String VAR_EVALUATION_OUTCOME = "evaluationOutcome";
  public static final String VAR_WITHDRAWAL_APPROVED = "withdrawalApproved";

  private CertificationProcess() {}
}
