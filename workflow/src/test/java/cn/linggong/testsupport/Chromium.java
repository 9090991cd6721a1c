package cn.linggong.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The operating system's Chromium and ChromeDriver (Debian's packages {@code chromium} and {@code
 * chromium-driver}); nothing is downloaded. Paths: {@code LINGGONG_CHROMIUM} (/usr/bin/chromium),
 * {@code LINGGONG_CHROMEDRIVER} (/usr/bin/chromedriver).
 */
public final class Chromium implements ExecutionCondition {

  public static Path browser() {
    return Path.of(
        ExternalParts.setting("linggong.chromium", "LINGGONG_CHROMIUM", "/usr/bin/chromium"));
  }

  public static Path driver() {
    return Path.of(
        ExternalParts.setting(
            "linggong.chromedriver", "LINGGONG_CHROMEDRIVER", "/usr/bin/chromedriver"));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(browser()) && Files.isExecutable(driver())) {
      return ConditionEvaluationResult.enabled("Chromium at " + browser());
    }
    String reason = "Chromium or ChromeDriver missing: " + browser() + ", " + driver();
    if (ExternalParts.required()) {
      throw new IllegalStateException(reason + " (required: linggong.requireExternal=true)");
    }
    return ConditionEvaluationResult.disabled(reason);
  }
}
