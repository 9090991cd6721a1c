package cn.linggong.testsupport;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application's clock with one the test moves. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

  @Bean
  @Primary
  public MutableClock mutableClock() {
    return MutableClock.startingNow();
  }

  /** For tests that ask for a plain Clock. */
  public static Clock of(MutableClock clock) {
    return clock;
  }
}
