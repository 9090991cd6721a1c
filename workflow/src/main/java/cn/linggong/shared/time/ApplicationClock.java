package cn.linggong.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock in the bureau's time zone, which the demo-data generator may hold in the past.
 */
public final class ApplicationClock extends Clock implements MovableTime {

  private final ZoneId zone;
  private final AtomicReference<Instant> held;

  public ApplicationClock(ZoneId zone) {
    this(zone, new AtomicReference<>());
  }

  private ApplicationClock(ZoneId zone, AtomicReference<Instant> held) {
    this.zone = zone;
    this.held = held;
  }

  @Override
  public void moveTo(Instant instant) {
    held.set(instant);
  }

  @Override
  public void release() {
    held.set(null);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new ApplicationClock(other, held);
  }

  @Override
  public Instant instant() {
    Instant instant = held.get();
    return instant == null ? Instant.now() : instant;
  }
}
