package cn.linggong.shared.validation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Mainland resident identity numbers (GB 11643-1999): a 6-digit area code, an 8-digit birth date, a
 * 3-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check character.
 */
@Component
@RequiredArgsConstructor
public class ResidentIdNumbers implements DomainValidator {

  public static final String NAME = "resident-id";
  public static final int LENGTH = 18;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARACTERS = {
    '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'
  };

  /** Province-level codes of GB/T 2260 (first two digits of the area code). */
  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82", "83");

  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private final Clock clock;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Violation> checkGiven(String input) {
    return validate(input).violation();
  }

  /** Validates and, when valid, derives the birth date and sex. */
  public Result validate(String input) {
    String number = normalize(input);
    if (number.length() != LENGTH) {
      return Result.invalid(Violation.of("validation.residentId.length", number.length()));
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      if (!isAsciiDigit(number.charAt(i))) {
        return Result.invalid(Violation.of("validation.residentId.characters"));
      }
    }
    char last = number.charAt(LENGTH - 1);
    if (!isAsciiDigit(last) && last != 'X') {
      return Result.invalid(Violation.of("validation.residentId.characters"));
    }
    if (!PROVINCES.contains(number.substring(0, 2))) {
      return Result.invalid(Violation.of("validation.residentId.area", number.substring(0, 6)));
    }
    LocalDate birthDate;
    try {
      birthDate =
          LocalDate.of(
              Integer.parseInt(number.substring(6, 10)),
              Integer.parseInt(number.substring(10, 12)),
              Integer.parseInt(number.substring(12, 14)));
    } catch (DateTimeException e) {
      return Result.invalid(
          Violation.of("validation.residentId.birthDate", number.substring(6, 14)));
    }
    if (birthDate.isBefore(EARLIEST_BIRTH)) {
      return Result.invalid(
          Violation.of("validation.residentId.birthDate", number.substring(6, 14)));
    }
    if (birthDate.isAfter(LocalDate.now(clock))) {
      return Result.invalid(Violation.of("validation.residentId.birthInFuture", birthDate));
    }
    if (checkCharacter(number) != last) {
      return Result.invalid(Violation.of("validation.residentId.checkCharacter"));
    }
    int sequence = Integer.parseInt(number.substring(14, 17));
    Sex sex = sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    return new Result(new ResidentId(number, birthDate, sex), null);
  }

  /** The check character for the first 17 digits of {@code number}. */
  public static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS[sum % 11];
  }

  /** Trims, drops inner spaces and upper-cases a trailing x, as people type it. */
  public static String normalize(String input) {
    return input.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  public enum Sex {
    MALE,
    FEMALE
  }

  /**
   * What a number known to be valid (one stored after {@link #validate}) tells about its holder,
   * derived again instead of kept beside it.
   */
  public static ResidentId of(String validNumber) {
    LocalDate birthDate =
        LocalDate.of(
            Integer.parseInt(validNumber.substring(6, 10)),
            Integer.parseInt(validNumber.substring(10, 12)),
            Integer.parseInt(validNumber.substring(12, 14)));
    int sequence = Integer.parseInt(validNumber.substring(14, 17));
    return new ResidentId(validNumber, birthDate, sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE);
  }

  /** A valid number with what it tells about its holder. */
  public record ResidentId(String number, LocalDate birthDate, Sex sex) {

    /**
     * The number as lists and notices show it: area code and the last four kept, the eight digits
     * of the birth date hidden (shown beside the birth year at most, never the date).
     */
    public String masked() {
      return number.substring(0, 6) + "********" + number.substring(14);
    }
  }

  /** Either a valid {@link ResidentId} or the reason it is not one. */
  public record Result(ResidentId id, Violation error) {

    static Result invalid(Violation violation) {
      return new Result(null, violation);
    }

    public boolean valid() {
      return id != null;
    }

    public Optional<Violation> violation() {
      return Optional.ofNullable(error);
    }
  }
}
