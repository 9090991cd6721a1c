package cn.linggong.shared.time;

import java.time.Instant;

/**
 * The application's "now", moved only by the demo-data generator while it replays the past months
 * of a demo city (and by tests). Never moved in the {@code prod} profile: nothing there calls it.
 */
public interface MovableTime {

  /** From now on, "now" is {@code instant} until moved again or released. */
  void moveTo(Instant instant);

  /** "Now" is the system's again. */
  void release();
}
