package cn.linggong.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The stored complaint. */
final class ComplaintRow {
  Long id;
  String complaintNo;
  String districtId;
  String channel;
  Long employerId;
  String employerName;
  String project;
  boolean construction;
  LocalDate workStart;
  LocalDate workEnd;
  String payAgreement;
  String payAgreementNote;
  String request;
  int workerCount;
  BigDecimal amountOwed;
  BigDecimal amountAgreed;
  BigDecimal amountRecovered;
  String priority;
  String stage;
  String state;
  String outcome;
  String outcomeDetail;
  Instant receivedAt;
  Instant acceptanceDue;
  Instant acceptedAt;
  Instant mediationDue;
  Instant inspectionStarted;
  Instant inspectionDue;
  String processInstanceId;
  String filedBy;
  Instant closedAt;
  String owner;

  Complaint view() {
    return new Complaint(
        id,
        complaintNo,
        districtId,
        Complaint.Channel.valueOf(channel),
        employerId,
        employerName,
        project,
        construction,
        workStart,
        workEnd,
        Complaint.PayAgreement.valueOf(payAgreement),
        payAgreementNote,
        request,
        workerCount,
        amountOwed,
        amountAgreed,
        amountRecovered,
        priority,
        Complaint.Stage.valueOf(stage),
        Complaint.State.valueOf(state),
        outcome,
        outcomeDetail,
        receivedAt,
        acceptedAt,
        processInstanceId,
        filedBy,
        closedAt,
        owner);
  }

  cn.linggong.casefile.CaseRef ref() {
    return new cn.linggong.casefile.CaseRef(ComplaintProcess.CASE_TYPE, complaintNo);
  }
}
