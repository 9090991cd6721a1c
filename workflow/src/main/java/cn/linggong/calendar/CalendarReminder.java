package cn.linggong.calendar;

import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.Roles;
import cn.linggong.notification.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds admins that a year's State Council arrangement is not entered: this year's at any time,
 * next year's from {@code linggong.calendar.next-year-reminder-from} (1 November) on. The home
 * screen shows a banner; every admin with an address gets one mail per {@code
 * linggong.calendar.next-year-reminder-interval} (a week) until the year is entered. The mail of a
 * week is claimed by one node (a conditional update of {@code calendar_reminder}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CalendarReminder {

  private static final Logger log = LoggerFactory.getLogger(CalendarReminder.class);
  static final String MAIL_KIND = "calendar-reminder";

  private final WorkingDayCalendar calendar;
  private final CalendarMapper mapper;
  private final CalendarProperties properties;
  private final DirectoryService directory;
  private final Outbox outbox;
  private final Clock clock;

  /** The year whose arrangement admins should enter now, if it is missing. */
  public Optional<Integer> missingYear() {
    LocalDate today = LocalDate.now(clock);
    if (!calendar.knows(today.getYear())) {
      return Optional.of(today.getYear());
    }
    boolean inSeason = !today.isBefore(properties.reminderStart().atYear(today.getYear()));
    int next = today.getYear() + 1;
    return inSeason && !calendar.knows(next) ? Optional.of(next) : Optional.empty();
  }

  /** Sends this interval's reminder if one is due and no node sent it yet; returns mails queued. */
  @Scheduled(
      fixedDelayString = "${linggong.calendar.reminder-check-interval:PT1H}",
      initialDelayString = "${linggong.calendar.reminder-check-interval:PT1H}")
  @Transactional
  public int remind() {
    calendar.refreshIfChanged();
    Optional<Integer> missing = missingYear();
    if (missing.isEmpty()) {
      return 0;
    }
    int year = missing.get();
    Instant now = clock.instant();
    if (!claim(year, now)) {
      return 0;
    }
    int queued = 0;
    for (DirectoryService.Contact admin : directory.contacts(Roles.ADMIN, null)) {
      if (outbox.queue(
          MAIL_KIND,
          "calendar-reminder-" + year + "-" + LocalDate.now(clock),
          admin.email(),
          admin.locale(),
          year)) {
        queued++;
      }
    }
    log.info("Reminded {} admins that the arrangement of {} is not entered", queued, year);
    return queued;
  }

  /** Takes this interval's reminder for the year: true for the one node that sends it. */
  private boolean claim(int year, Instant now) {
    Optional<Instant> last = mapper.findReminder(year);
    if (last.isEmpty()) {
      try {
        return mapper.insertReminder(year, now) == 1;
      } catch (DuplicateKeyException e) {
        return false; // another node sent it a moment ago
      }
    }
    if (last.get().plus(properties.nextYearReminderInterval()).isAfter(now)) {
      return false;
    }
    return mapper.moveReminder(year, last.get(), now) == 1;
  }
}
