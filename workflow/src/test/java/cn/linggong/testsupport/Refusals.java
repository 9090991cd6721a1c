package cn.linggong.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.shared.validation.InvalidInputException;
import java.util.function.Consumer;

/** Assertions on a refusal of bad input. */
public final class Refusals {

  private Refusals() {}

  /** The refusal of one field with this message, nothing else. */
  public static Consumer<Throwable> refusedWith(String messageKey) {
    return e ->
        assertThat(e)
            .isInstanceOfSatisfying(
                InvalidInputException.class,
                invalid ->
                    assertThat(invalid.violations())
                        .extracting(v -> v.violation().messageKey())
                        .containsExactly(messageKey));
  }
}
