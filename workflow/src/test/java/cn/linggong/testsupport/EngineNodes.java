package cn.linggong.testsupport;

import cn.linggong.WorkflowTestApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Nodes of a cluster inside one JVM: each a Spring context of the workflow module with its own
 * process engine, job executor (on) and scheduled work (outbox sender, calendar refresh), on a
 * MariaDB database the nodes share and nothing else (the engine's clock is shared, as nodes share
 * the time of day). The engine's job log names the node that did each job ({@code HOSTNAME_}).
 */
public final class EngineNodes {

  private EngineNodes() {}

  /**
   * The application's scheduled work, which the real application enables and the workflow module's
   * tests leave off.
   */
  @TestConfiguration(proxyBeanMethods = false)
  @EnableScheduling
  static class Scheduling {}

  /**
   * Two nodes, {@code node-a} and {@code node-b}, on a fresh database of their own; {@link #jdbc}
   * reads it. Closing stops both and gives the engine's clock back.
   */
  public record Pair(
      ConfigurableApplicationContext a, ConfigurableApplicationContext b, JdbcTemplate jdbc)
      implements AutoCloseable {

    /** The nodes start one after the other, as a rolling start does: the first makes the schema. */
    public static Pair start(String database, Map<String, String> extra) {
      String url = MariaDb.freshDatabase(database);
      ConfigurableApplicationContext a = EngineNodes.start("node-a", url, extra);
      ConfigurableApplicationContext b = EngineNodes.start("node-b", url, extra);
      return new Pair(a, b, new JdbcTemplate(a.getBean(DataSource.class)));
    }

    @Override
    public void close() {
      ClockUtil.reset();
      b.close();
      a.close();
    }
  }

  /** Starts a node named {@code name} (letters and digits, hyphens allowed) on {@code url}. */
  public static ConfigurableApplicationContext start(
      String name, String url, Map<String, String> extra) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spring.datasource.url", url);
    settings.put("spring.datasource.username", MariaDb.user());
    settings.put("spring.datasource.password", MariaDb.password());
    settings.put("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
    settings.put("server.port", "0");
    settings.put("spring.main.banner-mode", "off");
    // the engine's name may hold no hyphen; the host name goes into the job log
    settings.put("camunda.bpm.process-engine-name", name.replace("-", ""));
    settings.put("camunda.bpm.generic-properties.properties.hostname", name);
    settings.put("camunda.bpm.job-execution.enabled", "true");
    settings.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
    settings.put("camunda.bpm.job-execution.max-wait", "1000");
    settings.putAll(extra);
    // as command-line arguments: above the tests' own configuration (an in-memory H2, no jobs)
    return new SpringApplicationBuilder(WorkflowTestApplication.class, Scheduling.class)
        .profiles("mysql")
        .run(
            settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new));
  }
}
