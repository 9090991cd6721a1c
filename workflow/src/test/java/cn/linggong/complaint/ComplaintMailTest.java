package cn.linggong.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.identity.DirectoryService;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.notification.OutboxSender;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A group complaint (10 workers) is high priority: on acceptance the district's supervisor gets a
 * mail through the outbox, received by a real SMTP server (GreenMail); a small complaint sends
 * none.
 */
@SpringBootTest(
    properties = {
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=3025",
      "spring.mail.properties.mail.smtp.connectiontimeout=2000",
      "spring.mail.properties.mail.smtp.timeout=2000"
    })
@Import(TestClock.class)
class ComplaintMailTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired MutableClock clock;
  @Autowired DirectoryService directory;
  @Autowired ComplaintIntake complaints;
  @Autowired TaskCompletion completion;
  @Autowired TaskService taskService;
  @Autowired OutboxSender sender;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void aGroupComplaintMailsTheDistrictSupervisorAtOnceWhenItIsAccepted() throws Exception {
    Instant now = Instant.parse("2026-03-02T01:00:00Z");
    clock.set(now);
    ClockUtil.setCurrentTime(Date.from(now));
    ComplaintFixture f = new ComplaintFixture(directory, complaints, completion, taskService);

    String small = f.file(ComplaintFixture.worker("单人", "800.00"));
    f.complete(small, ComplaintProcess.USER_TASK_ACCEPT, Map.of("acceptanceDecision", "ACCEPT"));
    String group = f.fileGroup(10);
    f.complete(group, ComplaintProcess.USER_TASK_ACCEPT, Map.of("acceptanceDecision", "ACCEPT"));

    var supervisors =
        directory.contacts(cn.linggong.identity.Roles.SUPERVISOR, "kf-gulou").stream()
            .map(DirectoryService.Contact::email)
            .toList();
    assertThat(supervisors).contains("supervisor1@linggong.example");
    sender.sendDue();
    assertThat(smtp.waitForIncomingEmail(5000, supervisors.size())).isTrue();
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received)
        .as("one mail per supervisor of the district, none for the small one")
        .hasSize(supervisors.size());
    assertThat(
            Arrays.stream(received)
                .flatMap(
                    m -> {
                      try {
                        return Arrays.stream(m.getAllRecipients()).map(Object::toString);
                      } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                      }
                    }))
        .containsExactlyInAnyOrderElementsOf(supervisors);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).contains("高优先级欠薪投诉", group, "鼓楼区", "10 人", "30000.00");
    assertThat(mail.getContent().toString()).contains("调解期限至 2026-03-17 23:59");
    // sent once: the next round finds nothing more to send
    sender.sendDue();
    assertThat(smtp.getReceivedMessages()).hasSize(supervisors.size());
  }
}
