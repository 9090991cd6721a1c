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

  /**
   * The open tasks by the first of the ascending moments at which each was late ({@code from}: its
   * index; -1 for none), in one pass.
   */
  List<Span> lateOpen(@Param("district") String district, @Param("ats") List<Instant> ats);

  /**
   * The ended tasks by the first moment at which each was late ({@code from}) and the first at
   * which it had ended ({@code to}; the moments' count for none), in one pass: late at moment k
   * when {@code from <= k < to}.
   */
  List<Span> lateEnded(@Param("district") String district, @Param("ats") List<Instant> ats);

  /** A figure keyed by process and step (or by person in {@code processKey}). */
  record Percentile(String processKey, String stepKey, long value) {}

  /** How many tasks were late from the moment of index {@code from} until that of {@code to}. */
  record Span(int from, int to, long tasks) {}
}
