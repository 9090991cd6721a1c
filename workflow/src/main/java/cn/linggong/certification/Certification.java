package cn.linggong.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application for certification as a demonstration market (认定申请) as screens and the API show it:
 * the market, the level asked for, the sheet version it is scored against, where it stands and how
 * it ended.
 */
public record Certification(
    String applicationNo,
    long marketId,
    String marketName,
    String districtId,
    Level level,
    int sheetVersion,
    SubmittedBy submittedBy,
    String operatorContact,
    String statement,
    State state,
    Stage stage,
    Outcome outcome,
    int inspectionRound,
    String inspector,
    List<String> reviewers,
    BigDecimal reviewScore,
    Boolean exclusionFound,
    String decisionReason,
    LocalDate certifiedSince,
    LocalDate certifiedUntil,
    Instant filedAt,
    String filedBy,
    Instant closedAt,
    Instant noticeFrom,
    Instant noticeUntil,
    boolean objectionUpheld) {

  /** The level asked for: the city certifies district-level and city demonstration markets. */
  public enum Level {
    DISTRICT,
    CITY
  }

  /** Who brought the application: the market's operator (on paper), or its district bureau. */
  public enum SubmittedBy {
    OPERATOR,
    DISTRICT_BUREAU
  }

  public enum State {
    OPEN,
    CLOSED
  }

  /** Where an open application stands. */
  public enum Stage {
    RECOMMENDATION,
    COMPLETENESS,
    SUPPLEMENT,
    INSPECTION,
    REVIEW,
    PUBLIC_NOTICE,
    DECISION,
    CLOSED
  }

  public enum Outcome {
    CERTIFIED,
    REFUSED,
    NOT_RECOMMENDED,
    NOT_SUPPLIED,
    /** Certified, then withdrawn (退出) after an evaluation or a reviewer's request. */
    WITHDRAWN
  }
}
