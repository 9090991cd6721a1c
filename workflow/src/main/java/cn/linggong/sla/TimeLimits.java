package cn.linggong.sla;

import cn.linggong.audit.AuditService;
import cn.linggong.calendar.WorkingDayCalendar;
import cn.linggong.shared.RuleViolationException;
import cn.linggong.shared.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The named time limits of every process, and the due dates they give. A limit of N working days
 * from a moment ends at the end of the N-th working day after that moment's date (a limit of 0 ends
 * at the end of the same working day, or of the next one when the moment falls on a day off); N
 * calendar days end at the end of the N-th day.
 */
@Service
public class TimeLimits {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
  private static final int BASIS_MAX = 500;
  private static final int AMOUNT_MAX = 3660;

  private final TimeLimitMapper mapper;
  private final WorkingDayCalendar calendar;
  private final AuditService audit;
  private final Clock clock;

  TimeLimits(TimeLimitMapper mapper, WorkingDayCalendar calendar, AuditService audit, Clock clock) {
    this.mapper = mapper;
    this.calendar = calendar;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  /** The time zone limits are counted in (the bureau's). */
  public java.time.ZoneId zone() {
    return clock.getZone();
  }

  public List<TimeLimit> all() {
    return mapper.findAll();
  }

  /** The limit named {@code key}; a key no limit has is a configuration error (422). */
  @Transactional(readOnly = true)
  public TimeLimit get(String key) {
    return mapper.find(key).orElseThrow(() -> new RuleViolationException("sla.limit.unknown", key));
  }

  /** When the limit named {@code key}, started at {@code start}, runs out. */
  public Instant due(String key, Instant start) {
    return due(get(key), start);
  }

  public Instant due(TimeLimit limit, Instant start) {
    ZoneId zone = clock.getZone();
    LocalDate from = start.atZone(zone).toLocalDate();
    LocalDate last =
        switch (limit.unit()) {
          case WORKING_DAYS -> calendar.addWorkingDays(from, limit.amount());
          case CALENDAR_DAYS -> calendar.addCalendarDays(from, limit.amount());
        };
    return endOf(last, zone);
  }

  /** The end of the working day before the one {@code due} falls on (a task's follow-up date). */
  public Instant workingDayBefore(Instant due) {
    ZoneId zone = clock.getZone();
    LocalDate day = due.atZone(zone).toLocalDate().minusDays(1);
    while (!calendar.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return endOf(day, zone);
  }

  /** Working days from the date of {@code since} to the date of {@code until} (how late). */
  public int workingDaysLate(Instant due, Instant now) {
    ZoneId zone = clock.getZone();
    LocalDate dueDay = due.atZone(zone).toLocalDate();
    LocalDate today = now.atZone(zone).toLocalDate();
    return today.isAfter(dueDay) ? calendar.workingDaysBetween(dueDay, today) : 0;
  }

  /** Working days from today up to and including the due day; 0 when due today or past. */
  public int workingDaysLeft(Instant now, Instant due) {
    ZoneId zone = clock.getZone();
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate dueDay = due.atZone(zone).toLocalDate();
    return dueDay.isAfter(today) ? calendar.workingDaysBetween(today, dueDay) : 0;
  }

  /** Adds or changes a limit (admins). */
  @Transactional
  public void save(String key, Integer amount, TimeUnit unit, String legalBasis, String actor) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (key == null || key.isBlank()) {
      errors.add("key", "validation.required");
    } else if (!KEY.matcher(key.trim()).matches()) {
      errors.add("key", "sla.limit.keyFormat");
    }
    if (amount == null) {
      errors.add("amount", "validation.required");
    } else if (amount < 0 || amount > AMOUNT_MAX) {
      errors.add("amount", "sla.limit.amountRange", AMOUNT_MAX);
    }
    if (unit == null) {
      errors.add("unit", "validation.required");
    }
    if (legalBasis == null || legalBasis.isBlank()) {
      errors.add("legalBasis", "validation.required");
    } else if (legalBasis.length() > BASIS_MAX) {
      errors.add("legalBasis", "sla.limit.basisTooLong", BASIS_MAX);
    }
    errors.throwIfAny();
    String cleanKey = key.trim();
    TimeLimit limit =
        new TimeLimit(cleanKey, amount, unit, legalBasis.trim(), clock.instant(), actor);
    var before = mapper.find(cleanKey);
    if (before.isPresent()) {
      mapper.update(limit);
    } else {
      mapper.insert(limit);
    }
    audit.record(
        actor,
        "TIME_LIMIT_SAVED",
        "time-limit",
        cleanKey,
        null,
        before.map(b -> b.amount() + " " + b.unit()).orElse("—") + " → " + amount + " " + unit);
  }

  private static Instant endOf(LocalDate day, ZoneId zone) {
    return day.atTime(LocalTime.MAX).atZone(zone).toInstant();
  }
}
