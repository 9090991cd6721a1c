package cn.linggong.calendar;

import java.util.Optional;

/**
 * How the recomputation of the dates computed from a year stands, after its official arrangement
 * was entered. The calendar shows it; the feature that does the work provides it.
 */
public interface RecomputationProgress {

  Optional<Progress> of(int year);

  /** {@code state} PENDING or DONE; dates looked at, moved, and those that could not be. */
  record Progress(String state, int examined, int changed, int failed) {}
}
