package cn.linggong.shared.validation;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Amounts of money in yuan: a plain decimal with at most two decimals, not negative and not above
 * the configured upper bound ({@code linggong.validation.money-max}). People may type thousands
 * separators and a ¥ sign.
 */
@Component
public class MoneyAmounts implements DomainValidator {

  public static final String NAME = "money";
  private static final int SCALE = 2;

  private final BigDecimal max;

  public MoneyAmounts(ValidationProperties properties) {
    this.max = properties.moneyMax();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Violation> checkGiven(String input) {
    return parse(input).violation();
  }

  /** Parses and checks an amount; a valid result carries it with scale 2. */
  public Result parse(String input) {
    String text = input.replaceAll("[\\s,，¥￥]", "");
    if (!text.matches("-?\\d+(\\.\\d+)?")) {
      return Result.invalid(Violation.of("validation.money.format"));
    }
    BigDecimal amount = new BigDecimal(text);
    return check(amount);
  }

  /** Checks an amount that arrived as a number (REST, imports). */
  public Result check(BigDecimal amount) {
    if (amount.signum() < 0) {
      return Result.invalid(Violation.of("validation.money.negative"));
    }
    if (amount.stripTrailingZeros().scale() > SCALE) {
      return Result.invalid(Violation.of("validation.money.scale"));
    }
    if (amount.compareTo(max) > 0) {
      return Result.invalid(Violation.of("validation.money.tooLarge", max.toPlainString()));
    }
    return new Result(amount.setScale(SCALE), null);
  }

  public record Result(BigDecimal amount, Violation error) {

    static Result invalid(Violation violation) {
      return new Result(null, violation);
    }

    public boolean valid() {
      return amount != null;
    }

    public Optional<Violation> violation() {
      return Optional.ofNullable(error);
    }
  }
}
