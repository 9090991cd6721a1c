package cn.linggong.testsupport;

/**
 * Whether tests that need an outside part (MariaDB, Chromium) must run. CI sets the system property
 * {@code linggong.requireExternal=true}; then a missing part fails the test instead of skipping it.
 */
public final class ExternalParts {

  private ExternalParts() {}

  public static boolean required() {
    return Boolean.parseBoolean(System.getProperty("linggong.requireExternal", "false"))
        || Boolean.parseBoolean(System.getenv().getOrDefault("LINGGONG_REQUIRE_EXTERNAL", "false"));
  }

  static String setting(String property, String environment, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environment);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
