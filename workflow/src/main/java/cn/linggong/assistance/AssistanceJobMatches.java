package cn.linggong.assistance;

import cn.linggong.employer.JobBoard;
import cn.linggong.identity.LinggongUser;
import cn.linggong.worker.Worker;
import cn.linggong.worker.WorkerRegistry;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The postings a case's referral step offers, best first, for the case's worker. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssistanceJobMatches {

  private final AssistanceCases cases;
  private final WorkerRegistry workers;
  private final JobBoard jobBoard;

  /**
   * Referable postings ranked for the case's worker: the intentions from career guidance (or the
   * registered skills), the worker's skill level and desired pay; postings the worker was already
   * referred to, in this case or an earlier one, are left out.
   */
  @Transactional(readOnly = true)
  public List<cn.linggong.employer.JobMatch> jobMatches(
      LinggongUser user, String caseNo, int limit) {
    AssistancePolicy.VIEW.check(user);
    return matches(user, cases.visible(user, caseNo), limit);
  }

  /** The same, for a task form that knows the case by its id. */
  @Transactional(readOnly = true)
  public List<cn.linggong.employer.JobMatch> jobMatches(LinggongUser user, long caseId, int limit) {
    AssistancePolicy.VIEW.check(user);
    return matches(user, cases.visible(user, caseId), limit);
  }

  private List<cn.linggong.employer.JobMatch> matches(LinggongUser user, CaseRow row, int limit) {
    Worker worker = workers.find(user, row.workerId);
    List<AssistanceStep> steps = cases.steps(row);
    List<String> categories = worker.skills();
    List<String> districts = List.of(worker.districtId());
    java.math.BigDecimal pay = worker.desiredDailyPay();
    for (AssistanceStep s : steps) {
      if (s.kind() == AssistanceStep.Kind.GUIDANCE) {
        Map<String, Object> d = s.details();
        if (d.get("categories") != null) {
          categories = cn.linggong.employer.JobCategories.split(d.get("categories").toString());
        }
        if (d.get("districts") != null && !d.get("districts").toString().isBlank()) {
          districts = cn.linggong.employer.JobCategories.split(d.get("districts").toString());
        }
        if (d.get("pay") != null) {
          pay = new java.math.BigDecimal(d.get("pay").toString());
        }
      }
    }
    // a posting the worker was referred to before, in this case or an earlier one, is not offered
    // again: the employer has already seen them, or they turned it down
    java.util.Set<Long> referred =
        cases.casesOfWorker(row.workerId).stream()
            .flatMap(c -> (c.id.equals(row.id) ? steps : cases.steps(c)).stream())
            .filter(s -> s.kind() == AssistanceStep.Kind.REFERRAL && s.jobId() != null)
            .map(AssistanceStep::jobId)
            .collect(java.util.stream.Collectors.toSet());
    return jobBoard.match(
        new cn.linggong.employer.JobBoard.MatchRequest(
            categories, districts, pay, worker.skillLevel(), referred),
        limit);
  }

  // ---- for the process's own steps (same package) ----
}
