package cn.linggong.certification;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The criteria sheets (评分标准), versioned: an admin publishes a new version, which is in force for
 * applications filed from then on; a published version never changes, so every application keeps
 * being scored against the sheet it was filed under.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CriteriaSheets {

  static final int TITLE_MAX = 200;
  static final int NAME_MAX = 100;
  static final int TEXT_MAX = 500;
  static final int EVIDENCE_MAX = 300;
  static final int EXCLUSION_MAX = 300;
  static final BigDecimal POINTS_MAX = new BigDecimal("1000");
  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}");

  private final CriteriaMapper mapper;
  private final AuditService audit;
  private final Clock clock;

  /** The version in force now. */
  @Transactional(readOnly = true)
  public CriteriaSheet inForce(LinggongUser user) {
    CertificationPolicy.VIEW_CRITERIA.check(user);
    return current();
  }

  /** The version in force now (for filing: the application keeps it). */
  CriteriaSheet current() {
    CriteriaMapper.SheetRow row = mapper.inForceAt(clock.instant());
    if (row == null) {
      throw new IllegalStateException("No criteria sheet is in force");
    }
    return sheet(row);
  }

  @Transactional(readOnly = true)
  public CriteriaSheet version(LinggongUser user, int version) {
    CertificationPolicy.VIEW_CRITERIA.check(user);
    CriteriaMapper.SheetRow row = mapper.byVersion(version);
    if (row == null) {
      throw new NotFoundException("certification.criteria.notFound", version);
    }
    return sheet(row);
  }

  /** Every version, newest first. */
  @Transactional(readOnly = true)
  public List<CriteriaSheet> versions(LinggongUser user) {
    CertificationPolicy.VIEW_CRITERIA.check(user);
    return mapper.all().stream().map(this::sheet).toList();
  }

  /** The sheet an application was filed under. */
  CriteriaSheet byId(long id) {
    return sheet(mapper.byId(id));
  }

  /**
   * Publishes a new version, in force from now. Refused field by field: points that do not add up
   * to the stated total, a pass mark above it, codes given twice, empty areas.
   */
  @Transactional
  public CriteriaSheet publish(LinggongUser admin, CriteriaSheetDraft draft) {
    CertificationPolicy.MAINTAIN_CRITERIA.check(admin);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    check(draft, errors);
    errors.throwIfAny();
    Integer latest = mapper.latestVersion();
    CriteriaMapper.SheetRow row = new CriteriaMapper.SheetRow();
    row.version = latest == null ? 1 : latest + 1;
    row.title = draft.title().strip();
    row.totalPoints = draft.totalPoints();
    row.passMark = draft.passMark();
    row.inForceFrom = clock.instant();
    row.createdBy = admin.userId();
    try {
      mapper.insertSheet(row);
    } catch (org.springframework.dao.DuplicateKeyException publishedMeanwhile) {
      throw new cn.linggong.shared.ConflictException("certification.criteria.publishedMeanwhile");
    }
    int areaOrder = 0;
    for (CriteriaSheetDraft.AreaDraft area : draft.areas()) {
      areaOrder++;
      int itemOrder = 0;
      for (CriteriaSheetDraft.CriterionDraft c : area.criteria()) {
        CriteriaMapper.ItemRow item = new CriteriaMapper.ItemRow();
        item.areaOrder = areaOrder;
        item.areaCode = area.code().strip();
        item.areaName = area.name().strip();
        item.itemOrder = ++itemOrder;
        item.code = c.code().strip();
        item.text = c.text().strip();
        item.points = c.points();
        item.evidence =
            c.evidence() == null || c.evidence().isBlank() ? null : c.evidence().strip();
        mapper.insertItem(row.id, item);
      }
    }
    int order = 0;
    for (CriteriaSheetDraft.ExclusionDraft e :
        draft.exclusions() == null
            ? List.<CriteriaSheetDraft.ExclusionDraft>of()
            : draft.exclusions()) {
      CriteriaMapper.ExclusionRow ex = new CriteriaMapper.ExclusionRow();
      ex.itemOrder = ++order;
      ex.code = e.code().strip();
      ex.text = e.text().strip();
      mapper.insertExclusion(row.id, ex);
    }
    audit.record(
        admin.userId(),
        "CRITERIA_PUBLISHED",
        "criteria-sheet",
        String.valueOf(row.version),
        null,
        row.title);
    return sheet(mapper.byId(row.id));
  }

  private static void check(CriteriaSheetDraft d, InvalidInputException.Collector errors) {
    errors.requireText("title", d.title());
    errors.maxLength("title", d.title(), TITLE_MAX);
    points(errors, "totalPoints", d.totalPoints());
    points(errors, "passMark", d.passMark());
    if (d.totalPoints() != null
        && d.passMark() != null
        && d.passMark().compareTo(d.totalPoints()) > 0) {
      errors.add("passMark", "certification.criteria.passAboveTotal", d.totalPoints());
    }
    if (d.areas() == null || d.areas().isEmpty()) {
      errors.add("areas", "validation.required");
      return;
    }
    Set<String> areaCodes = new HashSet<>();
    Set<String> codes = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    boolean allPointsRead = true;
    for (int a = 0; a < d.areas().size(); a++) {
      CriteriaSheetDraft.AreaDraft area = d.areas().get(a);
      String at = "areas[" + a + "]";
      if (area == null) {
        errors.add(at, "validation.required");
        continue;
      }
      code(errors, at + ".code", area.code(), areaCodes);
      errors.requireText(at + ".name", area.name());
      errors.maxLength(at + ".name", area.name(), NAME_MAX);
      if (area.criteria() == null || area.criteria().isEmpty()) {
        errors.add(at + ".criteria", "certification.criteria.areaEmpty");
        continue;
      }
      for (int i = 0; i < area.criteria().size(); i++) {
        CriteriaSheetDraft.CriterionDraft c = area.criteria().get(i);
        String ct = at + ".criteria[" + i + "]";
        if (c == null) {
          errors.add(ct, "validation.required");
          continue;
        }
        code(errors, ct + ".code", c.code(), codes);
        errors.requireText(ct + ".text", c.text());
        errors.maxLength(ct + ".text", c.text(), TEXT_MAX);
        errors.maxLength(ct + ".evidence", c.evidence(), EVIDENCE_MAX);
        if (points(errors, ct + ".points", c.points())) {
          sum = sum.add(c.points());
        } else {
          allPointsRead = false;
        }
      }
    }
    if (d.totalPoints() != null
        && allPointsRead
        && !errors.has("totalPoints")
        && sum.compareTo(d.totalPoints()) != 0) {
      errors.add("totalPoints", "certification.criteria.sumMismatch", sum, d.totalPoints());
    }
    Set<String> exclusionCodes = new HashSet<>();
    List<CriteriaSheetDraft.ExclusionDraft> exclusions =
        d.exclusions() == null ? List.of() : d.exclusions();
    for (int e = 0; e < exclusions.size(); e++) {
      CriteriaSheetDraft.ExclusionDraft x = exclusions.get(e);
      String et = "exclusions[" + e + "]";
      if (x == null) {
        errors.add(et, "validation.required");
        continue;
      }
      code(errors, et + ".code", x.code(), exclusionCodes);
      errors.requireText(et + ".text", x.text());
      errors.maxLength(et + ".text", x.text(), EXCLUSION_MAX);
    }
  }

  /** Points: more than 0, at most one decimal place; false when refused. */
  private static boolean points(
      InvalidInputException.Collector errors, String field, BigDecimal points) {
    if (points == null) {
      errors.add(field, "validation.required");
      return false;
    }
    if (points.signum() <= 0 || points.compareTo(POINTS_MAX) > 0) {
      errors.add(field, "certification.criteria.pointsRange", POINTS_MAX);
      return false;
    }
    if (points.stripTrailingZeros().scale() > 1) {
      errors.add(field, "certification.criteria.pointsScale");
      return false;
    }
    return true;
  }

  private static void code(
      InvalidInputException.Collector errors, String field, String code, Set<String> seen) {
    if (code == null || code.isBlank()) {
      errors.add(field, "validation.required");
    } else if (!CODE.matcher(code.strip()).matches()) {
      errors.add(field, "certification.criteria.codeForm");
    } else if (!seen.add(code.strip())) {
      errors.add(field, "certification.criteria.codeTwice", code.strip());
    }
  }

  private CriteriaSheet sheet(CriteriaMapper.SheetRow row) {
    Map<String, List<CriteriaSheet.Criterion>> byArea = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (CriteriaMapper.ItemRow i : mapper.items(row.id)) {
      names.putIfAbsent(i.areaCode, i.areaName);
      byArea
          .computeIfAbsent(i.areaCode, k -> new ArrayList<>())
          .add(new CriteriaSheet.Criterion(i.code, i.text, i.points, i.evidence));
    }
    List<CriteriaSheet.Area> areas = new ArrayList<>();
    byArea.forEach(
        (code, criteria) ->
            areas.add(new CriteriaSheet.Area(code, names.get(code), List.copyOf(criteria))));
    return new CriteriaSheet(
        row.id,
        row.version,
        row.title,
        row.totalPoints,
        row.passMark,
        List.copyOf(areas),
        mapper.exclusions(row.id).stream()
            .map(e -> new CriteriaSheet.Exclusion(e.code, e.text))
            .toList(),
        row.inForceFrom,
        row.createdBy);
  }
}
