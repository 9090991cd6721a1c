package cn.linggong.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An application for a certified market's subsidy (补贴申请) as screens and the API show it: the
 * market, the period (within one calendar year), who brought it, where it stands, what was approved
 * and how it ended.
 */
public record SubsidyApplication(
    String applicationNo,
    long marketId,
    String marketName,
    String districtId,
    int year,
    LocalDate periodFrom,
    LocalDate periodTo,
    SubmittedBy submittedBy,
    String operatorContact,
    String account,
    String statement,
    State state,
    Stage stage,
    Outcome outcome,
    String contentReviewer,
    boolean supplementAsked,
    String calculationReviewer,
    Instant noticeFrom,
    Instant noticeUntil,
    BigDecimal approvedTotal,
    Instant approvedAt,
    String approvedBy,
    String decisionReason,
    Instant filedAt,
    String filedBy,
    Instant closedAt) {

  /** Who brought the application: the market's operator (on paper), or its district bureau. */
  public enum SubmittedBy {
    OPERATOR,
    DISTRICT_BUREAU
  }

  public enum State {
    OPEN,
    CLOSED
  }

  /** Where an open application stands, in the order of the process. */
  public enum Stage {
    CONTENT_REVIEW,
    SUPPLEMENT,
    CALCULATION_REVIEW,
    PUBLIC_NOTICE,
    APPROVAL,
    DISBURSEMENT,
    CLOSED
  }

  /** How it ended: paid in full, refused at a review, or closed when the material never came. */
  public enum Outcome {
    PAID,
    REFUSED,
    NOT_SUPPLIED
  }

  /** The kinds of evidence an application carries (租赁合同, 租金票据, 面积证明, 网络建设发票, 上级文件…). */
  public enum EvidenceKind {
    LEASE,
    RENT_RECEIPT,
    FLOOR_PLAN,
    NETWORK_INVOICE,
    HIGHER_GRANT_DOCUMENT,
    MONITORING_DOCUMENT,
    OTHER;

    /** Receipts and invoices carry an amount, a date within the period and their number. */
    public boolean priced() {
      return this == RENT_RECEIPT || this == NETWORK_INVOICE;
    }

    /** The item whose claimed amount receipts of this kind must cover (null: none). */
    public SubsidyItem covers() {
      return switch (this) {
        case RENT_RECEIPT -> SubsidyItem.RENT;
        case NETWORK_INVOICE -> SubsidyItem.NETWORK;
        default -> null;
      };
    }
  }

  /**
   * One claimed item through the stages: claimed, quoted by the rules (with the rules that decided
   * it), corrected by finance (with the reason), approved.
   */
  public record Item(
      SubsidyItem item,
      BigDecimal claimed,
      BigDecimal quoted,
      java.util.List<SubsidyRules.Rule> rules,
      BigDecimal rate,
      BigDecimal cap,
      BigDecimal higherLevel,
      BigDecimal corrected,
      String correctionReason,
      BigDecimal approved,
      BigDecimal higherOffset) {

    /** What the calculation review settled on: the correction, or the quote. */
    public BigDecimal checked() {
      return corrected != null ? corrected : quoted;
    }
  }

  /** A receipt, invoice or document of the application. */
  public record Evidence(
      long id,
      EvidenceKind kind,
      BigDecimal amount,
      LocalDate dated,
      String referenceNo,
      long documentId,
      Instant addedAt,
      String addedBy) {}

  /** A payment finance recorded (拨付). */
  public record Disbursement(
      String voucherNo,
      LocalDate paidOn,
      BigDecimal amount,
      String account,
      Instant recordedAt,
      String recordedBy) {}
}
