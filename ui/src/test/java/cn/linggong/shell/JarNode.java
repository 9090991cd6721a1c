package cn.linggong.shell;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code target/linggong.jar}) as a process of its own, started in a
 * working directory with command-line settings, spoken to over HTTP as a demo user (password {@code
 * demo}), and killed with SIGKILL as a power cut or the kernel's OOM killer would. Its log goes to
 * a file in the working directory; the ids of the jobs its job executor took (Camunda's debug lines
 * ENGINE-14022/14023, when {@code org.camunda.bpm.engine.jobexecutor} logs at debug) are collected.
 */
final class JarNode implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JAR = Path.of("target", "linggong.jar").toAbsolutePath();
  private static final Pattern JOBS = Pattern.compile("ENGINE-1402[23] .*");
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  final String name;
  final Path home;
  final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Set<String> jobsTaken = ConcurrentHashMap.newKeySet();
  private Process process;

  JarNode(String name, Path home) throws IOException {
    this.name = name;
    this.home = home;
    Files.createDirectories(home);
    try (ServerSocket socket = new ServerSocket(0)) {
      this.port = socket.getLocalPort();
    }
  }

  /** Starts the jar and waits for the line that says it runs; its log is {@code <log>}. */
  void start(String log, List<String> settings) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.add("--server.port=" + port);
    command.addAll(settings);
    process =
        new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
    Path logFile = home.resolve(log);
    CountDownLatch started = new CountDownLatch(1);
    Process running = process;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(running.getInputStream(), StandardCharsets.UTF_8));
                  var out = Files.newBufferedWriter(logFile)) {
                for (String line; (line = in.readLine()) != null; ) {
                  Matcher jobs = JOBS.matcher(line);
                  if (jobs.find()) {
                    Matcher id = ID.matcher(jobs.group());
                    while (id.find()) {
                      jobsTaken.add(id.group());
                    }
                  }
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
    assertThat(started.await(240, TimeUnit.SECONDS))
        .as("%s started (log in %s)", name, logFile)
        .isTrue();
  }

  /** SIGKILL: no shutdown hook, no graceful end of requests or jobs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s is gone", name).isTrue();
  }

  /** The jobs this node's job executor took so far (from its log). */
  Set<String> jobsTaken() {
    return Set.copyOf(jobsTaken);
  }

  HttpResponse<String> send(String user, String method, String path, Object body)
      throws IOException, InterruptedException {
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

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
