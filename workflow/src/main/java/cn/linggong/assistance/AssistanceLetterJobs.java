package cn.linggong.assistance;

import cn.linggong.casefile.LetterRenderer;
import cn.linggong.identity.DirectoryService;
import cn.linggong.worker.WorkerRegistry;
import java.time.Instant;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Makes the assistance letters after their step (casefile.DeferredLetters): the referral letter
 * (岗位推荐函) and the closing record (援助服务记录表), from the case as it is kept.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AssistanceLetterJobs implements LetterRenderer {

  static final String NAME = "assistance";
  static final String REFERRAL = "referral";
  static final String RECORD = "record";

  private final AssistanceCases cases;
  private final AssistanceLetters letters;
  private final WorkerRegistry workers;
  private final DirectoryService directory;

  @Override
  public String name() {
    return NAME;
  }

  static Map<String, Object> referral(CaseRow row, int seq, long jobId) {
    return Map.of("caseId", row.id, "seq", seq, "jobId", jobId);
  }

  static Map<String, Object> record(CaseRow row, String outcome) {
    return Map.of("caseId", row.id, "outcome", outcome);
  }

  @Override
  public byte[] render(
      String letter, Map<String, Object> params, String requestedBy, Instant requestedAt) {
    CaseRow row = cases.byId(((Number) params.get("caseId")).longValue());
    var worker = workers.profile(row.workerId).worker();
    return switch (letter) {
      case REFERRAL ->
          letters.referralLetter(
              directory.principal(requestedBy),
              row.caseNo,
              row.districtId,
              ((Number) params.get("seq")).intValue(),
              worker,
              ((Number) params.get("jobId")).longValue(),
              requestedAt);
      case RECORD ->
          letters.assistanceRecord(
              row.view(), worker, cases.steps(row), (String) params.get("outcome"), requestedAt);
      default -> throw new IllegalArgumentException("No assistance letter " + letter);
    };
  }
}
