package cn.linggong.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes mail into the outbox in the caller's transaction, rendered from the message bundles in the
 * recipient's language ({@code mail.<kind>.subject}, {@code mail.<kind>.body}). A mail of the same
 * kind about the same thing to the same person is written once.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Outbox {

  private final OutboxMapper mapper;
  private final MessageSource messages;
  private final Clock clock;

  /** Queues a mail; returns false when the same mail was queued before. */
  @Transactional(propagation = Propagation.REQUIRED)
  public boolean queue(
      String kind, String reference, String recipient, Locale locale, Object... arguments) {
    if (mapper.countOnce(kind, reference, recipient) > 0) {
      return false;
    }
    String subject = messages.getMessage("mail." + kind + ".subject", arguments, locale);
    String body = messages.getMessage("mail." + kind + ".body", arguments, locale);
    // stored to the millisecond (or second): never later than "now" as the sender will see it
    var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    mapper.insertIgnoringDuplicate(
        new OutboxMail(
            null, kind, reference, recipient, subject, body, "PENDING", 0, now, now, null, null,
            null, null));
    return true;
  }

  @Transactional(readOnly = true)
  public List<OutboxMail> page(int offset, int limit) {
    return mapper.findPage(offset, limit);
  }

  @Transactional(readOnly = true)
  public long count() {
    return mapper.count();
  }
}
