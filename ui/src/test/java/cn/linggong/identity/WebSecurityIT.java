package cn.linggong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running application over real HTTP: the engine's REST API and webapps are for admins only,
 * health is open, metrics are not, and a screen session signs an admin into Cockpit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSecurityIT {

  private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

  @LocalServerPort int port;

  private final HttpClient plain =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> get(HttpClient client, String path, String user) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (user != null) {
      String token =
          Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + token);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpClient browserLikeClient() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Posts the login form as a browser would, with the CSRF token of the login page. */
  private HttpResponse<String> postLogin(HttpClient client, String user, String password)
      throws Exception {
    Matcher csrf = CSRF.matcher(get(client, "/login", null).body());
    assertThat(csrf.find()).as("login page carries a CSRF token").isTrue();
    String form =
        "username="
            + user
            + "&password="
            + password
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in through the login form; returns a client holding the session. */
  private HttpClient signedInClient(String user) throws Exception {
    HttpClient client = browserLikeClient();
    HttpResponse<String> posted = postLogin(client, user, "demo");
    assertThat(posted.statusCode()).isEqualTo(302);
    assertThat(posted.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return client;
  }

  @Test
  void engineRestApiIsForAdminsOnly() throws Exception {
    HttpResponse<String> anonymous = get(plain, "/engine-rest/engine", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");

    HttpResponse<String> caseworker = get(plain, "/engine-rest/engine", "caseworker1");
    assertThat(caseworker.statusCode()).isEqualTo(403);
    assertThat(caseworker.body()).contains("您的角色无权进行此操作");

    HttpResponse<String> admin = get(plain, "/engine-rest/engine", "admin");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains("default");
  }

  @Test
  void healthIsOpenAndMetricsAreForAdmins() throws Exception {
    HttpResponse<String> health = get(plain, "/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    // (tests switch metrics export off, so the Prometheus endpoint is checked by hand; see README)
    assertThat(get(plain, "/actuator/metrics", null).statusCode()).isEqualTo(401);
    assertThat(get(plain, "/actuator/metrics", "supervisor1").statusCode()).isEqualTo(403);
    HttpResponse<String> metrics = get(plain, "/actuator/metrics", "admin");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm.memory.used");
  }

  @Test
  void screensSendAnonymousVisitorsToTheLoginView() throws Exception {
    HttpResponse<String> home = get(plain, "/", null);
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/login");
    HttpResponse<String> cockpit = get(plain, "/camunda/app/cockpit/default/", null);
    assertThat(cockpit.statusCode()).isEqualTo(302);
    assertThat(cockpit.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void cockpitIsRefusedToACaseworkerAndOpenToAnAdminWithoutASecondLogin() throws Exception {
    HttpClient caseworker = signedInClient("caseworker1");
    assertThat(get(caseworker, "/camunda/app/cockpit/default/", null).statusCode()).isEqualTo(403);

    HttpClient admin = signedInClient("admin");
    HttpResponse<String> cockpit = get(admin, "/camunda/app/cockpit/default/", null);
    assertThat(cockpit.statusCode()).as("%s", cockpit.headers().map()).isEqualTo(200);
    HttpResponse<String> whoAmI = get(admin, "/camunda/api/admin/auth/user/default", null);
    assertThat(whoAmI.statusCode()).isEqualTo(200);
    assertThat(whoAmI.body()).contains("\"userId\":\"admin\"");
  }

  @Test
  void theEngineWebappsKeepTheirOwnPolicyAndTheScreensGetOurs() throws Exception {
    HttpClient admin = signedInClient("admin");
    HttpResponse<String> cockpit = get(admin, "/camunda/app/cockpit/default/", null);
    assertThat(cockpit.headers().allValues("Content-Security-Policy"))
        .as("only the engine's own policy, with its nonce")
        .hasSize(1)
        .allMatch(policy -> policy.contains("nonce-"));
    HttpResponse<String> login = get(plain, "/login", null);
    assertThat(login.headers().firstValue("Content-Security-Policy"))
        .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
    assertThat(login.headers().firstValue("Referrer-Policy"))
        .hasValue("strict-origin-when-cross-origin");
    assertThat(login.headers().allValues("Set-Cookie"))
        .anyMatch(
            c ->
                c.startsWith("JSESSIONID=")
                    && c.contains("HttpOnly")
                    && c.contains("SameSite=Lax"));
  }

  @Test
  void anUnknownApiPathIsANotFoundProblemNotTheScreensPage() throws Exception {
    HttpResponse<String> answer = get(plain, "/api/no-such-thing", "caseworker1");
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(answer.body()).contains("/api/no-such-thing").doesNotContain("<html");
    assertThat(get(plain, "/api/swagger-ui/index.html", null).statusCode())
        .as("the API viewer keeps its path")
        .isEqualTo(200);
  }

  @Test
  void wrongPasswordOnTheLoginFormReturnsToTheLoginViewWithAnError() throws Exception {
    HttpResponse<String> posted = postLogin(browserLikeClient(), "finance1", "wrong");
    assertThat(posted.statusCode()).isEqualTo(302);
    assertThat(posted.headers().firstValue("Location").orElse("")).endsWith("/login?error");
  }
}
