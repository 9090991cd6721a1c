package cn.linggong.subsidy;

import cn.linggong.certification.ObjectionRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The applications, their items, evidence, objections and payments, and the districts' budgets. */
@Mapper
interface SubsidyApplicationMapper {

  void insert(SubsidyRow row);

  SubsidyRow findByNo(@Param("no") String applicationNo);

  SubsidyRow findById(@Param("id") long id);

  void setProcessInstance(@Param("id") long id, @Param("pid") String processInstanceId);

  void setStage(@Param("id") long id, @Param("stage") String stage);

  void contentReviewed(
      @Param("id") long id, @Param("by") String userId, @Param("supplement") boolean supplement);

  void calculationReviewed(@Param("id") long id, @Param("by") String userId);

  void openNotice(@Param("id") long id, @Param("from") Instant from, @Param("until") Instant until);

  void approve(
      @Param("id") long id,
      @Param("total") BigDecimal total,
      @Param("at") Instant at,
      @Param("by") String userId,
      @Param("budgetYear") int budgetYear,
      @Param("reason") String reason);

  int close(
      @Param("id") long id,
      @Param("outcome") String outcome,
      @Param("reason") String reason,
      @Param("at") Instant at);

  /** Applications of the market whose period overlaps this one and that were not refused. */
  List<String> overlapping(
      @Param("marketId") long marketId, @Param("from") LocalDate from, @Param("to") LocalDate to);

  List<SubsidyRow> open(@Param("districtId") String districtId);

  List<SubsidyRow> ofMarket(@Param("marketId") long marketId);

  List<SubsidyRow> underNotice(@Param("at") Instant at);

  /** The applications approved from a year's budget (a district's, or every district's). */
  List<SubsidyRow> approvedIn(@Param("year") int year, @Param("districtId") String districtId);

  // items

  void insertItem(
      @Param("applicationId") long applicationId,
      @Param("item") String item,
      @Param("claimed") BigDecimal claimed);

  void quoteItem(
      @Param("applicationId") long applicationId,
      @Param("q") SubsidyRules.Quoted quoted,
      @Param("rules") String rules);

  void correctItem(
      @Param("applicationId") long applicationId,
      @Param("item") String item,
      @Param("corrected") BigDecimal corrected,
      @Param("reason") String reason);

  void approveItem(
      @Param("applicationId") long applicationId,
      @Param("item") String item,
      @Param("approved") BigDecimal approved,
      @Param("offset") BigDecimal offset);

  List<ItemRow> items(@Param("applicationId") long applicationId);

  /** A stored item. */
  final class ItemRow {
    String item;
    BigDecimal claimed;
    BigDecimal quoted;
    String quoteRules;
    BigDecimal quoteRate;
    BigDecimal quoteCap;
    BigDecimal higherLevel;
    BigDecimal corrected;
    String correctionReason;
    BigDecimal approved;
    BigDecimal higherOffset;
  }

  void insertApprovedItem(
      @Param("applicationId") long applicationId,
      @Param("marketId") long marketId,
      @Param("item") String item,
      @Param("year") int year,
      @Param("amount") BigDecimal amount,
      @Param("offset") BigDecimal offset,
      @Param("at") Instant at,
      @Param("by") String userId);

  // evidence

  void insertEvidence(
      @Param("applicationId") long applicationId, @Param("e") SubsidyApplication.Evidence evidence);

  List<SubsidyApplication.Evidence> evidence(@Param("applicationId") long applicationId);

  // payments

  void insertDisbursement(
      @Param("applicationId") long applicationId,
      @Param("d") SubsidyApplication.Disbursement disbursement);

  List<SubsidyApplication.Disbursement> disbursements(@Param("applicationId") long applicationId);

  int voucherUsed(@Param("voucherNo") String voucherNo);

  // higher-level grants

  void insertHigherGrant(
      @Param("g") HigherGrants.Grant grant,
      @Param("source") String source,
      @Param("applicationId") Long applicationId,
      @Param("at") Instant at,
      @Param("by") String userId);

  List<HigherGrants.Recorded> higherGrants(@Param("marketId") long marketId);

  // objections

  void insertObjection(ObjectionRow row);

  List<ObjectionRow> objections(@Param("applicationId") long applicationId);

  long openObjections(@Param("applicationId") long applicationId);

  long objectionsFrom(
      @Param("hash") String hash, @Param("since") Instant since, @Param("until") Instant until);

  void resolveObjection(
      @Param("id") long id,
      @Param("outcome") String outcome,
      @Param("resolution") String resolution,
      @Param("by") String userId,
      @Param("at") Instant at);

  // budgets

  /** A district's budget of a year as finance sets it. */
  record BudgetSet(
      String districtId, int year, BigDecimal amount, String documentNo, Instant at, String by) {}

  int updateBudget(BudgetSet budget);

  void insertBudget(BudgetSet budget);

  /** The budget's amount, its row locked until the transaction ends (null: none set). */
  BigDecimal lockBudget(@Param("districtId") String districtId, @Param("year") int year);

  /** Locks the market's row until the transaction ends (one approval of a market at a time). */
  Long lockMarket(@Param("marketId") long marketId);

  /** Approved from the district's budget of the year (every approved application). */
  BigDecimal committed(@Param("districtId") String districtId, @Param("year") int year);

  /** Paid out of the district's budget of the year. */
  BigDecimal disbursed(@Param("districtId") String districtId, @Param("year") int year);

  List<BudgetRow> budgets(@Param("year") int year);

  /** A district's budget row of a year. */
  final class BudgetRow {
    String districtId;
    BigDecimal amount;
    String documentNo;
  }

  /** Open applications by stage (district null: all). */
  List<cn.linggong.shared.cases.StageCount> openByStage(@Param("districtId") String districtId);
}
