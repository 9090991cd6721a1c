package cn.linggong.supervision;

import cn.linggong.certification.CertificationReading;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.time.EngineTime;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.sla.TimeLimits;
import cn.linggong.subsidy.SubsidyReading;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision dashboard's figures. Open work comes from the inbox table in one grouped pass,
 * step times and caseloads from the ended tasks' records by their end date, the trend from two
 * indexed counts a week: nothing loads tasks one by one.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Dashboards {

  /** The roles whose people carry a caseload. */
  private static final List<String> WORKING_ROLES =
      List.of(Roles.CASEWORKER, Roles.MEDIATOR, Roles.REVIEWER, Roles.FINANCE, Roles.SUPERVISOR);

  private final DashboardMapper mapper;
  private final TimeLimits timeLimits;
  private final EngineTime engineTime;
  private final CertificationReading certifications;
  private final SubsidyReading subsidies;
  private final DirectoryService directory;
  private final SupervisionProperties properties;

  /**
   * The dashboard for a supervisor: a district supervisor's own district; at city level the
   * district chosen ({@code null}: all). Step times over {@code from}–{@code to} (inclusive; {@code
   * null}: this month so far).
   */
  @Transactional(readOnly = true)
  public Dashboard dashboard(LinggongUser user, String districtId, LocalDate from, LocalDate to) {
    SupervisionPolicy.DASHBOARD.check(user);
    ZoneId zone = timeLimits.zone();
    Instant now = engineTime.now();
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate first = from == null ? today.withDayOfMonth(1) : from;
    LocalDate last = to == null ? today : to;
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (last.isBefore(first)) {
      errors.add("to", "supervision.period.reversed");
    } else if (ChronoUnit.DAYS.between(first, last) >= properties.maxPeriodDays()) {
      errors.add("to", "supervision.period.tooLong", properties.maxPeriodDays());
    }
    errors.throwIfAny();
    String district = user.cityLevel() ? blankToNull(districtId) : user.districtId();

    List<Dashboard.Work> cube = mapper.openWork(district, now, timeLimits.dueSoonUntil(now));
    Dashboard.Work total =
        cube.stream()
            .reduce(
                new Dashboard.Work(null, null, null, null, null, null, 0, 0, 0, 0),
                Dashboards::plus);
    List<Dashboard.Work> byProcess =
        fold(
            cube,
            Dashboard.Work::processKey,
            w ->
                new Dashboard.Work(
                    w.processKey(), w.processName(), null, null, null, null, 0, 0, 0, 0),
            Comparator.comparing(Dashboard.Work::processKey));
    List<Dashboard.Work> byStep =
        fold(
            cube,
            w -> w.processKey() + "/" + w.stepKey(),
            w ->
                new Dashboard.Work(
                    w.processKey(),
                    w.processName(),
                    w.stepKey(),
                    w.stepName(),
                    null,
                    null,
                    0,
                    0,
                    0,
                    0),
            Comparator.comparing(Dashboard.Work::processKey)
                .thenComparing(Dashboard.Work::stepKey));
    List<Dashboard.Work> byDistrict =
        fold(
            cube,
            w -> String.valueOf(w.districtId()),
            w -> new Dashboard.Work(null, null, null, null, w.districtId(), null, 0, 0, 0, 0),
            Comparator.comparing(
                Dashboard.Work::districtId, Comparator.nullsFirst(Comparator.naturalOrder())));
    List<Dashboard.Work> byPerson =
        fold(
            cube,
            w -> String.valueOf(w.assignee()),
            w -> new Dashboard.Work(null, null, null, null, null, w.assignee(), 0, 0, 0, 0),
            Comparator.comparingLong(Dashboard.Work::overdue)
                .reversed()
                .thenComparing(Comparator.comparingLong(Dashboard.Work::open).reversed())
                .thenComparing(
                    Dashboard.Work::assignee, Comparator.nullsFirst(Comparator.naturalOrder())));

    Instant periodFrom = first.atStartOfDay(zone).toInstant();
    Instant periodTo = last.plusDays(1).atStartOfDay(zone).toInstant();
    Map<String, Long> p90 = new HashMap<>();
    for (DashboardMapper.Percentile p : mapper.stepPercentiles(district, periodFrom, periodTo)) {
      p90.put(p.processKey() + "/" + p.stepKey(), p.value());
    }
    List<Dashboard.StepTime> stepTimes =
        mapper.stepTimes(district, periodFrom, periodTo).stream()
            .map(
                s ->
                    new Dashboard.StepTime(
                        s.processKey(),
                        s.processName(),
                        s.stepKey(),
                        s.stepName(),
                        s.timeLimitKey(),
                        s.completed(),
                        s.averageMs(),
                        p90.getOrDefault(s.processKey() + "/" + s.stepKey(), 0L),
                        s.onTime()))
            .sorted(
                Comparator.comparing(Dashboard.StepTime::processKey)
                    .thenComparing(Dashboard.StepTime::stepKey))
            .toList();

    return new Dashboard(
        now,
        first,
        last,
        district,
        total,
        byProcess,
        byStep,
        byDistrict,
        byPerson,
        stepTimes,
        caseloads(district, byPerson, today.withDayOfMonth(1).atStartOfDay(zone).toInstant()),
        certifications.pipeline(user, district),
        subsidies.pipeline(user, district),
        trend(district, now, today, zone));
  }

  private List<Dashboard.Caseload> caseloads(
      String district, List<Dashboard.Work> byPerson, Instant monthStart) {
    TreeSet<String> people = new TreeSet<>();
    for (String role : WORKING_ROLES) {
      people.addAll(directory.usersWithRole(role, district));
    }
    Map<String, Dashboard.Work> held = new HashMap<>();
    for (Dashboard.Work w : byPerson) {
      if (w.assignee() != null) {
        held.put(w.assignee(), w);
        people.add(w.assignee());
      }
    }
    Map<String, Long> completed = new HashMap<>();
    for (DashboardMapper.Percentile p : mapper.completedSince(district, monthStart)) {
      completed.put(p.processKey(), p.value());
      people.add(p.processKey());
    }
    return people.stream()
        .map(
            id -> {
              Dashboard.Work w = held.get(id);
              return new Dashboard.Caseload(
                  id,
                  w == null ? 0 : w.open(),
                  w == null ? 0 : w.overdue(),
                  completed.getOrDefault(id, 0L));
            })
        .sorted(
            Comparator.comparingLong(Dashboard.Caseload::open)
                .reversed()
                .thenComparing(Dashboard.Caseload::userId))
        .toList();
  }

  /** Overdue at the end of each of the last weeks (this week: now), oldest first. */
  private List<Dashboard.WeekPoint> trend(
      String district, Instant now, LocalDate today, ZoneId zone) {
    LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<LocalDate> weeks = new ArrayList<>();
    List<Instant> ats = new ArrayList<>();
    for (int i = properties.trendWeeks() - 1; i >= 0; i--) {
      LocalDate start = thisWeek.minusWeeks(i);
      Instant end = start.plusWeeks(1).atStartOfDay(zone).toInstant();
      weeks.add(start);
      ats.add(end.isAfter(now) ? now : end);
    }
    if (ats.isEmpty()) {
      return List.of();
    }
    // late at the end of week k: still open and late from a week <= k, or ended after week k's
    // end and late from a week <= k; two passes over the tables, summed here
    long[] change = new long[ats.size() + 1];
    for (DashboardMapper.Span s : mapper.lateOpen(district, ats)) {
      if (s.from() >= 0) {
        change[s.from()] += s.tasks();
      }
    }
    for (DashboardMapper.Span s : mapper.lateEnded(district, ats)) {
      if (s.from() >= 0 && s.from() < s.to()) {
        change[s.from()] += s.tasks();
        change[s.to()] -= s.tasks();
      }
    }
    List<Dashboard.WeekPoint> points = new ArrayList<>();
    long late = 0;
    for (int k = 0; k < ats.size(); k++) {
      late += change[k];
      points.add(new Dashboard.WeekPoint(weeks.get(k), late));
    }
    return points;
  }

  /** Sums the cube's rows that share a key into one row each, shaped by {@code shape}. */
  private static List<Dashboard.Work> fold(
      List<Dashboard.Work> cube,
      Function<Dashboard.Work, String> key,
      Function<Dashboard.Work, Dashboard.Work> shape,
      Comparator<Dashboard.Work> order) {
    Map<String, Dashboard.Work> groups = new LinkedHashMap<>();
    for (Dashboard.Work w : cube) {
      groups.merge(key.apply(w), plus(shape.apply(w), w), Dashboards::plus);
    }
    List<Dashboard.Work> rows = new ArrayList<>(groups.values());
    rows.sort(order);
    return rows;
  }

  /** {@code a}'s grouping fields with the counts of both. */
  private static Dashboard.Work plus(Dashboard.Work a, Dashboard.Work b) {
    return new Dashboard.Work(
        a.processKey(),
        a.processName(),
        a.stepKey(),
        a.stepName(),
        a.districtId(),
        a.assignee(),
        a.open() + b.open(),
        a.dueSoon() + b.dueSoon(),
        a.overdue() + b.overdue(),
        a.escalated() + b.escalated());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
