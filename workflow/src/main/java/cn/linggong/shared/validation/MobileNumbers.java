package cn.linggong.shared.validation;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Mainland mobile numbers: 11 digits starting 13–19. People type them with spaces, hyphens or a +86
 * prefix; {@link #normalize(String)} takes those away.
 */
@Component
public class MobileNumbers implements DomainValidator {

  public static final String NAME = "mobile";
  private static final int LENGTH = 11;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Violation> checkGiven(String input) {
    String number = normalize(input);
    if (!number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of(Violation.of("validation.mobile.characters"));
    }
    if (number.length() != LENGTH) {
      return Optional.of(Violation.of("validation.mobile.length", number.length()));
    }
    if (number.charAt(0) != '1' || number.charAt(1) < '3') {
      return Optional.of(Violation.of("validation.mobile.prefix", number.substring(0, 2)));
    }
    return Optional.empty();
  }

  public static String normalize(String input) {
    String number = input.replaceAll("[\\s-]+", "");
    if (number.startsWith("+86")) {
      number = number.substring(3);
    } else if (number.startsWith("0086")) {
      number = number.substring(4);
    }
    return number;
  }

  /** The number as lists show it: 138****5678. */
  public static String mask(String number) {
    String n = normalize(number);
    return n.length() == LENGTH ? n.substring(0, 3) + "****" + n.substring(7) : "****";
  }
}
