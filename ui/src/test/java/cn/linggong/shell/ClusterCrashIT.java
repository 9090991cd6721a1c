package cn.linggong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.testsupport.EnabledWithMariaDb;
import cn.linggong.testsupport.MariaDb;
import cn.linggong.testsupport.TestIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two packaged nodes on one MariaDB database and a real SMTP server (GreenMail), as a city runs
 * them. Eight clients file complaints (of a construction project: each tells the district's
 * supervisors by mail) and open assistance cases and do their intake (each makes the case record by
 * a letter job) on node A, which is killed with SIGKILL while requests and letter jobs are in
 * flight. Node B takes the jobs node A held once their lock expires and does each once; node A
 * comes back. Then every request answered 2xx exists with its process, no row is without its
 * process nor a process without its row, no number is given twice, every letter is made once, and
 * every mail is sent, once (a mail node A had handed to the SMTP server but not yet marked is
 * resent with the same Message-ID, which the figure reports).
 */
@EnabledWithMariaDb
class ClusterCrashIT {

  private static final String DATABASE = "linggong_it_cluster";
  private static final Duration LOCK_TIME = Duration.ofSeconds(20);
  private static final int CLIENTS = 8;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 160;
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private final ConcurrentLinkedQueue<String> complaints = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> cases = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> intakes = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> acceptances = new ConcurrentLinkedQueue<>();
  private final AtomicInteger answered = new AtomicInteger();
  private final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
  private JdbcTemplate jdbc;

  private static List<String> settings(String node, String url) {
    return List.of(
        "--spring.profiles.active=mysql",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + MariaDb.user(),
        "--spring.datasource.password=" + MariaDb.password(),
        "--linggong.demo-data.cases=0",
        // both nodes read what the other encrypted: the keys come from outside, as in production
        "--linggong.privacy.encryption-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        "--linggong.privacy.lookup-key=ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
        "--linggong.security.password-hash-iterations=1000",
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--linggong.notification.poll-interval=PT1S",
        "--linggong.notification.claim-timeout=PT15S",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000",
        "--camunda.bpm.generic-properties.properties.hostname=" + node,
        "--logging.level.org.camunda.bpm.engine.jobexecutor=debug");
  }

