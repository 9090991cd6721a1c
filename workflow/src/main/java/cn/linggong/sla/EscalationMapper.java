package cn.linggong.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EscalationMapper {

  int insert(EscalationRow row);

  Optional<Escalation> findByTask(@Param("taskId") String taskId);

  int resolve(String taskId, Instant at);

  /** Notes the second level once: 0 when it was noted before. */
  int markSecondLevel(String taskId, Instant at);

  List<Escalation> findOpen(String districtId, int offset, int limit);

  long countOpen(@Param("districtId") String districtId);

  /** A mutable row for the insert, so the generated id comes back. */
  final class EscalationRow {
    public Long id;
    public String taskId;
    public String taskName;
    public String taskDefinitionKey;
    public String processInstanceId;
    public String processDefinitionKey;
    public String businessKey;
    public String districtId;
    public String assignee;
    public String timeLimitKey;
    public Instant dueAt;
    public Instant escalatedAt;
  }
}
