package cn.linggong.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand; the application reads "now" only from its Clock bean. */
public class MutableClock extends Clock implements cn.linggong.shared.time.MovableTime {

  private volatile Instant now;
  private final ZoneId zone;

  public MutableClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  public static MutableClock startingNow() {
    return new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public void moveTo(Instant instant) {
    set(instant);
  }

  /** A test's clock stays where it was moved: the test moves it on. */
  @Override
  public void release() {}

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