  @Test
  void aKilledNodesFilingsJobsAndMailAreKeptAndDoneOnceByTheOther() throws Exception {
    String url = MariaDb.freshDatabase(DATABASE);
    jdbc = new JdbcTemplate(new DriverManagerDataSource(url, MariaDb.user(), MariaDb.password()));
    Path root = Files.createTempDirectory("linggong-cluster-");
    try (JarNode a = new JarNode("node-a", root.resolve("a"));
        JarNode b = new JarNode("node-b", root.resolve("b"))) {
      a.start("node-a.log", settings("node-a", url));
      b.start("node-b.log", settings("node-b", url));
      String creditCode = TestIds.creditCode();
      assertThat(Filings.fileComplaint(a, creditCode, true))
          .as("the employer is registered first")
          .isNotNull();

      // node A is killed while it holds a letter job; should every job it held have been done in
      // the instant before the kill (a race of milliseconds), it comes back and is killed again
      Map<String, LocalDateTime> inFlight = new java.util.HashMap<>();
      int mailsHeldByA = 0;
      Instant killedAt = null;
      int kills = 0;
      for (int attempt = 1; inFlight.isEmpty(); attempt++) {
        assertThat(attempt).as("kills of node A while it held a job").isLessThanOrEqualTo(3);
        if (attempt > 1) {
          a.start("node-a-" + attempt + ".log", settings("node-a", url));
        }
        loadAndKill(a, creditCode, attempt == 1 ? ACKNOWLEDGED_BEFORE_KILL : 0);
        kills++;
        killedAt = Instant.now();
        // what node A held at its death: jobs it took that are still locked, mails being sent
        Set<String> taken = a.jobsTaken();
        for (Map<String, Object> job :
            jdbc.queryForList(
                "SELECT ID_, LOCK_EXP_TIME_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL")) {
          if (taken.contains((String) job.get("ID_"))) {
            inFlight.put((String) job.get("ID_"), (LocalDateTime) job.get("LOCK_EXP_TIME_"));
          }
        }
        mailsHeldByA += count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENDING'");
      }
      Instant killedLast = killedAt;

      eventually(
          "node B has done node A's jobs",
          () ->
              jdbc.queryForList("SELECT ID_ FROM ACT_RU_JOB", String.class).stream()
                  .noneMatch(inFlight::containsKey));
      long takenOverAfter = Duration.between(killedLast, Instant.now()).toMillis();
      for (var job : inFlight.entrySet()) {
        List<Map<String, Object>> successes =
            jdbc.queryForList(
                "SELECT HOSTNAME_, TIMESTAMP_ FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ?"
                    + " AND JOB_STATE_ = 2",
                job.getKey());
        assertThat(successes).as("job %s done once", job.getKey()).hasSize(1);
        assertThat(successes.get(0).get("HOSTNAME_")).isEqualTo("node-b");
        assertThat((LocalDateTime) successes.get(0).get("TIMESTAMP_"))
            .as("job %s taken only after node A's lock expired", job.getKey())
            .isAfterOrEqualTo(job.getValue());
      }

      a.start("node-a-again.log", settings("node-a", url));
      eventually(
          "every letter is made and every mail sent",
          () ->
              count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = 'linggong-letter'") == 0
                  && count("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'") == 0);

      // every acknowledged request is there, on either node, with its process at the right step
      List<String> acknowledgedComplaints = new ArrayList<>(complaints);
      Set<String> accepted = new HashSet<>(acceptances);
      int i = 0;
      for (String no : acknowledgedComplaints) {
        JsonNode view = Filings.read(i++ % 2 == 0 ? a : b, "mediator1", "/api/complaints/" + no);
        if (accepted.contains(no)) {
          assertThat(view.get("openTasks").findValuesAsText("taskDefinitionKey"))
              .as("complaint %s is past its acceptance", no)
              .doesNotContain("user_task_accept");
          assertThat(
                  count(
                      "SELECT COUNT(*) FROM complaint WHERE complaint_no = ? AND priority = 'HIGH'",
                      no))
              .as("complaint %s of a construction project is urgent", no)
              .isEqualTo(1);
        } else {
          assertThat(view.get("openTasks").findValuesAsText("taskDefinitionKey"))
              .as("complaint %s waits for acceptance", no)
              .contains("user_task_accept");
        }
      }
      Set<String> intakesDone = new HashSet<>(intakes);
      for (String no : cases) {
        JsonNode view =
            Filings.read(i++ % 2 == 0 ? a : b, "caseworker1", "/api/assistance-cases/" + no);
        if (intakesDone.contains(no)) {
          assertThat(view.at("/assistanceCase/outcome").asText())
              .as("case %s closed at its intake", no)
              .isEqualTo("NOT_HARDSHIP");
          assertThat(
                  count(
                      "SELECT COUNT(*) FROM case_document WHERE case_no = ? AND status = 'READY'",
                      no))
              .as("the record of case %s, made once", no)
              .isEqualTo(1);
        } else {
          assertThat(view.get("openTasks").findValuesAsText("taskDefinitionKey"))
              .as("case %s waits for intake", no)
              .contains("user_task_intake");
        }
      }

      // no row without its process, no process without its row, no number twice, no letter twice
      assertThat(
              count(
                  "SELECT COUNT(*) FROM complaint c WHERE NOT EXISTS (SELECT 1 FROM"
                      + " ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = c.complaint_no"
                      + " AND p.PROC_DEF_KEY_ = 'wage_complaint')"))
          .isZero();
      assertThat(
              count(
                  "SELECT COUNT(*) FROM ACT_HI_PROCINST p WHERE p.PROC_DEF_KEY_ = 'wage_complaint'"
                      + " AND NOT EXISTS (SELECT 1 FROM complaint c"
                      + " WHERE c.complaint_no = p.BUSINESS_KEY_)"))
          .isZero();
      assertThat(
              count(
                  "SELECT COUNT(*) FROM assistance_case c WHERE NOT EXISTS (SELECT 1 FROM"
                      + " ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = c.case_no"
                      + " AND p.PROC_DEF_KEY_ = 'hardship_assistance')"))
          .isZero();
      assertThat(
              count(
                  "SELECT COUNT(*) FROM ACT_HI_PROCINST p"
                      + " WHERE p.PROC_DEF_KEY_ = 'hardship_assistance' AND NOT EXISTS"
                      + " (SELECT 1 FROM assistance_case c WHERE c.case_no = p.BUSINESS_KEY_)"))
          .isZero();
      assertThat(
              jdbc.queryForList(
                  "SELECT complaint_no FROM complaint GROUP BY complaint_no HAVING COUNT(*) > 1"
                      + " UNION ALL SELECT case_no FROM assistance_case GROUP BY case_no"
                      + " HAVING COUNT(*) > 1"
                      + " UNION ALL SELECT case_no FROM case_document GROUP BY case_no, kind"
                      + " HAVING COUNT(*) > 1",
                  String.class))
          .as("numbers given twice, letters made twice")
          .isEmpty();
      assertThat(count("SELECT COUNT(*) FROM case_document WHERE status <> 'READY'")).isZero();
      assertThat(count("SELECT COUNT(*) FROM ACT_RU_INCIDENT")).isZero();

      // mail: the supervisors told of every urgent complaint, none lost, none for nothing
      assertThat(
              count(
                  "SELECT COUNT(*) FROM complaint c WHERE c.priority = 'HIGH' AND NOT EXISTS"
                      + " (SELECT 1 FROM mail_outbox m WHERE m.kind = 'complaint-priority'"
                      + " AND m.reference = c.complaint_no)"))
          .as("complaints whose supervisors were not told")
          .isZero();
      assertThat(
              count(
                  "SELECT COUNT(*) FROM mail_outbox m WHERE m.kind = 'complaint-priority'"
                      + " AND NOT EXISTS (SELECT 1 FROM complaint c"
                      + " WHERE c.complaint_no = m.reference AND c.priority = 'HIGH')"))
          .isZero();
      assertThat(accepted).as("complaints accepted (refused: %s)", refusals).isNotEmpty();
      assertThat(intakesDone).as("intakes done (refused: %s)", refusals).isNotEmpty();
      int mails = count("SELECT COUNT(*) FROM mail_outbox");
      assertThat(mails).isPositive();
      MimeMessage[] received = smtp.getReceivedMessages();
      long distinct = Arrays.stream(received).map(ClusterCrashIT::messageId).distinct().count();
      assertThat(distinct).as("distinct mails received").isEqualTo(mails);
      int resent = received.length - mails;
      assertThat(resent).as("mails sent again").isBetween(0, mailsHeldByA);

      System.out.printf(
          "cluster crash: %d clients on node A; %d complaints (%d accepted), %d cases (%d intakes)"
              + " acknowledged"
              + " before the SIGKILL (kills: %d); %d jobs in flight on node A, done once by node B"
              + " %d ms after"
              + " the kill (lock %d s); %d complaints and %d cases in the database; %d mails sent,"
              + " %d sent again with the same Message-ID (%d held by node A)%n",
          CLIENTS,
          acknowledgedComplaints.size(),
          accepted.size(),
          cases.size(),
          intakesDone.size(),
          kills,
          inFlight.size(),
          takenOverAfter,
          LOCK_TIME.toSeconds(),
          count("SELECT COUNT(*) FROM complaint"),
          count("SELECT COUNT(*) FROM assistance_case"),
          mails,
          resent,
          mailsHeldByA);
    }
  }

