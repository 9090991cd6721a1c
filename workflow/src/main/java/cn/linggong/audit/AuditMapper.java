package cn.linggong.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AuditMapper {

  int insert(AuditEvent event);

  long countByActorSince(
      String actor, java.util.Collection<String> actions, java.time.Instant since);

  List<AuditEvent> search(
      java.util.Collection<String> actions,
      String actor,
      String subjectType,
      String subjectId,
      java.time.Instant from,
      java.time.Instant to,
      int offset,
      int limit);

  long count(
      java.util.Collection<String> actions,
      String actor,
      String subjectType,
      String subjectId,
      java.time.Instant from,
      java.time.Instant to);

  List<AuditEvent> findBySubject(String subjectType, String subjectId, int offset, int limit);

  /** The oldest entries written before a moment, at most {@code limit}. */
  List<Long> expired(java.time.Instant before, int limit);

  int deleteIds(List<Long> ids);
}
