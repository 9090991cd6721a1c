package cn.linggong.benchmark;

import java.util.Arrays;
import java.util.function.Supplier;

/** How the benchmarks time a query: 30 runs after 5 warm-up runs; the median and the 95th. */
final class Timings {

  static final int RUNS = 30;
  static final int WARM_UP = 5;

  private Timings() {}

  /** {median, p95} in milliseconds. */
  static double[] time(Supplier<?> query) {
    for (int i = 0; i < WARM_UP; i++) {
      query.get();
    }
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      query.get();
      millis[i] = (System.nanoTime() - start) / 1_000_000.0;
    }
    Arrays.sort(millis);
    return new double[] {millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1]};
  }
}
