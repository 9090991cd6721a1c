package cn.linggong.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CertificationMapper {

  /** One submitted sheet: a person's total, the exclusions found, the declaration. */
  record SheetResult(
      int round,
      String role,
      String scorer,
      BigDecimal total,
      String exclusions,
      boolean noConflict,
      String note,
      Instant submittedAt) {}

  /** One criterion's points in a submitted sheet. */
  record Score(
      int round, String role, String scorer, String criterion, BigDecimal points, String note) {}

  int insert(CertificationRow row);

  CertificationRow findByNo(@Param("no") String applicationNo);

  CertificationRow findById(@Param("id") long id);

  CertificationRow findOpenByMarket(@Param("marketId") long marketId);

  long withdrawnSince(@Param("marketId") long marketId, @Param("since") Instant since);

  void setProcessInstance(@Param("id") long id, @Param("pid") String processInstanceId);

  void setStage(@Param("id") long id, @Param("stage") String stage);

  void assign(
      @Param("id") long id,
      @Param("inspector") String inspector,
      @Param("reviewers") String reviewers);

  void setReviewResult(
      @Param("id") long id,
      @Param("score") BigDecimal score,
      @Param("exclusionFound") boolean exclusionFound);

  int close(
      @Param("id") long id,
      @Param("outcome") String outcome,
      @Param("reason") String reason,
      @Param("since") LocalDate since,
      @Param("until") LocalDate until,
      @Param("at") Instant at);

  /** The grade of the market's latest qualified evaluation before {@code before}; null: none. */
  String latestGrade(@Param("marketId") long marketId, @Param("before") Instant before);

  /** Open applications for one of the levels, per district. */
  List<cn.linggong.market.MarketDirectory.DistrictCount> openApplicationsByDistrict(
      @Param("levels") java.util.Collection<String> levels);

  List<CertificationRow> search(
      @Param("districtId") String districtId,
      @Param("state") String state,
      @Param("marketId") Long marketId,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long count(
      @Param("districtId") String districtId,
      @Param("state") String state,
      @Param("marketId") Long marketId);

  void insertScore(@Param("applicationId") long applicationId, @Param("s") Score score);

  void insertSheetResult(
      @Param("applicationId") long applicationId, @Param("r") SheetResult result);

  List<Score> scores(@Param("applicationId") long applicationId);

  List<SheetResult> sheetResults(@Param("applicationId") long applicationId);

  int withdrawn(@Param("id") long id, @Param("reason") String reason, @Param("at") Instant at);

  /** One evaluation as it is written. */
  record EvaluationRow(
      long sheetId,
      BigDecimal total,
      String exclusions,
      String outcome,
      String grade,
      String note,
      String evaluatedBy,
      Instant evaluatedAt) {}

  void insertEvaluation(@Param("applicationId") long applicationId, @Param("e") EvaluationRow e);

  List<Evaluation> evaluations(@Param("applicationId") long applicationId);

  void openNotice(@Param("id") long id, @Param("from") Instant from, @Param("until") Instant until);

  void objectionUpheld(@Param("id") long id);

  /** Starts another round of inspection and review (an upheld objection). */
  void newRound(@Param("id") long id);

  /** The applications under public notice now. */
  List<CertificationRow> underNotice(@Param("at") Instant at);

  int insertObjection(ObjectionRow row);

  List<ObjectionRow> objections(@Param("applicationId") long applicationId);

  long openObjections(@Param("applicationId") long applicationId);

  long objectionsFrom(
      @Param("hash") String addressHash,
      @Param("since") Instant since,
      @Param("until") Instant until);

  int resolveObjection(
      @Param("id") long id,
      @Param("outcome") String outcome,
      @Param("resolution") String resolution,
      @Param("by") String by,
      @Param("at") Instant at);

  /** Open applications by stage (district null: all). */
  List<cn.linggong.shared.cases.StageCount> openByStage(@Param("districtId") String districtId);
}
