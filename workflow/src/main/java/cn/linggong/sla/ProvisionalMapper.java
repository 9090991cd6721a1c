package cn.linggong.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProvisionalMapper {

  int insert(
      @Param("kind") String kind,
      @Param("ref") String ref,
      @Param("processInstanceId") String processInstanceId,
      @Param("businessKey") String businessKey,
      @Param("rule") String rule,
      @Param("startAt") Instant startAt,
      @Param("valueAt") Instant valueAt,
      @Param("firstYear") int firstYear,
      @Param("lastYear") int lastYear,
      @Param("now") Instant now);

  int updateOpen(
      @Param("kind") String kind,
      @Param("ref") String ref,
      @Param("rule") String rule,
      @Param("startAt") Instant startAt,
      @Param("valueAt") Instant valueAt,
      @Param("firstYear") int firstYear,
      @Param("lastYear") int lastYear,
      @Param("now") Instant now);

  int closeOpen(
      @Param("kind") String kind,
      @Param("ref") String ref,
      @Param("state") String state,
      @Param("now") Instant now);

  long countOpen(@Param("kind") String kind, @Param("ref") String ref);

  List<String> openRefs(@Param("kind") String kind, @Param("refPrefix") String refPrefix);

  List<Long> findOpenIds(@Param("year") int year, @Param("limit") int limit);

  long countOpenForYear(@Param("year") int year);

  /** Takes a row for this year's recomputation; 0 when another node took it or it moved on. */
  int claim(@Param("id") long id, @Param("year") int year, @Param("now") Instant now);

  Optional<ProvisionalDate> find(@Param("id") long id);

  int settle(
      @Param("id") long id,
      @Param("valueAt") Instant valueAt,
      @Param("firstYear") int firstYear,
      @Param("lastYear") int lastYear,
      @Param("state") String state,
      @Param("now") Instant now);

  int insertChange(@Param("c") DueDateChange change);

  List<DueDateChange> changesOfTask(@Param("taskId") String taskId);

  List<DueDateChange> changesOfCase(@Param("businessKey") String businessKey);

  // ---- recompute requests ----

  Optional<Recompute> findRecompute(@Param("year") int year);

  List<Integer> pendingYears();

  int insertRecompute(
      @Param("year") int year,
      @Param("source") String source,
      @Param("actor") String actor,
      @Param("now") Instant now);

  int restartRecompute(
      @Param("year") int year,
      @Param("source") String source,
      @Param("actor") String actor,
      @Param("now") Instant now);

  int addCounts(
      @Param("year") int year,
      @Param("examined") int examined,
      @Param("changed") int changed,
      @Param("failed") int failed);

  int finishRecompute(@Param("year") int year, @Param("now") Instant now);
}
