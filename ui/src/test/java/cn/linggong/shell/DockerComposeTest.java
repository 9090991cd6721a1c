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

/** docker-compose.yml cannot run here (no Docker engine), so its content is checked instead. */
class DockerComposeTest {

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

  @Test
  void startsMySql84MailpitAndTheApp() throws IOException {
    assertThat(((Map<String, Object>) compose().get("services")).keySet())
        .containsExactlyInAnyOrder("mysql", "mailpit", "app");
    assertThat(service("mysql").get("image")).isEqualTo("mysql:8.4");
    assertThat(String.valueOf(service("mailpit").get("image"))).startsWith("axllent/mailpit");
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
  void appRunsTheMysqlProfileWithTheJdbcSettingsCamundaNeeds() throws IOException {
    Map<String, Object> app = service("app");
    Map<String, String> env = (Map<String, String>) app.get("environment");
    assertThat(env.get("SPRING_PROFILES_ACTIVE")).contains("mysql");
    assertThat(env.get("LINGGONG_DB_URL"))
        .startsWith("jdbc:mysql://mysql:3306/linggong")
        .contains("sendFractionalSeconds=false", "characterEncoding=UTF-8", "connectionTimeZone=");
    assertThat(env).containsKeys("LINGGONG_DB_USER", "LINGGONG_DB_PASSWORD", "SPRING_MAIL_HOST");
    Map<String, Object> mysql = service("mysql");
    Map<String, String> mysqlEnv = (Map<String, String>) mysql.get("environment");
    assertThat(mysqlEnv.get("MYSQL_USER")).isEqualTo(env.get("LINGGONG_DB_USER"));
    assertThat(mysqlEnv.get("MYSQL_PASSWORD")).isEqualTo(env.get("LINGGONG_DB_PASSWORD"));
    assertThat((Map<String, Object>) app.get("depends_on")).containsKeys("mysql", "mailpit");
  }
}