  /**
   * Eight clients work on node A until {@code answers} more requests are answered and node A holds
   * a letter job it has not finished; then node A is killed with SIGKILL, requests in flight.
   */
  private void loadAndKill(JarNode a, String creditCode, int answers) throws Exception {
    int target = answered.get() + answers;
    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int t = 0; t < CLIENTS; t++) {
      boolean caseworker = t % 2 == 0;
      int thread = t;
      clients.submit(
          () -> {
            for (int n = 0; !killed.get(); n++) {
              try {
                if (caseworker) {
                  openCaseAndDoIntake(a, thread * 10_000 + cases.size() + n);
                } else {
                  fileAndAccept(a, creditCode);
                }
              } catch (Exception e) {
                return; // the node is gone
              }
            }
          });
    }
    // refusals name what went wrong should node A never come to hold a job
    Awaitility.await()
        .alias("node A holds a letter job (refused: " + refusals.stream().limit(3).toList() + ")")
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(5))
        .until(() -> answered.get() >= target && holdsALetterJob(a));
    a.kill();
    killed.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
  }

  /** Files a complaint and accepts it (its priority is decided then: urgent, a mail). */
  private void fileAndAccept(JarNode node, String creditCode) throws Exception {
    String no = Filings.fileComplaint(node, creditCode, true);
    if (no == null) {
      return;
    }
    complaints.add(no); // acknowledged: must be kept
    answered.incrementAndGet();
    if (complete(
        node, "mediator1", "/api/complaints/" + no, Map.of("acceptanceDecision", "ACCEPT"))) {
      acceptances.add(no);
      answered.incrementAndGet();
    }
  }

  /** Claims and completes the case's first open step; whether the server said 2xx. */
  private boolean complete(JarNode node, String user, String casePath, Map<String, Object> form)
      throws Exception {
    JsonNode view = Filings.read(node, user, casePath);
    String task = view.get("openTasks").get(0).get("taskId").asText();
    HttpResponse<String> claimed = node.send(user, "POST", "/api/tasks/" + task + "/claim", null);
    if (claimed.statusCode() / 100 != 2) {
      refusals.add("claim " + claimed.statusCode() + " " + claimed.body());
      return false;
    }
    HttpResponse<String> done = node.send(user, "POST", "/api/tasks/" + task + "/complete", form);
    if (done.statusCode() / 100 != 2) {
      refusals.add("complete " + done.statusCode() + " " + done.body());
      return false;
    }
    return true;
  }

  /**
   * Opens a case of a man of 31 and completes its intake: the facts confirmed show no hardship, so
   * the case closes and its record is made by a letter job.
   */
  private void openCaseAndDoIntake(JarNode node, int n) throws Exception {
    String no = Filings.openCase(node, n, java.time.LocalDate.of(1995, 5, 5), false);
    if (no == null) {
      return;
    }
    cases.add(no);
    answered.incrementAndGet();
    if (complete(
        node, "caseworker1", "/api/assistance-cases/" + no, Map.of("factsConfirmed", true))) {
      intakes.add(no);
      answered.incrementAndGet();
    }
  }

  private int count(String sql, Object... arguments) {
    Integer n = jdbc.queryForObject(sql, Integer.class, arguments);
    return n == null ? 0 : n;
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether a letter job node A took is locked now (taken, not finished). */
  private boolean holdsALetterJob(JarNode a) {
    Set<String> taken = a.jobsTaken();
    return jdbc
        .queryForList(
            "SELECT ID_ FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = 'linggong-letter'"
                + " AND LOCK_OWNER_ IS NOT NULL",
            String.class)
        .stream()
        .anyMatch(taken::contains);
  }

  private static void eventually(String what, BooleanSupplier condition) {
    Awaitility.await(what)
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(200))
        .until(condition::getAsBoolean);
  }
}
