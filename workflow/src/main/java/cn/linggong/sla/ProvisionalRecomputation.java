package cn.linggong.sla;

import cn.linggong.audit.AuditService;
import cn.linggong.calendar.OfficialYearEntered;
import cn.linggong.calendar.RecomputationProgress;
import cn.linggong.calendar.WorkingDayCalendar;
import cn.linggong.identity.DirectoryService;
import cn.linggong.notification.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When an admin enters a year's official arrangement, computes again every date that was computed
 * from that year while it was provisional: from its original start and rule, moved on its target
 * (task due and follow-up dates with the escalation timer, process timers, complaint clocks), each
 * change recorded (task, case timeline, audit) and its holder mailed through the outbox.
 *
 * <p>The work is asked for in the admin's transaction ({@link #requested}) and done by {@link
 * #runPending} on any node, in transactions of at most {@code linggong.sla.recompute-batch-size}
 * dates: each date is claimed by a conditional update, so two nodes never move the same date, and a
 * date moved for a year no longer lies in that year's span, so it is moved once. A date that cannot
 * be computed again is marked failed and counted, never retried in a loop.
 */
@Service
public class ProvisionalRecomputation implements RecomputationProgress {

  private static final Logger log = LoggerFactory.getLogger(ProvisionalRecomputation.class);
  static final String MAIL_KIND = "due-date-moved";
  static final String SYSTEM = "system";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final ProvisionalMapper mapper;
  private final TimeLimits timeLimits;
  private final WorkingDayCalendar calendar;
  private final Map<String, ProvisionalTarget> targets;
  private final AuditService audit;
  private final Outbox outbox;
  private final DirectoryService directory;
  private final ApplicationEventPublisher events;
  private final SlaProperties properties;
  private final Clock clock;
  private final TransactionTemplate batchTransaction;

