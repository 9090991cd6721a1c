package cn.linggong.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A wage complaint (欠薪投诉) as screens and the API show it. */
public record Complaint(
    Long id,
    String complaintNo,
    String districtId,
    Channel channel,
    long employerId,
    String employerName,
    String project,
    boolean construction,
    LocalDate workStart,
    LocalDate workEnd,
    PayAgreement payAgreement,
    String payAgreementNote,
    String request,
    int workerCount,
    BigDecimal amountOwed,
    BigDecimal amountAgreed,
    BigDecimal amountRecovered,
    String priority,
    Stage stage,
    State state,
    String outcome,
    String outcomeDetail,
    Instant receivedAt,
    Instant acceptedAt,
    String processInstanceId,
    String filedBy,
    Instant closedAt,
    String owner) {

  /** How the complaint came in. */
  public enum Channel {
    WALK_IN,
    HOTLINE,
    COMPLAINT_BOX
  }

  /** How pay was agreed. */
  public enum PayAgreement {
    DAILY,
    MONTHLY,
    PIECE,
    LUMP_SUM,
    OTHER
  }

  /** Where the complaint stands. */
  public enum Stage {
    ACCEPTANCE,
    SUPPLEMENT,
    MEDIATION,
    PAYMENT,
    REFERRAL,
    INSPECTION,
    CLOSED
  }

  /** Open while the process runs. */
  public enum State {
    OPEN,
    CLOSED
  }
}
