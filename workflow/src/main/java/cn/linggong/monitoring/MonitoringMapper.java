package cn.linggong.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MonitoringMapper {

  // ---- what the system knows, for a district and [from, to) ----------------------------------

  long registeredSeekers(
      @Param("district") String district, @Param("from") Instant from, @Param("to") Instant to);

  /** The job categories (comma-separated codes) of the workers registered then. */
  List<String> registeredSkills(
      @Param("district") String district, @Param("from") Instant from, @Param("to") Instant to);

  /** Postings published then, by category: count, headcount, daily pay × headcount of DAY pay. */
  List<PostingSum> postings(
      @Param("district") String district, @Param("from") Instant from, @Param("to") Instant to);

  long referrals(
      @Param("district") String district, @Param("from") Instant from, @Param("to") Instant to);

  long hires(
      @Param("district") String district, @Param("from") Instant from, @Param("to") Instant to);

  long hardshipServed(
      @Param("district") String district, @Param("from") Instant from, @Param("to") Instant to);

  long hardshipPlaced(
      @Param("district") String district, @Param("from") Instant from, @Param("to") Instant to);

  long complaintsReceived(
      @Param("district") String district, @Param("from") Instant from, @Param("to") Instant to);

  long complaintsAccepted(
      @Param("district") String district, @Param("from") Instant from, @Param("to") Instant to);

  long complaintsMediated(
      @Param("district") String district, @Param("from") Instant from, @Param("to") Instant to);

  BigDecimal wagesRecovered(
      @Param("district") String district, @Param("from") Instant from, @Param("to") Instant to);

  /** The district's operating markets, by name. */
  List<MarketName> markets(@Param("district") String district);

  /** Work-log entries and people by market and ledger, days [from, to]. */
  List<LedgerCount> ledgerCounts(
      @Param("district") String district, @Param("from") LocalDate from, @Param("to") LocalDate to);

  /** The job-category dictionary with each category's industry, in its order. */
  List<Category> categories();

  List<Category> industries();

  // ---- what the markets report --------------------------------------------------------------

  List<MarketMonth> marketMonths(@Param("district") String district, @Param("month") String month);

  List<MarketCategory> marketCategories(
      @Param("district") String district, @Param("month") String month);

  int deleteMarketMonth(@Param("marketId") long marketId, @Param("month") String month);

  int deleteMarketCategories(@Param("marketId") long marketId, @Param("month") String month);

  int insertMarketMonth(@Param("m") MarketMonth month);

  int insertMarketCategory(@Param("c") MarketCategory category);

  // ---- reports ------------------------------------------------------------------------------

  int insertReport(@Param("r") ReportRow report);

  int updateDraft(@Param("id") long id, @Param("figures") String figures, @Param("at") Instant at);

  int sign(
      @Param("id") long id,
      @Param("figures") String figures,
      @Param("by") String by,
      @Param("at") Instant at,
      @Param("pdf") Long pdfDocumentId,
      @Param("xlsx") Long xlsxDocumentId);

  int supersede(@Param("id") long id);

  int setProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  MonitoringReport find(@Param("id") long id);

  /** Every version of a district's month, the latest first. */
  List<MonitoringReport> versions(@Param("district") String district, @Param("month") String month);

  /** The latest version of each district's month (null district: all districts). */
  List<MonitoringReport> latestOfMonth(
      @Param("district") String district, @Param("month") String month);

  /** The signed version in force of each district's month (null district: all). */
  List<MonitoringReport> signedOfMonth(
      @Param("district") String district, @Param("month") String month);

  /** A market and the figures of one category. */
  record PostingSum(
      String categoryCode,
      long postings,
      long positions,
      BigDecimal dayPayTotal,
      long dayPayHeads) {}

  record MarketName(long id, String name) {}

  record LedgerCount(long marketId, String ledger, long entries, long people) {}

  record Category(String code, String industryCode, String nameZh, String nameEn) {}

  record MarketMonth(
      long marketId,
      String month,
      String districtId,
      long seekersServed,
      BigDecimal dailyHires,
      String enteredBy,
      Instant enteredAt) {}

  record MarketCategory(
      long marketId,
      String month,
      String categoryCode,
      long seekers,
      long positions,
      BigDecimal avgDailyPay) {}

  /** A version to insert; {@code id} set by the insert. */
  final class ReportRow {
    public Long id;
    public String reportNo;
    public String districtId;
    public String month;
    public int version;
    public String status;
    public String processInstanceId;
    public String figures;
    public Instant draftedAt;
    public String draftedBy;
    public String correctionReason;
  }
}
