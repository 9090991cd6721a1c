package cn.linggong.benchmark;

import cn.linggong.identity.AccessTokens;
import cn.linggong.testsupport.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Benchmark, not a test (its name matches neither *Test nor *IT, so the build never runs it): the
 * throughput of an authenticated no-op ({@code GET /api/me}) against {@code /actuator/health} in
 * the same run, with the production password hashing (310,000 PBKDF2 rounds). Run:
 *
 * <pre>
 * ./mvnw -q -DskipTests install
 * ./mvnw -pl ui test -Dtest=ApiThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dlinggong.benchmark.clients=8] [-Dlinggong.benchmark.seconds=10]
 * </pre>
 *
 * Each figure is requests per second over the given seconds, after as long a warm-up, from that
 * many parallel clients on keep-alive connections over real HTTP to the embedded server.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "linggong.security.password-hash-iterations=310000")
class ApiThroughputBenchmark {

  @LocalServerPort int port;
  @Autowired AccessTokens tokens;

  @Test
  void authenticatedCallsAgainstTheHealthCheck() throws Exception {
    int clients = Integer.getInteger("linggong.benchmark.clients", 8);
    int seconds = Integer.getInteger("linggong.benchmark.seconds", 10);
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("caseworker1:demo".getBytes(StandardCharsets.UTF_8));
    String token =
        "Bearer " + tokens.create(TestUsers.admin(), "caseworker1", "benchmark", 1, false).token();
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "%d clients, %d s each, password hashing 310,000 rounds, %d cores",
            clients, seconds, Runtime.getRuntime().availableProcessors()));
    double health = rate("/actuator/health", null, clients, seconds);
    double basicRate = rate("/api/me", basic, clients, seconds);
    double tokenRate = rate("/api/me", token, clients, seconds);
    lines.add(String.format("GET /actuator/health            %8.0f req/s", health));
    lines.add(
        String.format(
            "GET /api/me, HTTP Basic          %8.0f req/s  (%.2f of health)",
            basicRate, basicRate / health));
    lines.add(
        String.format(
            "GET /api/me, access token        %8.0f req/s  (%.2f of health)",
            tokenRate, tokenRate / health));
    System.out.println(String.join(System.lineSeparator(), lines));
  }

  private double rate(String path, String authorization, int clients, int seconds)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    HttpRequest request = builder.GET().build();
    run(http, request, clients, seconds); // warm-up
    return run(http, request, clients, seconds) / (double) seconds;
  }

  private static long run(HttpClient http, HttpRequest request, int clients, int seconds)
      throws Exception {
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      running.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  HttpResponse<byte[]> answer =
                      http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                  if (answer.statusCode() != 200) {
                    throw new IllegalStateException(
                        request.uri() + " answered " + answer.statusCode());
                  }
                  done.incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    return done.get();
  }
}
