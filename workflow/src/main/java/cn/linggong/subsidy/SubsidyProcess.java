package cn.linggong.subsidy;

/** The names {@code processes/market-subsidy.bpmn} and its forms use, spelt once. */
public final class SubsidyProcess {

  public static final String KEY = "market_subsidy";
  public static final String CASE_TYPE = "subsidy";

  public static final String VAR_APPLICATION_ID = "applicationId";
  public static final String VAR_CONTENT_DECISION = "contentDecision";
  public static final String VAR_CALCULATION_DECISION = "calculationDecision";
  public static final String VAR_OBJECTION_OUTCOME = "objectionOutcome";
  public static final String VAR_APPROVAL_DECISION = "approvalDecision";
  public static final String VAR_FULLY_PAID = "fullyPaid";

  public static final String USER_TASK_CONTENT_REVIEW = "user_task_content_review";
  public static final String USER_TASK_CALCULATION_REVIEW = "user_task_calculation_review";
  public static final String USER_TASK_RESOLVE_OBJECTION = "user_task_resolve_objection";
  public static final String USER_TASK_APPROVE = "user_task_approve";
  public static final String USER_TASK_DISBURSE = "user_task_disburse";
  public static final String TIMER_SUPPLEMENT = "timer_supplement_due";
  public static final String TIMER_NOTICE = "timer_notice_ends";
  public static final String MESSAGE_SUPPLIED = "subsidy_supplied";
  public static final String MESSAGE_OBJECTION = "subsidy_objection";

  private SubsidyProcess() {}
}
