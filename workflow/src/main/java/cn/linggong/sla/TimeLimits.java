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
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The named time limits of every process, and the one place where dates are computed from them,
 * each in the limit's own unit. A limit of N working days from a moment ends at the end of the N-th
 * working day after that moment's date (a limit of 0 ends at the end of the same working day, or of
 * the next one when the moment falls on a day off); N calendar days end at the end of the N-th day.
 * Every answer says which provisional years (no official arrangement entered) it was computed from
 * ({@link Reckoned}); calendar days never consult the calendar and are never provisional.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TimeLimits {

  /** The task-local variable holding the key of a user task's time limit (set on creation). */
  public static final String TASK_LIMIT_VARIABLE = "timeLimit";

  /**
   * A process variable (a date) a task's time limit is counted from instead of the task's creation:
   * a limit that ends on a day of the month rather than some days after the work arrived.
   */
  public static final String LIMIT_FROM_VARIABLE = "timeLimitFrom";

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
  private static final int BASIS_MAX = 500;
  private static final int AMOUNT_MAX = 3660;

  private final TimeLimitMapper mapper;
  private final WorkingDayCalendar calendar;
  private final AuditService audit;
  private final Clock clock;
  private final SlaProperties properties;
  private final MessageSource messages;

  /** {@code [[limit:complaint.acceptance]]} in a text: the limit's length in words. */
  private static final Pattern PHRASE = Pattern.compile("\\[\\[limit:([a-z][a-z0-9.-]*)]]");

  /** A limit's length in words, from the table: "5个工作日", "15日", "5 working days". */
  @Transactional(readOnly = true)
  public String phrase(String key, java.util.Locale locale) {
    TimeLimit limit = get(key);
    return messages.getMessage(
        "sla.limit.phrase." + limit.unit(), new Object[] {limit.amount()}, locale);
  }

  /**
   * A text with every {@code [[limit:KEY]]} replaced by that limit's length in words, so that
   * forms, letters and labels change when an admin changes a limit.
   */
  @Transactional(readOnly = true)
  public String fill(String text, java.util.Locale locale) {
    if (text == null || !text.contains("[[limit:")) {
      return text;
    }
    java.util.regex.Matcher m = PHRASE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, java.util.regex.Matcher.quoteReplacement(phrase(m.group(1), locale)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A computed moment and the provisional years it was computed from (empty: official). */
  public record Reckoned(Instant at, SortedSet<Integer> provisionalYears) {
    public boolean provisional() {
      return !provisionalYears.isEmpty();
    }
  }

  /** The time zone limits are counted in (the bureau's). */
  public java.time.ZoneId zone() {
    return clock.getZone();
  }

  @Transactional(readOnly = true)
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
    return reckon(DateRule.limit(key), start).at();
  }

  /** When the limit named {@code key}, started at {@code start}, runs out, and from which years. */
  public Reckoned dueDate(String key, Instant start) {
    return reckon(DateRule.limit(key), start);
  }

  /** Applies a rule's steps to a start, each limit in its own unit, to the millisecond. */
  public Reckoned reckon(DateRule rule, Instant start) {
    ZoneId zone = clock.getZone();
    Instant at = start;
    SortedSet<Integer> years = new TreeSet<>();
    for (DateRule.Step step : rule.steps()) {
      ZonedDateTime from = at.atZone(zone);
      LocalDate day = from.toLocalDate();
      at =
          switch (step.op()) {
            case LIMIT -> endOf(after(get(step.key()), day, years), zone);
            case LIMIT_DAY_START ->
                after(get(step.key()), day, years).atStartOfDay(zone).toInstant();
            case LIMIT_BEFORE_DAY_START ->
                before(get(step.key()), day, years).atStartOfDay(zone).toInstant();
            case WORKING_DAYS -> {
              LocalDate last = calendar.addWorkingDays(day, step.days());
              years.addAll(calendar.provisionalYears(day, last));
              yield from.with(last).toInstant();
            }
          };
    }
    return new Reckoned(
        at.truncatedTo(ChronoUnit.MILLIS), Collections.unmodifiableSortedSet(years));
  }

  private LocalDate after(TimeLimit limit, LocalDate from, SortedSet<Integer> years) {
    return switch (limit.unit()) {
      case WORKING_DAYS -> {
        LocalDate last = calendar.addWorkingDays(from, limit.amount());
        years.addAll(calendar.provisionalYears(from, last));
        yield last;
      }
      case CALENDAR_DAYS -> calendar.addCalendarDays(from, limit.amount());
    };
  }

  private LocalDate before(TimeLimit limit, LocalDate from, SortedSet<Integer> years) {
    return switch (limit.unit()) {
      case WORKING_DAYS -> {
        LocalDate first = calendar.minusWorkingDays(from, limit.amount());
        years.addAll(calendar.provisionalYears(first, from));
        yield first;
      }
      case CALENDAR_DAYS -> from.minusDays(limit.amount());
    };
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

  /**
   * What is due before this moment is "due soon": the first moment after the {@code
   * linggong.sla.due-soon-working-days}-th working day from today. One rule for every screen and
   * the API.
   */
  public Instant dueSoonUntil(Instant now) {
    ZoneId zone = clock.getZone();
    LocalDate today = now.atZone(zone).toLocalDate();
    // exclusive: a step due at the very end of the last day (23:59:59.999) is due soon, in the
    // inbox's counts (due_at < this) as in the highlighting below
    return endOf(calendar.addWorkingDays(today, properties.dueSoonWorkingDays()), zone)
        .plusMillis(1);
  }

  /**
   * The start of the day on which a task due at {@code due} is {@code days} working days late (when
   * the escalation ladder's second level is due).
   */
  public Instant workingDaysLateFrom(Instant due, int days) {
    ZoneId zone = clock.getZone();
    LocalDate dueDay = due.atZone(zone).toLocalDate();
    return calendar.addWorkingDays(dueDay, days).atStartOfDay(zone).toInstant();
  }

  /** Whether a due date has not passed yet but falls within the "due soon" span from now. */
  public boolean dueSoon(Instant due, Instant now) {
    return !due.isBefore(now) && due.isBefore(dueSoonUntil(now));
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

  /** The unit a limit counts in; a task of no named limit counts working days. */
  @Transactional(readOnly = true)
  public TimeUnit unitOf(String key) {
    return key == null
        ? TimeUnit.WORKING_DAYS
        : mapper.find(key).map(TimeLimit::unit).orElse(TimeUnit.WORKING_DAYS);
  }

  /** Days from the due date to today in the limit's unit (how late); 0 when not late. */
  public int daysLate(TimeUnit unit, Instant due, Instant now) {
    if (unit == TimeUnit.CALENDAR_DAYS) {
      ZoneId zone = clock.getZone();
      long days =
          ChronoUnit.DAYS.between(due.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate());
      return (int) Math.max(0, days);
    }
    return workingDaysLate(due, now);
  }

  /** Days from today up to and including the due day in the limit's unit; 0 when due or past. */
  public int daysLeft(TimeUnit unit, Instant now, Instant due) {
    if (unit == TimeUnit.CALENDAR_DAYS) {
      ZoneId zone = clock.getZone();
      long days =
          ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), due.atZone(zone).toLocalDate());
      return (int) Math.max(0, days);
    }
    return workingDaysLeft(now, due);
  }

  /** Adds or changes a limit (admins). */
  @Transactional
  public void save(
      String key,
      Integer amount,
      TimeUnit unit,
      String legalBasis,
      cn.linggong.identity.LinggongUser admin) {
    TimeLimitPolicy.MAINTAIN.check(admin);
    String actor = admin.userId();
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (key == null || key.isBlank()) {
      errors.add("key", "validation.required");
    } else if (!KEY.matcher(key.trim()).matches()) {
      errors.add("key", "sla.limit.keyFormat");
    }
    if (amount == null) {
      errors.add("amount", "validation.required");
    } else if (amount < 1 || amount > AMOUNT_MAX) {
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
    return day.atTime(LocalTime.MAX).atZone(zone).toInstant().truncatedTo(ChronoUnit.MILLIS);
  }
}
