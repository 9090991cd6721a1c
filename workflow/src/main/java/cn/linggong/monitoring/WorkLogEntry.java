package cn.linggong.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a market's daily work-log ledger (记实管理, seed 001): on which day, what was done, with
 * whom (an employer, a group of workers, a village), how many people.
 */
public record WorkLogEntry(
    long id,
    long marketId,
    String marketName,
    String districtId,
    Ledger ledger,
    LocalDate entryDate,
    String content,
    String party,
    int headCount,
    String enteredBy,
    Instant enteredAt) {

  /** The five ledgers of seed 001. */
  public enum Ledger {
    /** 灵活用工政策宣讲 */
    POLICY_TALK,
    /** 灵活用工企业需求 */
    EMPLOYER_DEMAND,
    /** 人力资源供给 */
    LABOUR_SUPPLY,
    /** 用工专员服务企业 */
    EMPLOYER_SERVICE,
    /** 零工市场即时对接 */
    MATCHING
  }
}
