package cn.linggong.certification;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.TaskDetails;
import cn.linggong.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading applications: the list by district and state, one application's screen, its files. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificationReading {

  static final int PAGE_MAX = 200;

  private final CertificationRecords records;
  private final CertificationMapper mapper;
  private final CriteriaSheets sheets;
  private final CaseDocuments documents;
  private final TaskDetails openSteps;
  private final CertificationPanel panel;

  @Transactional(readOnly = true)
  public List<Certification> search(
      LinggongUser user, Certification.State state, Long marketId, int offset, int limit) {
    CertificationPolicy.VIEW.check(user);
    return mapper
        .search(
            user.cityLevel() ? null : user.districtId(),
            state == null ? null : state.name(),
            marketId,
            Math.max(0, offset),
            Math.min(Math.max(1, limit), PAGE_MAX))
        .stream()
        .map(CertificationRow::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public CertificationView view(LinggongUser user, String applicationNo) {
    CertificationPolicy.VIEW.check(user);
    CertificationRow row = records.visible(user, applicationNo);
    Map<String, Map<String, BigDecimal>> points = new LinkedHashMap<>();
    for (CertificationMapper.Score s : records.scores(row)) {
      points
          .computeIfAbsent(
              s.round() + "|" + s.role() + "|" + s.scorer(), k -> new LinkedHashMap<>())
          .put(s.criterion(), s.points());
    }
    List<CertificationView.Scoring> scorings =
        records.sheets(row).stream()
            .map(
                r ->
                    new CertificationView.Scoring(
                        r.round(),
                        r.role(),
                        r.scorer().isEmpty() ? null : r.scorer(),
                        r.total(),
                        ScoreSheet.codes(r.exclusions()),
                        r.noConflict(),
                        r.note(),
                        r.submittedAt(),
                        points.getOrDefault(
                            r.round() + "|" + r.role() + "|" + r.scorer(), Map.of())))
            .toList();
    return new CertificationView(
        row.view(),
        sheets.byId(row.sheetId),
        scorings,
        openSteps.openSteps(row.processInstanceId),
        openSteps.waits(row.processInstanceId),
        documents.of(row.ref()),
        records.events(row),
        records.objections(row).stream().map(ObjectionRow::view).toList(),
        records.evaluations(row));
  }

  /** The criteria sheet an application (by its id, as a task knows it) is scored against. */
  @Transactional(readOnly = true)
  public CriteriaSheet sheetOf(LinggongUser user, long applicationId) {
    CertificationPolicy.VIEW.check(user);
    CertificationRow row = records.byId(applicationId);
    records.visible(user, row.applicationNo);
    return sheets.byId(row.sheetId);
  }

  /** The application a task knows by its id, as this person may see it. */
  @Transactional(readOnly = true)
  public CertificationView viewById(LinggongUser user, long applicationId) {
    return view(user, records.byId(applicationId).applicationNo);
  }

  /** Who may be named inspector or reviewer: the city-level reviewers, by user id and name. */
  @Transactional(readOnly = true)
  public Map<String, String> scorers(LinggongUser user) {
    CertificationPolicy.VIEW.check(user);
    Map<String, String> scorers = new LinkedHashMap<>();
    panel.scorerIds().forEach(id -> scorers.put(id, panel.name(id)));
    return scorers;
  }

  /** A letter or attachment of the application. */
  @Transactional(readOnly = true)
  public CaseDocuments.File document(LinggongUser user, String applicationNo, long id) {
    CertificationPolicy.VIEW.check(user);
    CertificationRow row = records.visible(user, applicationNo);
    return documents
        .file(row.ref(), id)
        .orElseThrow(() -> new NotFoundException("certification.document.notFound", id));
  }

  /**
   * The open applications by stage, every stage of the process in order (none: 0), for the person's
   * district, or at city level the one chosen ({@code null}: all).
   */
  @Transactional(readOnly = true)
  public List<cn.linggong.shared.cases.StageCount> pipeline(LinggongUser user, String districtId) {
    CertificationPolicy.VIEW.check(user);
    return cn.linggong.shared.cases.StageCount.inOrder(
        mapper.openByStage(user.cityLevel() ? districtId : user.districtId()),
        Certification.Stage.values(),
        Certification.Stage.CLOSED);
  }
}