  ProvisionalRecomputation(
      ProvisionalMapper mapper,
      TimeLimits timeLimits,
      WorkingDayCalendar calendar,
      List<ProvisionalTarget> targets,
      AuditService audit,
      Outbox outbox,
      DirectoryService directory,
      ApplicationEventPublisher events,
      SlaProperties properties,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.mapper = mapper;
    this.timeLimits = timeLimits;
    this.calendar = calendar;
    this.targets =
        targets.stream()
            .collect(Collectors.toUnmodifiableMap(ProvisionalTarget::kind, Function.identity()));
    this.audit = audit;
    this.outbox = outbox;
    this.directory = directory;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
    this.batchTransaction = new TransactionTemplate(transactions);
    this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A year became official: its dates are to be computed again (in the admin's transaction). */
  @EventListener
  @Transactional(propagation = Propagation.REQUIRED)
  public void requested(OfficialYearEntered entered) {
    Instant now = clock.instant();
    if (mapper.restartRecompute(entered.year(), entered.source(), entered.actor(), now) == 0) {
      mapper.insertRecompute(entered.year(), entered.source(), entered.actor(), now);
    }
    audit.record(
        entered.actor(),
        "CALENDAR_RECOMPUTE_REQUESTED",
        "calendar-year",
        String.valueOf(entered.year()),
        null,
        mapper.countOpenForYear(entered.year()) + " provisional dates");
  }

  /** How the recomputation of a year stands, if one was asked for. */
  @Transactional(readOnly = true)
  public Optional<Recompute> status(int year) {
    return mapper.findRecompute(year);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Progress> of(int year) {
    return status(year).map(r -> new Progress(r.state(), r.examined(), r.changed(), r.failed()));
  }

  /**
   * Runs every asked-for recomputation to its end, batch by batch; returns the number of dates
   * moved. Safe on every node at once.
   */
  @Scheduled(
      fixedDelayString = "${linggong.sla.recompute-interval:PT10S}",
      initialDelayString = "${linggong.sla.recompute-interval:PT10S}")
  public int runPending() {
    int moved = 0;
    for (int year : mapper.pendingYears()) {
      moved += run(year);
    }
    return moved;
  }

  private int run(int year) {
    if (!calendar.knows(year)) {
      calendar.refreshIfChanged(); // entered on another node a moment ago
      if (!calendar.knows(year)) {
        return 0; // removed again meanwhile: its dates stay provisional
      }
    }
    int moved = 0;
    java.util.Set<Long> seen = new java.util.HashSet<>();
    while (true) {
      List<Long> ids = mapper.findOpenIds(year, properties.recomputeBatchSize());
      if (ids.isEmpty() || !seen.addAll(ids)) {
        break;
      }
      Counts counts;
      try {
        counts = batchTransaction.execute(status -> batch(year, ids));
      } catch (RuntimeException e) {
        log.warn("A recomputation batch of {} failed ({}); moving its dates one by one", year, e);
        counts = Counts.NONE;
        for (Long id : ids) {
          counts = counts.plus(single(year, id));
        }
      }
      moved += counts.changed();
      if (counts.examined() == 0 && counts.failed() == 0) {
        break; // another node holds these dates; it finishes the year
      }
    }
    batchTransaction.executeWithoutResult(status -> finishIfDone(year));
    return moved;
  }

  private Counts single(int year, long id) {
    try {
      return batchTransaction.execute(status -> batch(year, List.of(id)));
    } catch (RuntimeException e) {
      log.error("Provisional date {} could not be computed again for {}", id, year, e);
      return batchTransaction.execute(
          status -> {
            if (mapper.claim(id, year, clock.instant()) != 1) {
              return Counts.NONE;
            }
            ProvisionalDate date = mapper.find(id).orElseThrow();
            mapper.settle(
                id, date.valueAt(), date.firstYear(), date.lastYear(), "FAILED", clock.instant());
            mapper.addCounts(year, 0, 0, 1);
            return new Counts(0, 0, 1);
          });
    }
  }

  private record Counts(int examined, int changed, int failed) {
    static final Counts NONE = new Counts(0, 0, 0);

    Counts plus(Counts other) {
      return new Counts(examined + other.examined, changed + other.changed, failed + other.failed);
    }
  }

  private Counts batch(int year, List<Long> ids) {
    int examined = 0;
    int changed = 0;
    Instant now = clock.instant();
    String source = mapper.findRecompute(year).map(Recompute::source).orElse("");
    for (Long id : ids) {
      if (mapper.claim(id, year, now) != 1) {
        continue; // another node took it, or it moved on
      }
      ProvisionalDate date = mapper.find(id).orElseThrow();
      examined++;
      ProvisionalTarget target = targets.get(date.kind());
      if (target == null) {
        log.warn("No target moves provisional dates of kind {} (row {})", date.kind(), id);
        mapper.settle(id, date.valueAt(), date.firstYear(), date.lastYear(), "GONE", now);
        continue;
      }
      TimeLimits.Reckoned computed = timeLimits.reckon(date.dateRule(), date.startAt());
      // settled first, so that what the target updates (the inbox) sees the new state
      mapper.settle(
          id,
          computed.at(),
          computed.provisional() ? computed.provisionalYears().first() : date.firstYear(),
          computed.provisional() ? computed.provisionalYears().last() : date.lastYear(),
          computed.provisional() ? "OPEN" : "DONE",
          now);
      ProvisionalTarget.Move move = target.move(date, computed);
      if (move.result() == ProvisionalTarget.Result.GONE) {
        mapper.settle(id, computed.at(), date.firstYear(), date.lastYear(), "GONE", now);
      }
      if (move.result() == ProvisionalTarget.Result.MOVED) {
        changed++;
        record(date, move, computed, year, source, now);
      }
    }
    if (examined > 0) {
      mapper.addCounts(year, examined, changed, 0);
    }
    return new Counts(examined, changed, 0);
  }

  private void record(
      ProvisionalDate date,
      ProvisionalTarget.Move move,
      TimeLimits.Reckoned computed,
      int year,
      String source,
      Instant now) {
    DueDateChange change =
        new DueDateChange(
            0,
            date.kind(),
            date.ref(),
            move.taskId(),
            date.processInstanceId(),
            date.businessKey(),
            move.what(),
            move.oldAt(),
            computed.at(),
            year,
            computed.provisional(),
            now);
    mapper.insertChange(change);
    audit.record(
        SYSTEM,
        "DUE_DATE_RECOMPUTED",
        date.kind().toLowerCase(java.util.Locale.ROOT),
        date.ref(),
        null,
        (date.businessKey() == null ? "" : date.businessKey() + " ")
            + (move.what() == null ? "" : move.what() + " ")
            + move.oldAt()
            + " → "
            + computed.at()
            + " ("
            + year
            + ")");
    events.publishEvent(new DueDateMoved(change));
    if (move.holder() != null) {
      directory
          .contact(move.holder())
          .ifPresent(
              contact ->
                  outbox.queue(
                      MAIL_KIND,
                      "due-date-moved-" + date.id() + "-" + year,
                      contact.email(),
                      contact.locale(),
                      date.businessKey() == null ? "—" : date.businessKey(),
                      move.what() == null ? "—" : move.what(),
                      DAY.format(move.oldAt().atZone(clock.getZone())),
                      DAY.format(computed.at().atZone(clock.getZone())),
                      year,
                      source));
    }
  }

  private void finishIfDone(int year) {
    if (mapper.countOpenForYear(year) > 0) {
      return;
    }
    if (mapper.finishRecompute(year, clock.instant()) == 1) {
      Recompute done = mapper.findRecompute(year).orElseThrow();
      audit.record(
          SYSTEM,
          "CALENDAR_RECOMPUTED",
          "calendar-year",
          String.valueOf(year),
          null,
          "examined "
              + done.examined()
              + ", changed "
              + done.changed()
              + ", failed "
              + done.failed());
      log.info(
          "Dates computed from provisional {} recomputed: {} examined, {} moved, {} failed",
          year,
          done.examined(),
          done.changed(),
          done.failed());
    }
  }
}
