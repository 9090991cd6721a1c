package cn.linggong.market;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MarketMapper {

  int insert(MarketRow row);

  MarketRow findById(@Param("id") long id);

  MarketRow findByName(@Param("districtId") String districtId, @Param("name") String name);

  /** Writes the row if it is still at {@code expectedVersion}; 0 when someone changed it first. */
  int update(@Param("row") MarketRow row, @Param("expectedVersion") int expectedVersion);

  List<MarketRow> search(
      @Param("f") MarketFilter filter, @Param("offset") int offset, @Param("limit") int limit);

  long count(@Param("f") MarketFilter filter);

  void insertChange(
      @Param("marketId") long marketId,
      @Param("changedAt") Instant changedAt,
      @Param("changedBy") String changedBy,
      @Param("field") String field,
      @Param("before") String before,
      @Param("after") String after,
      @Param("reason") String reason);

  List<MarketChange> changes(@Param("marketId") long marketId);

  /** Ends the market's running certification period on {@code endedOn}. */
  void endPeriod(@Param("marketId") long marketId, @Param("endedOn") java.time.LocalDate endedOn);

  void insertPeriod(
      @Param("marketId") long marketId,
      @Param("level") String level,
      @Param("since") java.time.LocalDate since,
      @Param("until") java.time.LocalDate until,
      @Param("floorArea") java.math.BigDecimal floorArea);

  List<MarketDirectory.DistrictCount> certifiedOn(
      @Param("levels") java.util.Collection<String> levels, @Param("day") java.time.LocalDate day);

  List<MarketDirectory.CertificationPeriod> periods(@Param("marketId") long marketId);

  /** Claims the review of a district's directory for a period; 0 when it was claimed before. */
  int claimReview(
      @Param("districtId") String districtId,
      @Param("period") String period,
      @Param("at") Instant at);

  int completeReview(
      @Param("districtId") String districtId,
      @Param("period") String period,
      @Param("at") Instant at,
      @Param("by") String by,
      @Param("markets") int markets,
      @Param("note") String note);

  List<DirectoryReview> reviews(@Param("districtId") String districtId);
}
