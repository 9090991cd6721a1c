package cn.linggong.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

  int insert(AuditEvent event);

  List<AuditEvent> findBySubject(
      @Param("subjectType") String subjectType,
      @Param("subjectId") String subjectId,
      @Param("offset") int offset,
      @Param("limit") int limit);
}
