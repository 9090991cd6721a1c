package cn.linggong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.testsupport.TestIds;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

  private static final int ACKNOWLEDGED_BEFORE_KILL = 80;

  private JarNode app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  private String fileComplaint(String creditCode) throws Exception {
    return Filings.fileComplaint(app, creditCode, false);
  }

  private String openCase(int n) throws Exception {
    return Filings.openCase(app, n);
  }

  private JsonNode read(String user, String path) throws Exception {
    return Filings.read(app, user, path);
  }

  @Test
  void everyAcknowledgedFilingSurvivesAKillAndNoNumberIsGivenTwice() throws Exception {
    app = new JarNode("node", Files.createTempDirectory("linggong-crash-"));
    app.start("first.log", List.of());
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
    app.kill(); // SIGKILL, requests still in flight
    killed.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
    List<String> acknowledgedComplaints = new ArrayList<>(complaints);
    List<String> acknowledgedCases = new ArrayList<>(cases);

    app.start("second.log", List.of());
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
