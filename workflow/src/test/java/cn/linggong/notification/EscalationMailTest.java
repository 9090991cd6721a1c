package cn.linggong.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.Roles;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * A real SMTP server (GreenMail): an overdue task gives one escalation and exactly one mail to each
 * supervisor of its district, also when the SMTP server is down for a while, and also when two
 * nodes send the outbox at the same time.
 */
@SpringBootTest(
    properties = {
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=3025",
      "spring.mail.properties.mail.smtp.connectiontimeout=2000",
      "spring.mail.properties.mail.smtp.timeout=2000"
    })
@Import(TestClock.class)
class EscalationMailTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired DirectoryService directory;
  @Autowired OutboxMapper outboxMapper;
  @Autowired ObjectProvider<JavaMailSender> mailSender;
  @Autowired NotificationProperties properties;
  @Autowired MutableClock clock;
  @Autowired DataSource dataSource;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void overdueTaskMailsEachSupervisorOfItsDistrictExactlyOnceThroughAnSmtpOutage()
      throws Exception {
    directory.createUser(
        new DirectoryService.UserDraft(
            "supervisor-x",
            "周洁",
            "supervisor-x@linggong.example",
            Set.of(Roles.SUPERVISOR),
            "kf-gulou",
            "a-long-password"),
        cn.linggong.testsupport.TestUsers.admin());
    directory.createUser(
        new DirectoryService.UserDraft(
            "supervisor-y",
            "吴刚",
            "supervisor-y@linggong.example",
            Set.of(Roles.SUPERVISOR),
            "kf-longting",
            "a-long-password"),
        cn.linggong.testsupport.TestUsers.admin());
    repositoryService
        .createDeployment()
        .tenantId("kf-gulou")
        .addClasspathResource("bpmn/time-limits.bpmn")
        .deploy();

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-30T02:00:00Z")));
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceByKey("test_time_limited_task")
            .processDefinitionTenantId("kf-gulou")
            .businessKey("QX-2026-000123")
            .execute();
    var job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-14T01:00:00Z")));
    managementService.executeJob(job.getId());

    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM escalation WHERE process_instance_id = ?",
                Integer.class,
                instance.getId()))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForList("SELECT recipient FROM mail_outbox ORDER BY recipient", String.class))
        .containsExactly("supervisor-x@linggong.example", "supervisor1@linggong.example");

    OutboxSender nodeA = new OutboxSender(outboxMapper, mailSender, properties, clock, "node-a");
    OutboxSender nodeB = new OutboxSender(outboxMapper, mailSender, properties, clock, "node-b");

    // the SMTP server is down: nothing is lost, both mails wait for their next attempt
    smtp.stop();
    assertThat(nodeA.sendDue()).isZero();
    assertThat(jdbc.queryForList("SELECT status FROM mail_outbox", String.class))
        .containsOnly("PENDING");
    assertThat(jdbc.queryForList("SELECT attempts FROM mail_outbox", Integer.class))
        .containsOnly(1);

    // it comes back, but the retry waits for its back-off
    smtp.start();
    assertThat(nodeA.sendDue()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    // after the back-off, two nodes send at once: each mail goes out once
    clock.advance(properties.retryBase().plus(Duration.ofSeconds(1)));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> rounds =
          pool.invokeAll(List.<Callable<Integer>>of(nodeA::sendDue, nodeB::sendDue));
      assertThat(rounds.get(0).get() + rounds.get(1).get()).isEqualTo(2);
    } finally {
      pool.shutdown();
    }
    assertThat(nodeA.sendDue() + nodeB.sendDue()).isZero();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(Arrays.stream(received).map(m -> recipient(m)))
        .containsExactlyInAnyOrder("supervisor-x@linggong.example", "supervisor1@linggong.example");
    assertThat(received[0].getSubject()).contains("QX-2026-000123").contains("受理审查").contains("超期");
    assertThat(received[0].getMessageID()).startsWith("<outbox-");
    assertThat(jdbc.queryForList("SELECT status FROM mail_outbox", String.class))
        .containsOnly("SENT");
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
