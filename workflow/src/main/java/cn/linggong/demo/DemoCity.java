package cn.linggong.demo;

import cn.linggong.calendar.WorkingDayCalendar;
import cn.linggong.engine.EngineTimeTravel;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.IdentityProperties;
import cn.linggong.shared.time.MovableTime;
import cn.linggong.worker.WorkerRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Seeds a living demo city on a first start: plays every {@link DemoStory} on one timeline over the
 * past months, each event done by a demo user through the real services while the application's and
 * the engine's clocks stand at its time, and the jobs that fall due meanwhile (follow-up timers,
 * escalations) run as the job executor would run them. It runs before the web server opens, with
 * the job executor paused, and only when no gig worker is registered yet; {@code
 * linggong.demo-data.cases=0} (the {@code prod} profile, the tests) seeds nothing.
 */
@Component
@ConditionalOnExpression(
    "${linggong.demo-data.cases:0} > 0 and ${linggong.identity.demo.enabled:false}")
@RequiredArgsConstructor
public class DemoCity implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

  private final DemoDataProperties properties;
  private final IdentityProperties identity;
  private final List<DemoStory> stories;
  private final WorkerRegistry workers;
  private final WorkingDayCalendar calendar;
  private final DirectoryService directory;
  private final MovableTime time;
  private final Clock clock;
  private final EngineTimeTravel engine;
  private volatile boolean running;
  private volatile Played played;

  /** What a run did: events played, events that failed, jobs run. */
  public record Played(int events, int failed, int jobs, Duration took) {}

  @Override
  public void start() {
    running = true;
    if (workers.anyRegistered()) {
      log.info("Demo city: gig workers are registered already; nothing seeded");
      return;
    }
    played = play(properties.cases());
    log.info(
        "Demo city seeded: {} cases, {} events ({} refused), {} jobs run, in {} s",
        properties.cases(),
        played.events(),
        played.failed(),
        played.jobs(),
        played.took().toSeconds());
  }

  /** Plays a city of {@code cases} cases over the configured months up to now. */
  public Played play(int cases) {
    long began = System.nanoTime();
    Instant end = clock.instant();
    Instant start = end.atZone(clock.getZone()).minusMonths(properties.months()).toInstant();
    Map<String, String> areaCodes = new LinkedHashMap<>();
    identity.demo().districts().forEach(d -> areaCodes.put(d.id(), d.areaCode()));
    Random random = new Random(properties.seed());
    DemoPlan plan =
        new DemoPlan(
            random,
            start,
            end,
            clock.getZone(),
            calendar,
            directory,
            new DemoPeople(random, areaCodes),
            clock::instant);
    boolean resume = engine.pauseJobExecutor();
    int events = 0;
    int failed = 0;
    int[] jobs = {0};
    try {
      moveTo(start);
      stories.stream()
          .sorted(Comparator.comparingInt(DemoStory::order))
          .forEach(s -> s.begin(plan, cases * s.sharePercent() / 100));
      // a slow case type may begin before the history (a certification evaluated a year on)
      moveTo(plan.earliest());
      String[] label = new String[1];
      Runnable action;
      while ((action =
              plan.next(
                  (at, what) -> {
                    label[0] = what;
                    if (at.isAfter(clock.instant())) {
                      moveTo(at);
                      jobs[0] += engine.runDueJobs();
                    }
                  }))
          != null) {
        events++;
        try {
          action.run();
        } catch (RuntimeException e) {
          failed++;
          // the exception's class only: messages may carry what a person typed
          log.warn("Demo city: {} refused ({})", label[0], e.getClass().getSimpleName());
          log.debug("Demo city: {} refused", label[0], e);
        }
      }
      moveTo(end);
      jobs[0] += engine.runDueJobs();
    } finally {
      time.release();
      engine.release();
      if (resume) {
        engine.resumeJobExecutor();
      }
    }
    return new Played(events, failed, jobs[0], Duration.ofNanos(System.nanoTime() - began));
  }

  /** What the seeding at this start did; empty when it found the city seeded already. */
  public java.util.Optional<Played> played() {
    return java.util.Optional.ofNullable(played);
  }

  private void moveTo(Instant at) {
    time.moveTo(at);
    engine.moveTo(at);
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Before the web server (which starts in the last phase) takes requests. */
  @Override
  public int getPhase() {
    return 0;
  }
}
