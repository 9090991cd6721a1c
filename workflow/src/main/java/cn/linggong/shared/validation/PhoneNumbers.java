package cn.linggong.shared.validation;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Telephone numbers a service place gives: a mobile (11 digits, 13–19), a fixed line with its area
 * code (0371-23456789: 10 to 12 digits starting 0), a 400/800 number (10 digits), or a public
 * service number (12333, 12345: five digits starting 1). Spaces, hyphens, brackets and a +86 prefix
 * are taken away. A mobile is a person's number: lists and public pages show it masked.
 */
@Component
public class PhoneNumbers implements DomainValidator {

  public static final String NAME = "phone";
  private static final Pattern FIXED_LINE = Pattern.compile("0\\d{9,11}");
  private static final Pattern SERVICE = Pattern.compile("(400|800)\\d{7}|1\\d{4}");
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Violation> checkGiven(String input) {
    String number = normalize(input);
    if (number.isEmpty() || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of(Violation.of("validation.phone.characters"));
    }
    if (MOBILE.matcher(number).matches()
        || FIXED_LINE.matcher(number).matches()
        || SERVICE.matcher(number).matches()) {
      return Optional.empty();
    }
    return Optional.of(Violation.of("validation.phone.form"));
  }

  /** Digits only, without +86 or 0086. */
  public static String normalize(String input) {
    String number = input.replaceAll("[\\s\\-()（）]+", "");
    if (number.startsWith("+86")) {
      number = number.substring(3);
    } else if (number.startsWith("0086")) {
      number = number.substring(4);
    }
    return number;
  }

  /** Whether the (normalised) number is a mobile, which is a person's. */
  public static boolean isMobile(String number) {
    return number != null && MOBILE.matcher(normalize(number)).matches();
  }

  /**
   * A mobile masked (138****5678); another number as it is: it is a place's, meant to be called.
   */
  public static String shown(String number) {
    if (number == null) {
      return null;
    }
    return isMobile(number) ? MobileNumbers.mask(number) : normalize(number);
  }
}
