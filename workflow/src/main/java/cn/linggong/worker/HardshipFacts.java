package cn.linggong.worker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The hardship facts of a worker (seeds 000, 002; DOMAIN §1), stored encrypted.
 *
 * @param lowIncome NONE, DIBAO (低保), LOW_INCOME (低收入), TEKUN (特困)
 * @param disabilityCertificate 残疾人证 number, or null
 * @param disabilityGrade 1 to 4, or null
 * @param zeroEmploymentHousehold 零就业家庭
 * @param longTermUnemployed unemployed a year or more
 * @param waitingSince waiting for work since (待工)
 */
public record HardshipFacts(
    LowIncome lowIncome,
    String disabilityCertificate,
    Integer disabilityGrade,
    boolean zeroEmploymentHousehold,
    boolean longTermUnemployed,
    LocalDate waitingSince) {

  public enum LowIncome {
    NONE,
    DIBAO,
    LOW_INCOME,
    TEKUN
  }

  /** Every status one can search by. */
  public static final java.util.List<String> TAGS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  "low-income", "disability", "zero-employment", "long-term-unemployed"),
              java.util.Arrays.stream(LowIncome.values())
                  .filter(l -> l != LowIncome.NONE)
                  .map(l -> "low-income:" + l.name()))
          .toList();

  /** The searchable statuses that apply (each stored only as a keyed hash). */
  public List<String> tags() {
    List<String> tags = new ArrayList<>();
    if (lowIncome != null && lowIncome != LowIncome.NONE) {
      tags.add("low-income");
      tags.add("low-income:" + lowIncome.name());
    }
    if (disabilityCertificate != null && !disabilityCertificate.isBlank()) {
      tags.add("disability");
    }
    if (zeroEmploymentHousehold) {
      tags.add("zero-employment");
    }
    if (longTermUnemployed) {
      tags.add("long-term-unemployed");
    }
    return tags;
  }
}
