package cn.linggong.certification;

import cn.linggong.casefile.CaseEvent;
import cn.linggong.casefile.CaseTimeline;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * The application's rows as the feature's services share them: finding one as a person may see it,
 * the stage it is at, the scores submitted and the timeline entry of each step.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CertificationRecords {

  private final CertificationMapper mapper;
  private final CaseTimeline timeline;
  private final cn.linggong.identity.DirectoryService directory;
  private final Clock clock;

  CertificationRow byNo(String applicationNo) {
    CertificationRow row = mapper.findByNo(applicationNo);
    if (row == null) {
      throw new NotFoundException("certification.notFound", applicationNo);
    }
    return row;
  }

  CertificationRow byId(long id) {
    CertificationRow row = mapper.findById(id);
    if (row == null) {
      throw new NotFoundException("certification.notFound", String.valueOf(id));
    }
    return row;
  }

  /** The application as this person may see it: a district user's own district only. */
  CertificationRow visible(LinggongUser user, String applicationNo) {
    CertificationRow row = mapper.findByNo(applicationNo);
    if (row == null || (!user.cityLevel() && !user.districtId().equals(row.districtId))) {
      throw new NotFoundException("certification.notFound", applicationNo);
    }
    return row;
  }

  void assign(CertificationRow row, String inspector, List<String> reviewers) {
    mapper.assign(row.id, inspector, String.join(",", reviewers));
  }

  void reviewResult(CertificationRow row, java.math.BigDecimal average, boolean exclusionFound) {
    mapper.setReviewResult(row.id, average, exclusionFound);
  }

  List<ObjectionRow> objections(CertificationRow row) {
    return mapper.objections(row.id);
  }

  void resolve(ObjectionRow objection, String outcome, String resolution, String userId) {
    mapper.resolveObjection(objection.id, outcome, resolution, userId, clock.instant());
  }

  void objectionUpheld(CertificationRow row) {
    mapper.objectionUpheld(row.id);
  }

  void newRound(CertificationRow row) {
    mapper.newRound(row.id);
  }

  /**
   * Who approved the latest step of the application that changed its certification (the person a
   * change of the market's record is written by when the process makes it).
   */
  LinggongUser lastApprover(CertificationRow row) {
    String userId =
        timeline.of(row.ref()).stream()
            .filter(e -> !CaseTimeline.SYSTEM.equals(e.doneBy()))
            .map(CaseEvent::doneBy)
            .reduce((a, b) -> b)
            .orElse(row.filedBy);
    return directory.principal(userId);
  }

  void evaluation(CertificationRow row, CertificationMapper.EvaluationRow evaluation) {
    mapper.insertEvaluation(row.id, evaluation);
  }

  List<Evaluation> evaluations(CertificationRow row) {
    return mapper.evaluations(row.id);
  }

  void stage(CertificationRow row, Certification.Stage stage) {
    mapper.setStage(row.id, stage.name());
  }

  boolean close(
      CertificationRow row,
      Certification.Outcome outcome,
      String reason,
      LocalDate since,
      LocalDate until) {
    return mapper.close(row.id, outcome.name(), reason, since, until, clock.instant()) == 1;
  }

  /** Keeps a submitted sheet: every criterion's points and the sheet's total and declarations. */
  void storeSheet(CertificationRow row, int round, String role, String scorer, ScoreSheet sheet) {
    sheet
        .points()
        .forEach(
            (code, points) ->
                mapper.insertScore(
                    row.id,
                    new CertificationMapper.Score(round, role, scorer, code, points, null)));
    mapper.insertSheetResult(
        row.id,
        new CertificationMapper.SheetResult(
            round,
            role,
            scorer,
            sheet.total(),
            sheet.exclusions().isEmpty() ? null : String.join(",", sheet.exclusions()),
            sheet.noConflict(),
            sheet.note() == null || sheet.note().isBlank() ? null : sheet.note().strip(),
            clock.instant()));
  }

  List<CertificationMapper.SheetResult> sheets(CertificationRow row) {
    return mapper.sheetResults(row.id);
  }

  List<CertificationMapper.Score> scores(CertificationRow row) {
    return mapper.scores(row.id);
  }

  CaseEvent record(
      CertificationRow row,
      String kind,
      String taskId,
      String outcome,
      Long documentId,
      Map<String, Object> details,
      String userId) {
    return timeline.record(
        row.ref(),
        new CaseEvent.Entry(kind, 1, taskId, outcome, null, documentId, details),
        userId);
  }

  List<CaseEvent> events(CertificationRow row) {
    return timeline.of(row.ref());
  }
}
