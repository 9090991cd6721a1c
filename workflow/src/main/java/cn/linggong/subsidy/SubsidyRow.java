package cn.linggong.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The stored application (never leaves the feature). */
final class SubsidyRow {
  Long id;
  String applicationNo;
  long marketId;
  String marketName;
  String districtId;
  int subsidyYear;
  LocalDate periodFrom;
  LocalDate periodTo;
  String submittedBy;
  String operatorContact;
  String account;
  String statement;
  String state;
  String stage;
  String outcome;
  String contentReviewer;
  boolean supplementAsked;
  String calculationReviewer;
  Instant noticeFrom;
  Instant noticeUntil;
  BigDecimal approvedTotal;
  Instant approvedAt;
  String approvedBy;
  Integer budgetYear;
  String decisionReason;
  String processInstanceId;
  Instant filedAt;
  String filedBy;
  Instant closedAt;

  cn.linggong.casefile.CaseRef ref() {
    return new cn.linggong.casefile.CaseRef(SubsidyProcess.CASE_TYPE, applicationNo);
  }

  SubsidyApplication view() {
    return new SubsidyApplication(
        applicationNo,
        marketId,
        marketName,
        districtId,
        subsidyYear,
        periodFrom,
        periodTo,
        SubsidyApplication.SubmittedBy.valueOf(submittedBy),
        operatorContact,
        account,
        statement,
        SubsidyApplication.State.valueOf(state),
        SubsidyApplication.Stage.valueOf(stage),
        outcome == null ? null : SubsidyApplication.Outcome.valueOf(outcome),
        contentReviewer,
        supplementAsked,
        calculationReviewer,
        noticeFrom,
        noticeUntil,
        approvedTotal,
        approvedAt,
        approvedBy,
        decisionReason,
        filedAt,
        filedBy,
        closedAt);
  }
}
