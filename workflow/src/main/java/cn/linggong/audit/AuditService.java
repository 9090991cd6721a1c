package cn.linggong.audit;

import java.time.Clock;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records and reads the audit trail. Writes join the caller's transaction. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditService {

  private final AuditMapper mapper;
  private final Clock clock;

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

  /** How many of these acts one person did since a moment. */
  @Transactional(readOnly = true)
  public long countByActorSince(
      String actor, java.util.Collection<String> actions, java.time.Instant since) {
    return mapper.countByActorSince(actor, actions, since);
  }

  /** Acts of these kinds, newest first, by person, record and time (each filter optional). */
  public record Filter(
      java.util.Collection<String> actions,
      String actor,
      String subjectType,
      String subjectId,
      java.time.Instant from,
      java.time.Instant to) {}

  @Transactional(readOnly = true)
  public List<AuditEvent> search(Filter f, int offset, int limit) {
    return mapper.search(
        f.actions(), f.actor(), f.subjectType(), f.subjectId(), f.from(), f.to(), offset, limit);
  }

  @Transactional(readOnly = true)
  public long count(Filter f) {
    return mapper.count(f.actions(), f.actor(), f.subjectType(), f.subjectId(), f.from(), f.to());
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> forSubject(String subjectType, String subjectId, int offset, int limit) {
    return mapper.findBySubject(subjectType, subjectId, offset, limit);
  }
}
