package cn.linggong.privacy;

import cn.linggong.audit.AuditEvent;
import cn.linggong.audit.AuditService;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Permission;
import cn.linggong.identity.Roles;
import cn.linggong.notification.Outbox;
import cn.linggong.shared.validation.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full views of personal data (a whole ID number, the hardship facts): each needs a purpose from
 * the list ({@link FullViewPurpose}; 其他 with a written reason), is audited with it, and more than
 * {@link FullViewProperties#alertPerHour()} by one person within an hour mails the district's
 * supervisors and the admins, once per person and hour. Admins read the trail filtered by person,
 * worker and time.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FullViews {

  /** Audit actions that are full views. */
  public static final String ID_NUMBER = "VIEWED_FULL_ID_NUMBER";

  public static final String HARDSHIP = "VIEWED_HARDSHIP";

  /** Full numbers printed in a letter: a 推荐函's phones, a 调解协议书's ID numbers. */
  public static final String IN_LETTER = "FULL_NUMBERS_IN_LETTER";

  public static final List<String> ACTIONS = List.of(ID_NUMBER, HARDSHIP, IN_LETTER);

  /** The looks a person asks for, which the alert counts (a letter's numbers are not asked for). */
  private static final List<String> LOOKS = List.of(ID_NUMBER, HARDSHIP);

  /** Who may read the trail of full views. */
  public static final Permission REVIEW = Permission.of("privacy.reviewFullViews", Roles.ADMIN);

  private static final String MAIL_KIND = "full-views";
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:00");

  private final AuditService audit;
  private final DirectoryService directory;
  private final Outbox outbox;
  private final FullViewProperties properties;
  private final Clock clock;

  /** Refuses a missing purpose, or 其他 without a reason (before anything is read). */
  public void check(FullViewPurpose purpose, String note) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (purpose == null) {
      errors.add("purpose", "privacy.purpose.required");
    }
    boolean hasNote = note != null && note.codePoints().anyMatch(Character::isLetterOrDigit);
    if (purpose == FullViewPurpose.OTHER && !hasNote) {
      errors.add("purposeNote", "privacy.purpose.noteRequired");
    }
    if (hasNote && note.trim().length() > properties.noteMax()) {
      errors.add("purposeNote", "validation.tooLong", properties.noteMax());
    } else if (cn.linggong.shared.api.StrictJson.hasControlCharacters(note, false)) {
      errors.add("purposeNote", "validation.controlCharactersLine");
    }
    errors.throwIfAny();
  }

  /** Audits a full view with its purpose, and tells supervisors and admins of too many. */
  @Transactional
  public void record(
      LinggongUser user,
      String action,
      String subjectType,
      String subjectId,
      String districtId,
      FullViewPurpose purpose,
      String note) {
    check(purpose, note);
    String detail =
        "purpose=" + purpose.name() + (note == null || note.isBlank() ? "" : "; " + note.trim());
    audit.record(user.userId(), action, subjectType, subjectId, districtId, detail);
    Instant now = clock.instant();
    long lastHour = audit.countByActorSince(user.userId(), LOOKS, now.minus(Duration.ofHours(1)));
    if (lastHour > properties.alertPerHour()) {
      alert(user, lastHour, now);
    }
  }

  /**
   * Audits that a letter made by this person's step carries someone's full numbers (purpose 出具文书 or
   * 证明), one record per person whose numbers it carries.
   */
  @Transactional
  public void recordLetter(
      String actor, String subjectType, String subjectId, String districtId, String letter) {
    audit.record(
        actor,
        IN_LETTER,
        subjectType,
        subjectId,
        districtId,
        "purpose=" + FullViewPurpose.DOCUMENT.name() + "; " + letter);
  }

  private void alert(LinggongUser user, long count, Instant now) {
    String hour = HOUR.format(now.truncatedTo(ChronoUnit.HOURS).atZone(clock.getZone()));
    Map<String, DirectoryService.Contact> to = new LinkedHashMap<>();
    if (user.districtId() != null) {
      directory.contacts(Roles.SUPERVISOR, user.districtId()).forEach(c -> to.put(c.userId(), c));
    }
    directory.contacts(Roles.ADMIN, null).forEach(c -> to.put(c.userId(), c));
    for (DirectoryService.Contact c : to.values()) {
      if (c.email() == null) {
        continue;
      }
      outbox.queue(
          MAIL_KIND,
          "full-views-" + user.userId() + "-" + hour,
          c.email(),
          c.locale(),
          user.userId(),
          user.displayName(),
          count,
          properties.alertPerHour());
    }
  }

  /** The trail of full views for an admin, newest first. */
  @Transactional(readOnly = true)
  public List<AuditEvent> trail(
      LinggongUser admin,
      String actor,
      String workerId,
      Instant from,
      Instant to,
      int offset,
      int limit) {
    REVIEW.check(admin);
    return audit.search(
        filter(actor, workerId, from, to), Math.max(0, offset), Math.min(Math.max(1, limit), 200));
  }

  @Transactional(readOnly = true)
  public long count(LinggongUser admin, String actor, String workerId, Instant from, Instant to) {
    REVIEW.check(admin);
    return audit.count(filter(actor, workerId, from, to));
  }

  private static AuditService.Filter filter(
      String actor, String workerId, Instant from, Instant to) {
    return new AuditService.Filter(
        ACTIONS,
        blankToNull(actor),
        blankToNull(workerId) == null ? null : "worker",
        blankToNull(workerId),
        from,
        to);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
