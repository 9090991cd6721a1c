package cn.linggong.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records and reads the audit trail. Writes join the caller's transaction. */
@Service
public class AuditService {

  private final AuditMapper mapper;
  private final Clock clock;

  AuditService(AuditMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void record(
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String districtId,
      String detail) {
    mapper.insert(
        new AuditEvent(
            null, clock.instant(), actor, action, subjectType, subjectId, districtId, detail));
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> forSubject(String subjectType, String subjectId, int offset, int limit) {
    return mapper.findBySubject(subjectType, subjectId, offset, limit);
  }
}
