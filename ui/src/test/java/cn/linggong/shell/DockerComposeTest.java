package cn.linggong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so its content is checked instead ({@code
 * .ci/run} also has Debian's docker-compose validate it).
 */
class DockerComposeTest {

  private static final List<String> NODES = List.of("app1", "app2");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> compose() throws IOException {
    try (Reader reader = Files.newBufferedReader(Path.of("..", "docker-compose.yml"))) {
      return new Yaml().load(reader);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) throws IOException {
    return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> environment(String name) throws IOException {
    return (Map<String, String>) service(name).get("environment");
  }

  @Test
  void startsMySql84MailpitTwoAppNodesAndTheProxy() throws IOException {
    assertThat(((Map<String, Object>) compose().get("services")).keySet())
        .containsExactlyInAnyOrder("mysql", "mailpit", "app1", "app2", "proxy");
    assertThat(service("mysql").get("image")).isEqualTo("mysql:8.4");
    assertThat(String.valueOf(service("mailpit").get("image"))).startsWith("axllent/mailpit");
    for (String node : NODES) {
      assertThat(service(node).get("build")).isEqualTo(".");
      assertThat(service(node)).doesNotContainKey("ports");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void mysqlUsesUtf8mb4AndReadCommittedAsCamundaNeeds() throws IOException {
    List<String> command = (List<String>) service("mysql").get("command");
    assertThat(command)
        .contains("--character-set-server=utf8mb4", "--transaction-isolation=READ-COMMITTED");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyNodeRunsTheProdProfileOnMysqlWithTheJdbcSettingsCamundaNeeds() throws IOException {
    for (String node : NODES) {
      Map<String, String> env = environment(node);
      assertThat(List.of(env.get("SPRING_PROFILES_ACTIVE").split(",")))
          .containsExactlyInAnyOrder("mysql", "prod");
      assertThat(env.get("LINGGONG_DB_URL"))
          .startsWith("jdbc:mysql://mysql:3306/linggong")
          .contains(
              "sendFractionalSeconds=false",
              "characterEncoding=UTF-8",
              "connectionTimeZone=",
              "nullDatabaseMeansCurrent=true");
      assertThat(env).containsKeys("LINGGONG_DB_USER", "LINGGONG_DB_PASSWORD", "SPRING_MAIL_HOST");
      assertThat(env.get("LINGGONG_DB_USER")).isEqualTo(environment("mysql").get("MYSQL_USER"));
      assertThat(env.get("LINGGONG_DB_PASSWORD"))
          .isEqualTo(environment("mysql").get("MYSQL_PASSWORD"));
      assertThat((Map<String, Object>) service(node).get("depends_on"))
          .containsKeys("mysql", "mailpit");
      // Camunda's job executor stays on (the default): both nodes take jobs from the database
      assertThat(env.keySet()).noneMatch(k -> k.contains("JOB_EXECUTION"));
    }
  }

  @Test
  void secretsAndDataKeysComeFromTheEnvironmentAndAreNeverGenerated() throws IOException {
    String text = Files.readString(Path.of("..", "docker-compose.yml"));
    assertThat(text).doesNotContain("change-me").doesNotContain("linggong-keys.properties");
    for (String node : NODES) {
      Map<String, String> env = environment(node);
      for (String secret :
          List.of(
              "LINGGONG_ENCRYPTION_KEY",
              "LINGGONG_LOOKUP_KEY",
              "LINGGONG_ADMIN_PASSWORD",
              "LINGGONG_DB_PASSWORD")) {
        // ${NAME:?…}: the compose file refuses to start without it; nothing is written in
        assertThat(env.get(secret)).startsWith("${" + secret + ":?");
      }
      assertThat(service(node)).doesNotContainKey("volumes");
    }
    assertThat(environment("mysql").get("MYSQL_ROOT_PASSWORD"))
        .startsWith("${MYSQL_ROOT_PASSWORD:?");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theProxyBalancesBothNodesWithStickySessions() throws IOException {
    Map<String, Object> proxy = service("proxy");
    assertThat(String.valueOf(proxy.get("image"))).startsWith("haproxy:");
    assertThat((List<String>) proxy.get("ports")).containsExactly("8080:8080");
    assertThat((List<String>) proxy.get("depends_on")).containsExactlyInAnyOrderElementsOf(NODES);
    List<String> volumes = (List<String>) proxy.get("volumes");
    assertThat(volumes).anyMatch(v -> v.startsWith("./deploy/haproxy.cfg:"));
    String config = Files.readString(Path.of("..", "deploy", "haproxy.cfg"));
    assertThat(config).contains("cookie LINGGONG_NODE insert");
    for (String node : NODES) {
      assertThat(config)
          .containsPattern("server " + node + " " + node + ":8080 check cookie " + node);
    }
  }
}
