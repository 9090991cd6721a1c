package cn.linggong.certification;

import cn.linggong.shared.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's scoring of an application against its criteria sheet: points per criterion, the
 * exclusions found, the declaration of no conflict of interest (not asked of a self-assessment) and
 * a note. A form sends the points as {@code G1:5,G2:3.5} and the exclusions as codes.
 */
public record ScoreSheet(
    Map<String, BigDecimal> points, List<String> exclusions, boolean noConflict, String note) {

  /** The sum of the points. */
  public BigDecimal total() {
    return points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** {@code G1:5,G2:3.5} read into points; a part that cannot be read is a problem of the field. */
  static Map<String, BigDecimal> parse(
      String encoded, String field, InvalidInputException.Collector errors) {
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    if (encoded == null || encoded.isBlank()) {
      return points;
    }
    for (String part : encoded.split(",")) {
      String[] kv = part.split(":", 2);
      if (kv.length != 2 || kv[0].isBlank()) {
        errors.add(field, "certification.score.format");
        return points;
      }
      try {
        points.put(kv[0].strip(), new BigDecimal(kv[1].strip()));
      } catch (NumberFormatException e) {
        errors.add(field, "certification.score.format");
        return points;
      }
    }
    return points;
  }

  /** Codes from {@code A,B} (blanks dropped). */
  static List<String> codes(String joined) {
    List<String> codes = new ArrayList<>();
    if (joined != null) {
      for (String c : joined.split(",")) {
        if (!c.isBlank()) {
          codes.add(c.strip());
        }
      }
    }
    return codes;
  }

  /**
   * Every problem of the sheet against the criteria: each criterion scored once, within 0 and its
   * points, at most one decimal place; exclusions of the sheet's list only.
   */
  void check(CriteriaSheet criteria, String field, InvalidInputException.Collector errors) {
    List<String> missing = new ArrayList<>();
    for (CriteriaSheet.Criterion c : criteria.criteria()) {
      BigDecimal given = points.get(c.code());
      if (given == null) {
        missing.add(c.code());
      } else if (given.signum() < 0 || given.compareTo(c.points()) > 0) {
        errors.add(field, "certification.score.range", c.code(), c.points());
      } else if (given.stripTrailingZeros().scale() > 1) {
        errors.add(field, "certification.score.scale", c.code());
      }
    }
    if (!missing.isEmpty()) {
      errors.add(field, "certification.score.missing", String.join(", ", missing));
    }
    points.keySet().stream()
        .filter(code -> criteria.criterion(code).isEmpty())
        .findFirst()
        .ifPresent(code -> errors.add(field, "certification.score.unknown", code));
    exclusions.stream()
        .filter(code -> criteria.exclusions().stream().noneMatch(e -> e.code().equals(code)))
        .findFirst()
        .ifPresent(code -> errors.add("exclusions", "certification.exclusion.unknown", code));
  }
}
