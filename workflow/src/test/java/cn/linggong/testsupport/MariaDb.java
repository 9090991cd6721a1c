package cn.linggong.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptException;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The MariaDB (or MySQL) server tests run against, reached through MySQL Connector/J. Settings:
 * {@code LINGGONG_TEST_DB_HOST} (127.0.0.1), {@code LINGGONG_TEST_DB_PORT} (3306), {@code
 * LINGGONG_TEST_DB_USER} (linggong), {@code LINGGONG_TEST_DB_PASSWORD} (linggong); {@code .ci/run}
 * creates that user. Each test JVM starts from a freshly created database {@link #DATABASE}, on a
 * server that also holds another Camunda schema ({@link #OTHER_CAMUNDA_DATABASE}, as a province
 * hosting several cities has): the application must create and use its own tables all the same.
 */
public final class MariaDb implements ExecutionCondition {

  public static final String DATABASE = "linggong_it";

  /** Another city's engine on the same server: Camunda's tables, in a database of their own. */
  public static final String OTHER_CAMUNDA_DATABASE = "linggong_it_othercity";

  private static final String CAMUNDA_ENGINE_SCRIPT =
      "org/camunda/bpm/engine/db/create/activiti.mysql.create.engine.sql";

  private static final String PARAMETERS =
      "?characterEncoding=UTF-8&connectionTimeZone=%2B08:00&forceConnectionTimeZoneToSession=true"
          + "&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true";
  private static volatile boolean prepared;
  private static volatile String failure;

  public static String host() {
    return ExternalParts.setting("linggong.test.db.host", "LINGGONG_TEST_DB_HOST", "127.0.0.1");
  }

  public static String port() {
    return ExternalParts.setting("linggong.test.db.port", "LINGGONG_TEST_DB_PORT", "3306");
  }

  public static String user() {
    return ExternalParts.setting("linggong.test.db.user", "LINGGONG_TEST_DB_USER", "linggong");
  }

  public static String password() {
    return ExternalParts.setting(
        "linggong.test.db.password", "LINGGONG_TEST_DB_PASSWORD", "linggong");
  }

  public static String url() {
    return url(DATABASE);
  }

  /** The URL of another database on the test server. */
  public static String url(String database) {
    return "jdbc:mysql://" + host() + ":" + port() + "/" + database + PARAMETERS;
  }

  /**
   * Creates {@code database} afresh (dropping what an earlier run left) for a test whose nodes must
   * see nothing of other tests' data; returns its URL.
   */
  public static String freshDatabase(String database) {
    prepareOrFail();
    try (Connection c = DriverManager.getConnection(serverUrl(), user(), password());
        Statement s = c.createStatement()) {
      recreate(s, database);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create " + database + ": " + e.getMessage(), e);
    }
    return url(database);
  }

  private static String serverUrl() {
    return "jdbc:mysql://" + host() + ":" + port() + "/" + PARAMETERS;
  }

  private static void recreate(Statement s, String database) throws SQLException {
    s.execute("DROP DATABASE IF EXISTS " + database);
    s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
  }

  /**
   * Points a Spring test's data source at the test database (for {@code @DynamicPropertySource}).
   */
  public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", MariaDb::url);
    registry.add("spring.datasource.username", MariaDb::user);
    registry.add("spring.datasource.password", MariaDb::password);
    registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
  }

  /**
   * Creates the test database now, or fails saying why (for benchmarks outside JUnit conditions).
   */
  public static void prepareOrFail() {
    if (!prepare()) {
      throw new IllegalStateException(
          "MariaDB not reachable at " + host() + ":" + port() + ": " + failure);
    }
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (prepare()) {
      return ConditionEvaluationResult.enabled("MariaDB at " + host() + ":" + port());
    }
    String reason =
        "MariaDB not reachable at " + host() + ":" + port() + " as " + user() + ": " + failure;
    if (ExternalParts.required()) {
      throw new IllegalStateException(reason + " (required: linggong.requireExternal=true)");
    }
    return ConditionEvaluationResult.disabled(reason);
  }

  private static synchronized boolean prepare() {
    if (prepared) {
      return true;
    }
    if (failure != null) {
      return false;
    }
    try (Connection c = DriverManager.getConnection(serverUrl(), user(), password());
        Statement s = c.createStatement()) {
      recreate(s, DATABASE);
      recreate(s, OTHER_CAMUNDA_DATABASE);
      c.setCatalog(OTHER_CAMUNDA_DATABASE);
      ScriptUtils.executeSqlScript(c, new ClassPathResource(CAMUNDA_ENGINE_SCRIPT));
      prepared = true;
    } catch (SQLException | ScriptException e) {
      failure = e.getMessage();
    }
    return prepared;
  }
}
