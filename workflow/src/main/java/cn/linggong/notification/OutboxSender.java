package cn.linggong.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends the outbox. Each mail is first claimed with a conditional update that only one node can
 * win, then sent, then marked sent; a failure waits (doubling from {@code retry-base} up to {@code
 * retry-max}) and is tried again. Without a configured SMTP server ({@code spring.mail.host}) mail
 * stays in the outbox, where admins see it. Each mail carries a Message-ID made from its outbox id,
 * so that in the rare case of a node dying between sending and marking, a resend is recognisable as
 * the same message.
 */
@Service
public class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final int ERROR_MAX = 1000;

  private final OutboxMapper mapper;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final NotificationProperties properties;
  private final Clock clock;
  private final String node;

  @Autowired
  OutboxSender(
      OutboxMapper mapper,
      ObjectProvider<JavaMailSender> mailSender,
      NotificationProperties properties,
      Clock clock) {
    this(
        mapper,
        mailSender,
        properties,
        clock,
        ManagementFactory.getRuntimeMXBean().getName()
            + "/"
            + UUID.randomUUID().toString().substring(0, 8));
  }

  /** With an explicit node name (tests run two "nodes" in one JVM). */
  OutboxSender(
      OutboxMapper mapper,
      ObjectProvider<JavaMailSender> mailSender,
      NotificationProperties properties,
      Clock clock,
      String node) {
    this.mapper = mapper;
    this.mailSender = mailSender;
    this.properties = properties;
    this.clock = clock;
    this.node = node;
  }

  /** One round: sends what is due; returns how many mails went out. */
  @Scheduled(
      fixedDelayString = "${linggong.notification.poll-interval:PT10S}",
      initialDelayString = "${linggong.notification.poll-interval:PT10S}")
  public int sendDue() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    Instant now = clock.instant();
    mapper.releaseStale(now);
    int sent = 0;
    for (Long id : mapper.findDue(now, properties.batchSize())) {
      if (mapper.claim(id, node, now, now.plus(properties.claimTimeout())) != 1) {
        continue; // another node has it
      }
      OutboxMail mail = mapper.find(id);
      try {
        sender.send(message(sender, mail));
        mapper.markSent(id, node, clock.instant());
        sent++;
      } catch (MailException | MessagingException e) {
        int attempts = mail.attempts();
        boolean giveUp = attempts >= properties.maxAttempts();
        Instant next = clock.instant().plus(backoff(attempts));
        String error = String.valueOf(e.getMessage());
        mapper.markFailed(
            id,
            node,
            giveUp ? "FAILED" : "PENDING",
            next,
            error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error);
        log.warn("Mail {} to the outbox recipient not sent (attempt {}): {}", id, attempts, error);
      }
    }
    return sent;
  }

  /** retry-base, doubled for each further failure, at most retry-max. */
  Duration backoff(int attempts) {
    Duration wait = properties.retryBase();
    for (int i = 1; i < attempts && wait.compareTo(properties.retryMax()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(properties.retryMax()) > 0 ? properties.retryMax() : wait;
  }

  private MimeMessage message(JavaMailSender sender, OutboxMail mail) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    helper.setText(mail.body(), false);
    message.saveChanges();
    message.setHeader("Message-ID", "<outbox-" + mail.id() + "@linggong>");
    return message;
  }
}
