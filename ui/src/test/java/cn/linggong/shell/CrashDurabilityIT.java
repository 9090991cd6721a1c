package cn.linggong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.testsupport.TestIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 201 means it is on disk: the packaged application on its default H2 file database is killed
 * with SIGKILL while complaints are filed and assistance cases opened in parallel; after a restart
 * every acknowledged complaint and case is there with its process waiting at its first step, and no
 * number is given twice.
 */
class CrashDurabilityIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JAR = Path.of("target", "linggong.jar").toAbsolutePath();
  private static final int ACKNOWLEDGED_BEFORE_KILL = 80;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Path home;
  private int port;
  private Process app;

  @AfterEach
  void stop() throws IOException {
    if (app != null && app.isAlive()) {
      app.destroyForcibly();
    }
  }

  /** Starts the jar in {@code home} (its ./data there) and waits for the line that says it runs. */
  private void start(String log) throws Exception {
    app =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "--server.port=" + port)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .start();
    Path logFile = home.resolve(log);
    CountDownLatch started = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
                  var out = Files.newBufferedWriter(logFile)) {
                for (String line; (line = in.readLine()) != null; ) {
                  out.write(line);
                  out.newLine();
                  if (line.contains("Started LinggongApplication")) {
                    started.countDown();
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    reader.setDaemon(true);
    reader.start();
    assertThat(started.await(180, TimeUnit.SECONDS))
        .as("the application started (log in %s)", logFile)
        .isTrue();
  }

  private HttpResponse<String> send(String user, String method, String path, Object body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, Object> complaint(String creditCode) {
    return Map.of(
        "channel", "WALK_IN",
        "complainants",
            List.of(
                Map.of(
                    "name",
                    "雷振",
                    "idNumber",
                    TestIds.idNumber(LocalDate.of(1984, 4, 4), false),
                    "mobile",
                    TestIds.mobile(),
                    "amountOwed",
                    "2100.00")),
        "employer",
            Map.of(
                "kind", "ORGANIZATION",
                "name", "开封市测试装修有限公司",
                "creditCode", creditCode,
                "contactName", "吴经理",
                "contactPhone", "13700009999",
                "address", "鼓楼区中山路88号"),
        "project", "商铺装修",
        "construction", false,
        "workStart", "2026-05-06",
        "workEnd", "2026-06-06",
        "payAgreement", "DAILY",
        "request", "支付拖欠的工资");
  }

  /** Files a complaint; its number when the server said 201. */
  private String fileComplaint(String creditCode) throws Exception {
    HttpResponse<String> r = send("mediator1", "POST", "/api/complaints", complaint(creditCode));
    return r.statusCode() == 201 ? JSON.readTree(r.body()).get("complaintNo").asText() : null;
  }

  /** Registers a worker and opens a case; the case number when the server said 201. */
  private String openCase(int n) throws Exception {
    HttpResponse<String> worker =
        send(
            "caseworker1",
            "POST",
            "/api/workers",
            Map.of(
                "name", "岳梅" + n,
                "idNumber", TestIds.idNumber(LocalDate.of(1975, 3, 3), true),
                "mobile", TestIds.mobile()));
    if (worker.statusCode() != 201) {
      return null;
    }
    long id = JSON.readTree(worker.body()).get("id").asLong();
    HttpResponse<String> opened =
        send("caseworker1", "POST", "/api/assistance-cases", Map.of("workerId", id));
    return opened.statusCode() == 201 ? JSON.readTree(opened.body()).get("caseNo").asText() : null;
  }

  private JsonNode read(String user, String path) throws Exception {
    HttpResponse<String> r = send(user, "GET", path, null);
    assertThat(r.statusCode()).as("GET %s", path).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void everyAcknowledgedFilingSurvivesAKillAndNoNumberIsGivenTwice() throws Exception {
    home = Files.createTempDirectory("linggong-crash-");
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    start("first.log");
    String creditCode = TestIds.creditCode();
    assertThat(fileComplaint(creditCode)).as("the employer is registered first").isNotNull();

    ConcurrentLinkedQueue<String> complaints = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> cases = new ConcurrentLinkedQueue<>();
    CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    for (int t = 0; t < 8; t++) {
      boolean caseworker = t < 2;
      int thread = t;
      clients.submit(
          () -> {
            for (int n = 0; !killed.get(); n++) {
              try {
                String number =
                    caseworker ? openCase(thread * 1000 + n) : fileComplaint(creditCode);
                if (number != null) {
                  (caseworker ? cases : complaints).add(number); // acknowledged: must be kept
                  enough.countDown();
                }
              } catch (Exception e) {
                return; // the server is gone
              }
            }
          });
    }
    assertThat(enough.await(300, TimeUnit.SECONDS)).as("filings acknowledged").isTrue();
    app.destroyForcibly(); // SIGKILL, requests still in flight
    assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
    killed.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
    List<String> acknowledgedComplaints = new ArrayList<>(complaints);
    List<String> acknowledgedCases = new ArrayList<>(cases);

    start("second.log");
    for (String no : acknowledgedComplaints) {
      JsonNode view = read("mediator1", "/api/complaints/" + no);
      assertThat(view.get("openTasks").findValuesAsText("taskDefinitionKey"))
          .as("complaint %s waits for acceptance", no)
          .contains("user_task_accept");
    }
    for (String no : acknowledgedCases) {
      JsonNode view = read("caseworker1", "/api/assistance-cases/" + no);
      assertThat(view.get("openTasks").findValuesAsText("taskDefinitionKey"))
          .as("case %s waits for intake", no)
          .contains("user_task_intake");
    }
    Set<String> numbers = new HashSet<>(acknowledgedComplaints);
    assertThat(numbers).hasSameSizeAs(acknowledgedComplaints);
    String next = fileComplaint(creditCode);
    assertThat(next).isNotNull().isNotIn(numbers);
    String nextCase = openCase(999_999);
    assertThat(nextCase).isNotNull().isNotIn(acknowledgedCases);
  }
}
