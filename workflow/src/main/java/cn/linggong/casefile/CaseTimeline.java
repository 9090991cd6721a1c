package cn.linggong.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline of every case type, one store. The feature that owns the case decides who may read
 * it and writes only non-personal facts into the details; this service keeps and returns entries.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseTimeline {

  /** Who did what the engine or the application did by itself. */
  public static final String SYSTEM = "system";

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final CaseFileMapper mapper;
  private final Clock clock;

  /** Adds an entry in the caller's transaction: a step is not done unless its entry is kept. */
  @Transactional(propagation = Propagation.MANDATORY)
  public CaseEvent record(CaseRef ref, CaseEvent.Entry entry, String userId) {
    EventRow row = new EventRow();
    row.caseType = ref.type();
    row.caseNo = ref.number();
    row.kind = entry.kind();
    row.seq = entry.seq();
    row.taskId = entry.taskId();
    row.outcome = entry.outcome();
    row.subjectId = entry.subjectId();
    row.documentId = entry.documentId();
    try {
      row.details =
          entry.details() == null || entry.details().isEmpty()
              ? null
              : JSON.writeValueAsString(entry.details());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    row.doneAt = clock.instant();
    row.doneBy = userId;
    mapper.insertEvent(row);
    return view(row);
  }

  /** The entries of a case, oldest first. */
  @Transactional(readOnly = true)
  public List<CaseEvent> of(CaseRef ref) {
    return mapper.events(ref.type(), ref.number()).stream().map(CaseTimeline::view).toList();
  }

  private static CaseEvent view(EventRow row) {
    Map<String, Object> details = Map.of();
    if (row.details != null) {
      try {
        details =
            JSON.readValue(row.details, new TypeReference<LinkedHashMap<String, Object>>() {});
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return new CaseEvent(
        row.id,
        row.kind,
        row.seq,
        row.taskId,
        row.outcome,
        row.subjectId,
        row.documentId,
        details,
        row.doneAt,
        row.doneBy);
  }
}
