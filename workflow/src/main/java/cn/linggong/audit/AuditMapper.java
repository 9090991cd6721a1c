package cn.linggong.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

  int insert(AuditEvent event);

  long countByActorSince(
      @Param("actor") String actor,
      @Param("actions") java.util.Collection<String> actions,
      @Param("since") java.time.Instant since);

  List<AuditEvent> search(
      @Param("actions") java.util.Collection<String> actions,
      @Param("actor") String actor,
      @Param("subjectType") String subjectType,
      @Param("subjectId") String subjectId,
      @Param("from") java.time.Instant from,
      @Param("to") java.time.Instant to,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long count(
      @Param("actions") java.util.Collection<String> actions,
      @Param("actor") String actor,
      @Param("subjectType") String subjectType,
      @Param("subjectId") String subjectId,
      @Param("from") java.time.Instant from,
      @Param("to") java.time.Instant to);

  List<AuditEvent> findBySubject(
      @Param("subjectType") String subjectType,
      @Param("subjectId") String subjectId,
      @Param("offset") int offset,
      @Param("limit") int limit);
}
