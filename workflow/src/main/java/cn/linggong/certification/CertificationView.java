package cn.linggong.certification;

import cn.linggong.casefile.CaseDocument;
import cn.linggong.casefile.CaseEvent;
import cn.linggong.inbox.TaskDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An application as its screen shows it: the application, the sheet it is scored against, every
 * submitted sheet (self-assessment, inspector's, reviewers') with their points per criterion, the
 * open steps with their due dates, the letters and attachments, and the timeline.
 */
public record CertificationView(
    Certification application,
    CriteriaSheet sheet,
    List<Scoring> scorings,
    List<TaskDetails.OpenStep> openSteps,
    List<TaskDetails.Waiting> waits,
    List<CaseDocument> documents,
    List<CaseEvent> timeline,
    List<Objection> objections,
    List<Evaluation> evaluations) {

  /**
   * One person's submitted sheet.
   *
   * @param role SELF, INSPECTOR or REVIEWER
   */
  public record Scoring(
      int round,
      String role,
      String scorer,
      BigDecimal total,
      List<String> exclusions,
      boolean noConflict,
      String note,
      Instant submittedAt,
      java.util.Map<String, BigDecimal> points) {}
}
