package cn.linggong.assistance;

import cn.linggong.shared.validation.ResidentIdNumbers;
import cn.linggong.shared.validation.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The public-welfare post term rule and the statutory retirement date it depends on, from
 * configuration ({@link AssistanceProperties.Placement}).
 */
@Component
public class PlacementTerms {

  private final AssistanceProperties.Placement rules;

  PlacementTerms(AssistanceProperties properties) {
    this.rules = properties.placement();
  }

  /** The day the person reaches statutory retirement age. */
  public LocalDate retirementDate(LocalDate birthDate, ResidentIdNumbers.Sex sex) {
    AssistanceProperties.Retirement r =
        sex == ResidentIdNumbers.Sex.FEMALE ? rules.women() : rules.men();
    YearMonth born = YearMonth.from(birthDate);
    YearMonth from = YearMonth.parse(r.reformFrom());
    long delay = 0;
    if (!born.isBefore(from)) {
      delay =
          Math.min(r.maxDelayMonths(), ChronoUnit.MONTHS.between(from, born) / r.stepMonths() + 1);
    }
    return birthDate.plusYears(r.baseAge()).plusMonths(delay);
  }

  /** The last day of a term of {@code months} starting on {@code start}. */
  public static LocalDate termEnd(LocalDate start, int months) {
    return start.plusMonths(months).minusDays(1);
  }

  /** Whether the person is within the retirement window on the start date. */
  public boolean nearRetirement(LocalDate birthDate, ResidentIdNumbers.Sex sex, LocalDate start) {
    LocalDate retirement = retirementDate(birthDate, sex);
    return !start.isBefore(retirement.minusYears(rules.retirementWindowYears()));
  }

  /** Why the term is not allowed, if it is not. */
  public Optional<Violation> check(
      LocalDate birthDate, ResidentIdNumbers.Sex sex, LocalDate start, int months) {
    if (months < 1) {
      return Optional.of(Violation.of("assistance.placement.termMin"));
    }
    LocalDate retirement = retirementDate(birthDate, sex);
    if (!start.isBefore(retirement)) {
      return Optional.of(Violation.of("assistance.placement.retired", retirement.toString()));
    }
    LocalDate end = termEnd(start, months);
    if (nearRetirement(birthDate, sex, start)) {
      if (end.isAfter(retirement)) {
        return Optional.of(
            Violation.of("assistance.placement.beyondRetirement", retirement.toString()));
      }
      return Optional.empty();
    }
    if (months > rules.maxTermMonths()) {
      return Optional.of(
          Violation.of(
              "assistance.placement.termTooLong",
              rules.maxTermMonths(),
              rules.retirementWindowYears()));
    }
    return Optional.empty();
  }
}
