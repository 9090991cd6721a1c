package cn.linggong.shared.validation;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Unified social credit codes (GB 32100-2015): 18 characters from a 31-character set, the last a
 * weighted mod-31 check character. A failed check is reported apart from other errors ({@code
 * validation.creditCode.checkCharacter}) because a few early pilot codes fail it yet are genuine:
 * the employer registry lets an admin approve such a code, on the record.
 */
@Component
public class CreditCodes implements DomainValidator {

  public static final String NAME = "credit-code";
  public static final String CHECK_CHARACTER_KEY = "validation.creditCode.checkCharacter";
  private static final int LENGTH = 18;
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Violation> checkGiven(String input) {
    String code = normalize(input);
    if (code.length() != LENGTH) {
      return Optional.of(Violation.of("validation.creditCode.length", code.length()));
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Optional.of(
            Violation.of("validation.creditCode.character", i + 1, String.valueOf(code.charAt(i))));
      }
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return Optional.of(Violation.of("validation.creditCode.area"));
      }
    }
    if (checkCharacter(code) != code.charAt(LENGTH - 1)) {
      return Optional.of(Violation.of(CHECK_CHARACTER_KEY));
    }
    return Optional.empty();
  }

  /** The check character for the first 17 characters of {@code code}. */
  public static char checkCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  public static String normalize(String input) {
    return input.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }
}
