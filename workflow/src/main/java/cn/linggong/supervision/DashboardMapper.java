package cn.linggong.supervision;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DashboardMapper {

  /** Open tasks grouped by process, step, district and holder, with their clocks. */
  List<Dashboard.Work> openWork(
      @Param("district") String district, @Param("now") Instant now, @Param("soon") Instant soon);

  /** Steps completed in [from, to): count, average, on time. */
  List<Dashboard.StepTime> stepTimes(
      @Param("district") String district, @Param("from") Instant from, @Param("to") Instant to);

  /** The 90th-percentile duration (nearest rank) of each step completed in [from, to). */
  List<Percentile> stepPercentiles(
      @Param("district") String district, @Param("from") Instant from, @Param("to") Instant to);

  /** Tasks each person completed since a moment. */
  List<Percentile> completedSince(
      @Param("district") String district, @Param("since") Instant since);

  /** Tasks open at a past moment and late then (still open or ended after it). */
  long overdueAt(@Param("district") String district, @Param("at") Instant at);

  /** A figure keyed by process and step (or by person in {@code processKey}). */
  record Percentile(String processKey, String stepKey, long value) {}
}
