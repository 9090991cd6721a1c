package cn.linggong.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A version of the criteria sheet (评分标准) that markets are inspected, reviewed and evaluated
 * against: areas of criteria with their points and the evidence each asks for, the total and the
 * pass mark, and the exclusions that fail an application whatever its score. An application is
 * scored against the version in force when it was filed; a new version changes later ones only.
 */
public record CriteriaSheet(
    long id,
    int version,
    String title,
    BigDecimal totalPoints,
    BigDecimal passMark,
    List<Area> areas,
    List<Exclusion> exclusions,
    Instant inForceFrom,
    String createdBy) {

  /** An area of the sheet (服务场地 …) and its criteria. */
  public record Area(String code, String name, List<Criterion> criteria) {

    public BigDecimal points() {
      return criteria.stream().map(Criterion::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /** One criterion: what is assessed, the points it is worth, the evidence it asks for. */
  public record Criterion(String code, String text, BigDecimal points, String evidence) {}

  /** A fact that fails an application whatever its score (违法违规, 就业歧视 …). */
  public record Exclusion(String code, String text) {}

  /** Every criterion, area by area. */
  public List<Criterion> criteria() {
    return areas.stream().flatMap(a -> a.criteria().stream()).toList();
  }

  public Optional<Criterion> criterion(String code) {
    return criteria().stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
