package cn.linggong.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The stored application (never leaves the feature). */
final class CertificationRow {
  Long id;
  String applicationNo;
  long marketId;
  String marketName;
  String districtId;
  String level;
  long sheetId;
  int sheetVersion;
  String submittedBy;
  String operatorContact;
  String statement;
  String state;
  String stage;
  String outcome;
  int inspectionRound;
  String inspector;
  String reviewers;
  BigDecimal reviewScore;
  Boolean exclusionFound;
  String decisionReason;
  LocalDate certifiedSince;
  LocalDate certifiedUntil;
  String processInstanceId;
  Instant filedAt;
  String filedBy;
  Instant closedAt;
  Instant noticeFrom;
  Instant noticeUntil;
  Boolean objectionUpheld;

  cn.linggong.casefile.CaseRef ref() {
    return new cn.linggong.casefile.CaseRef(CertificationProcess.CASE_TYPE, applicationNo);
  }

  Certification view() {
    return new Certification(
        applicationNo,
        marketId,
        marketName,
        districtId,
        Certification.Level.valueOf(level),
        sheetVersion,
        Certification.SubmittedBy.valueOf(submittedBy),
        operatorContact,
        statement,
        Certification.State.valueOf(state),
        Certification.Stage.valueOf(stage),
        outcome == null ? null : Certification.Outcome.valueOf(outcome),
        inspectionRound,
        inspector,
        reviewers == null || reviewers.isBlank()
            ? java.util.List.of()
            : java.util.List.of(reviewers.split(",")),
        reviewScore,
        exclusionFound,
        decisionReason,
        certifiedSince,
        certifiedUntil,
        filedAt,
        filedBy,
        closedAt,
        noticeFrom,
        noticeUntil,
        Boolean.TRUE.equals(objectionUpheld));
  }
}
