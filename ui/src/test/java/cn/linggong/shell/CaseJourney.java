package cn.linggong.shell;

import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A case's journey in Chromium: the application on a random port, its clocks and the engine's on
 * {@link #start()} (Monday 2 March 2026 09:00, Beijing time) before each test, a browser open; the
 * browser closed and the engine's clock released after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
public abstract class CaseJourney {

  protected static final Instant MARCH_2 =
      OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();

  @LocalServerPort protected int port;
  @Autowired protected MutableClock clock;

  protected BrowserSession b;

  /** Where the clocks start (MARCH_2 unless a journey needs another hour). */
  protected Instant start() {
    return MARCH_2;
  }

  @BeforeEach
  void openBrowser() {
    moveTo(start());
    b = new BrowserSession(port, "1400,1000");
  }

  @AfterEach
  void closeBrowser() {
    ClockUtil.reset();
    if (b != null) {
      b.close();
    }
  }

  /** Moves the application's clock and the engine's together. */
  protected void moveTo(Instant instant) {
    clock.set(instant);
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
