package cn.linggong.assistance;

/**
 * The names {@code processes/hardship-assistance.bpmn} and its forms use, spelt once for the code
 * and the tests.
 */
public final class AssistanceProcess {

  public static final String KEY = "hardship_assistance";

  /** The case type on timelines and documents. */
  public static final String CASE_TYPE = "assistance";

  public static final String MESSAGE_WITHDRAW = "assistance_withdraw";

  public static final String USER_TASK_INTAKE = "user_task_intake";
  public static final String USER_TASK_GUIDANCE = "user_task_guidance";
  public static final String USER_TASK_REFERRAL = "user_task_referral";
  public static final String USER_TASK_REFERRAL_OUTCOME = "user_task_referral_outcome";
  public static final String USER_TASK_TRAINING = "user_task_training";
  public static final String USER_TASK_PLACEMENT_PROPOSE = "user_task_placement_propose";
  public static final String USER_TASK_PLACEMENT_APPROVE = "user_task_placement_approve";
  public static final String USER_TASK_FOLLOW_UP = "user_task_follow_up";
  public static final String USER_TASK_PLACEMENT_REVIEW = "user_task_placement_review";
  public static final String TIMER_FOLLOW_UP_WAIT = "timer_follow_up_wait";
  public static final String TIMER_PLACEMENT_REVIEW = "timer_placement_review";

  public static final String END_NOT_HARDSHIP = "end_event_not_hardship";
  public static final String END_EMPLOYED = "end_event_employed";
  public static final String END_LEFT_JOB = "end_event_left_job";
  public static final String END_PACKAGE_COMPLETED = "end_event_package_completed";
  public static final String END_NOT_PLACED = "end_event_not_placed";
  public static final String END_PLACEMENT_ENDED = "end_event_placement_ended";
  public static final String END_WITHDRAWN = "end_event_withdrawn";

  /** Routing variables: ids and outcome codes only, never personal facts. */
  public static final String VAR_CASE_ID = "caseId";

  public static final String VAR_WORKER_ID = "workerId";
  public static final String VAR_TIER = "tier";
  public static final String VAR_EMPLOYMENT_HARDSHIP = "employmentHardship";
  public static final String VAR_REFERRAL_COUNT = "referralCount";
  public static final String VAR_REFERRAL_OUTCOME = "referralOutcome";
  public static final String VAR_TRAINING_OUTCOME = "trainingOutcome";
  public static final String VAR_PLACEMENT_DECISION = "placementDecision";
  public static final String VAR_PLACEMENT_APPROVAL = "placementApproval";
  public static final String VAR_PLACEMENT_REVIEW_AT = "placementReviewAt";
  public static final String VAR_HIRED_VIA = "hiredVia";
  public static final String VAR_STILL_EMPLOYED = "stillEmployed";
  public static final String VAR_REVIEW_RESULT = "reviewResult";

  /** Forms (forms/*.form ids). */
  public static final String FORM_INTAKE = "assistance-intake";

  public static final String FORM_GUIDANCE = "assistance-guidance";
  public static final String FORM_REFERRAL = "assistance-referral";
  public static final String FORM_REFERRAL_OUTCOME = "assistance-referral-outcome";
  public static final String FORM_TRAINING = "assistance-training";
  public static final String FORM_PLACEMENT_PROPOSE = "assistance-placement-propose";
  public static final String FORM_PLACEMENT_APPROVE = "assistance-placement-approve";
  public static final String FORM_FOLLOW_UP = "assistance-follow-up";
  public static final String FORM_PLACEMENT_REVIEW = "assistance-placement-review";

  private AssistanceProcess() {}
}
