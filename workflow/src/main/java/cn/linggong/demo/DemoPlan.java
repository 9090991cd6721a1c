package cn.linggong.demo;

import cn.linggong.calendar.WorkingDayCalendar;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The timeline a demo city is played on: events in time order, each done by a demo user through the
 * real services while the application's and the engine's clocks stand at the event's time. An event
 * that falls after today is not played: its case waits there, as real work does.
 */
public final class DemoPlan {

  /** An office day: people act between 09:00 and 17:00. */
  private static final int FIRST_HOUR = 9;

  private static final int OFFICE_HOURS = 8;

  private record Event(Instant at, long order, String label, Runnable action) {}

  private final PriorityQueue<Event> events =
      new PriorityQueue<>(
          (a, b) -> a.at.equals(b.at) ? Long.compare(a.order, b.order) : a.at.compareTo(b.at));
  private final Random random;
  private final Instant start;
  private final Instant end;
  private final ZoneId zone;
  private final WorkingDayCalendar calendar;
  private final DirectoryService directory;
  private final DemoPeople people;
  private final Supplier<Instant> now;
  private final java.util.Map<String, List<LinggongUser>> staff = new java.util.HashMap<>();
  private long order;

  DemoPlan(
      Random random,
      Instant start,
      Instant end,
      ZoneId zone,
      WorkingDayCalendar calendar,
      DirectoryService directory,
      DemoPeople people,
      Supplier<Instant> now) {
    this.random = random;
    this.start = start;
    this.end = end;
    this.zone = zone;
    this.calendar = calendar;
    this.directory = directory;
    this.people = people;
    this.now = now;
  }

  /**
   * Schedules an action; one after today is dropped (its case waits there), one before the
   * history's start moved to it (or, in the part played before the start, to now).
   */
  public void at(Instant when, String label, Runnable action) {
    if (!when.isAfter(end)) {
      Instant floor = now().isBefore(start) ? now() : start;
      events.add(new Event(when.isBefore(floor) ? floor : when, order++, label, action));
    }
  }

  /**
   * Schedules an action of a slow case type before the history's start (certification runs in
   * years: an annual evaluation needs a certification over a year old), at the earliest {@link
   * #EARLIER_MONTHS} months before its end.
   */
  public void atEarlier(Instant when, String label, Runnable action) {
    Instant earliest = end.atZone(zone).minusMonths(EARLIER_MONTHS).toInstant();
    if (!when.isAfter(end)) {
      events.add(new Event(when.isBefore(earliest) ? earliest : when, order++, label, action));
    }
  }

  /** How far before the end {@link #atEarlier} goes. */
  public static final int EARLIER_MONTHS = 24;

  /** The moment of the first event scheduled (the start, or earlier). */
  Instant earliest() {
    Event first = events.peek();
    return first == null || !first.at.isBefore(start) ? start : first.at;
  }

  /** The next event, or null when the timeline is played. */
  Runnable next(java.util.function.BiConsumer<Instant, String> before) {
    Event event = events.poll();
    if (event == null) {
      return null;
    }
    before.accept(event.at, event.label);
    return event.action;
  }

  public Random random() {
    return random;
  }

  public DemoPeople people() {
    return people;
  }

  public Instant now() {
    return now.get();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now(), zone);
  }

  /** The last moment of the history (the first start's now). */
  public Instant end() {
    return end;
  }

  /** The city's time zone. */
  public java.time.ZoneId zone() {
    return zone;
  }

  /** The first moment of the history. */
  public Instant start() {
    return start;
  }

  /** A moment in office hours on a random working day of the history. */
  public Instant anyWorkingMoment() {
    long span = end.getEpochSecond() - start.getEpochSecond();
    Instant at = start.plusSeconds((long) (random.nextDouble() * span));
    return inHistory(LocalDate.ofInstant(at, zone));
  }

  /**
   * A moment in office hours on a working day of the history, more often lately: half of them in
   * the last quarter of the history, so that a city has much work under way and older work closed.
   */
  public Instant recentWorkingMoment() {
    long span = end.getEpochSecond() - start.getEpochSecond();
    double u = random.nextDouble();
    Instant at = end.minusSeconds((long) (u * u * span));
    return inHistory(LocalDate.ofInstant(at, zone));
  }

  /** A moment in office hours {@code days} working days after {@code after}. */
  public Instant workingDaysLater(Instant after, int days) {
    LocalDate from = LocalDate.ofInstant(after, zone);
    LocalDate day = days <= 0 ? nextWorkingDay(from) : calendar.addWorkingDays(from, days);
    return officeHours(day);
  }

  /**
   * A moment in office hours on the first working day on or after {@code after}'s date plus days.
   */
  public Instant calendarDaysLater(Instant after, int days) {
    return officeHours(nextWorkingDay(LocalDate.ofInstant(after, zone).plusDays(days)));
  }

  /**
   * Office hours of the first working day from {@code day}, or of an earlier working day where that
   * lies past the end of the history (so that a city of n cases has n cases, none dropped).
   */
  private Instant inHistory(LocalDate day) {
    Instant at = officeHours(nextWorkingDay(day));
    LocalDate earlier = day;
    while (at.isAfter(end) && earlier.isAfter(LocalDate.ofInstant(start, zone))) {
      earlier = earlier.minusDays(1);
      if (!calendar.knows(earlier.getYear()) || calendar.isWorkingDay(earlier)) {
        at = officeHours(earlier);
      }
    }
    return at;
  }

  private LocalDate nextWorkingDay(LocalDate day) {
    LocalDate d = day;
    while (calendar.knows(d.getYear()) && !calendar.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private Instant officeHours(LocalDate day) {
    int minutes = random.nextInt(OFFICE_HOURS * 60);
    return day.atTime(LocalTime.of(FIRST_HOUR, 0)).plusMinutes(minutes).atZone(zone).toInstant();
  }

  /**
   * The last day of the last full month that ended three weeks or more before the end: what the
   * recent applications for past periods (subsidies) run to, whatever day the city starts on.
   */
  public LocalDate recentPeriodEnd() {
    return LocalDate.ofInstant(end, zone).minusDays(21).withDayOfMonth(1).minusDays(1);
  }

  /** How long a person takes for the next step: mostly a few working days, now and then late. */
  public int workingDaysToAct() {
    int roll = random.nextInt(100);
    if (roll < 70) {
      return 1 + random.nextInt(3);
    }
    if (roll < 92) {
      return 3 + random.nextInt(3);
    }
    return 6 + random.nextInt(8); // past the time limit: the step is late
  }

  /** True in about {@code percent} of a hundred calls. */
  public boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  public <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A demo user of the role in the district (city level for null), or null where there is none. */
  public LinggongUser staff(String role, String districtId) {
    List<LinggongUser> local =
        staff.computeIfAbsent(
            role + "@" + districtId,
            key -> {
              List<LinggongUser> users = new ArrayList<>();
              for (String id : directory.usersWithRole(role, districtId)) {
                LinggongUser user = directory.principal(id);
                if (java.util.Objects.equals(districtId, user.districtId())) {
                  users.add(user);
                }
              }
              return users;
            });
    return local.isEmpty() ? null : pick(local);
  }

  /** The districts that have a demo user of the role. */
  public List<String> districtsWith(String role) {
    return people.districts().stream().filter(d -> staff(role, d) != null).toList();
  }
}
