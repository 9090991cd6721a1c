package cn.linggong.certification;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.casefile.CaseEvent;
import cn.linggong.casefile.CaseTimeline;
import cn.linggong.identity.LinggongUser;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * A certification's term (认定有效期) as the process runs it: an evaluation on each anniversary of the
 * certification while the term lasts, the withdrawal (退出) once approved — the application's
 * outcome, the market's record and the withdrawal notice — and the end of the term.
 */
@Service("certificationTerm")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificationTerm {

  /** Evaluations are due in the morning of the anniversary. */
  private static final LocalTime MORNING = LocalTime.of(9, 0);

  private final CertificationRecords records;
  private final CertificationMapper mapper;
  private final MarketDirectory markets;
  private final CertificationLetters letters;
  private final CaseDocuments documents;
  private final Clock clock;

  /** The next anniversary after the latest evaluation (or after the certification). */
  public Date nextEvaluation(DelegateExecution execution) {
    return Date.from(next(row(execution)).atTime(MORNING).atZone(zone()).toInstant());
  }

  /**
   * When the term is over: the start of the day after its last day. The certification holds until
   * then (and may still be withdrawn), though no evaluation is due any more.
   */
  public Date termEnds(DelegateExecution execution) {
    return Date.from(row(execution).certifiedUntil.plusDays(1).atStartOfDay(zone()).toInstant());
  }

  /** Whether the next anniversary falls after the term: no evaluation is due any more. */
  public boolean termOver(DelegateExecution execution) {
    CertificationRow row = row(execution);
    return next(row).isAfter(row.certifiedUntil);
  }

  LocalDate next(CertificationRow row) {
    List<Evaluation> done = mapper.evaluations(row.id);
    LocalDate after =
        done.isEmpty()
            ? row.certifiedSince
            : LocalDate.ofInstant(done.get(done.size() - 1).evaluatedAt(), zone());
    int years = 1;
    while (!row.certifiedSince.plusYears(years).isAfter(after)) {
      years++;
    }
    return row.certifiedSince.plusYears(years);
  }

  /** The approved withdrawal: the application, the market's record, the withdrawal notice. */
  public void withdraw(DelegateExecution execution) {
    CertificationRow row = row(execution);
    String reason =
        records.events(row).stream()
            .filter(e -> e.kind().equals("WITHDRAWAL_PROPOSED"))
            .map(CaseEvent::details)
            .map(d -> d == null ? null : (String) d.get("reason"))
            .reduce((a, b) -> b)
            .orElse("");
    mapper.withdrawn(row.id, reason, clock.instant());
    LinggongUser approver = records.lastApprover(row);
    Market market = markets.endCertification(approver, row.marketId, "退出认定：" + reason);
    var notice =
        documents.store(
            row.ref(),
            "WITHDRAWAL_NOTICE",
            "退出认定通知书-" + row.applicationNo + ".pdf",
            letters.withdrawal(row, market, reason),
            approver.userId());
    records.record(
        row, "WITHDRAWN", null, null, notice.id(), Map.of("reason", reason), CaseTimeline.SYSTEM);
  }

  /** The term is over: the market's certification ends with it. */
  public void expire(DelegateExecution execution) {
    CertificationRow row = row(execution);
    markets.endCertificationAtTermEnd(row.marketId, "认定有效期届满（认定申请 " + row.applicationNo + "）");
    records.record(row, "EXPIRED", null, null, null, Map.of(), CaseTimeline.SYSTEM);
  }

  private CertificationRow row(DelegateExecution execution) {
    return records.byId(
        ((Number) execution.getVariable(CertificationProcess.VAR_APPLICATION_ID)).longValue());
  }

  private ZoneId zone() {
    return clock.getZone();
  }
}
