package cn.linggong.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProvisionalMapper {

  int insert(
      String kind,
      String ref,
      String processInstanceId,
      String businessKey,
      String rule,
      Instant startAt,
      Instant valueAt,
      int firstYear,
      int lastYear,
      Instant now);

  int updateOpen(
      String kind,
      String ref,
      String rule,
      Instant startAt,
      Instant valueAt,
      int firstYear,
      int lastYear,
      Instant now);

  int closeOpen(String kind, String ref, String state, Instant now);

  long countOpen(String kind, String ref);

  List<String> openRefs(String kind, String refPrefix);

  List<Long> findOpenIds(int year, int limit);

  long countOpenForYear(@Param("year") int year);

  /** Takes a row for this year's recomputation; 0 when another node took it or it moved on. */
  int claim(long id, int year, Instant now);

  Optional<ProvisionalDate> find(@Param("id") long id);

  int settle(long id, Instant valueAt, int firstYear, int lastYear, String state, Instant now);

  int insertChange(@Param("c") DueDateChange change);

  List<DueDateChange> changesOfTask(@Param("taskId") String taskId);

  List<DueDateChange> changesOfCase(@Param("businessKey") String businessKey);

  // ---- recompute requests ----

  Optional<Recompute> findRecompute(@Param("year") int year);

  List<Integer> pendingYears();

  int insertRecompute(int year, String source, String actor, Instant now);

  int restartRecompute(int year, String source, String actor, Instant now);

  int addCounts(int year, int examined, int changed, int failed);

  int finishRecompute(int year, Instant now);
}
