package cn.linggong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the login-lock mapper must do on every database Linggong runs on. */
abstract class LoginLockMapperContract {

  @Autowired LoginLockMapper mapper;

  private final Instant failure = Instant.parse("2026-10-01T01:02:03.456Z");

  @Test
  void storesAndReadsBackALockToTheMillisecondOrSecond() {
    mapper.insert(new LoginLock("lock-a", 5, failure, failure.plusSeconds(900)));
    LoginLock read = mapper.find("lock-a").orElseThrow();
    assertThat(read.failedCount()).isEqualTo(5);
    // MySQL connections send no fractional seconds (sendFractionalSeconds=false, for Camunda)
    assertThat(read.lastFailureAt().truncatedTo(ChronoUnit.SECONDS))
        .isEqualTo(failure.truncatedTo(ChronoUnit.SECONDS));
    assertThat(read.lockedUntil().truncatedTo(ChronoUnit.SECONDS))
        .isEqualTo(failure.plusSeconds(900).truncatedTo(ChronoUnit.SECONDS));
  }

  @Test
  void updatesCountAndClearsTheLock() {
    mapper.insert(new LoginLock("lock-b", 1, failure, null));
    mapper.update(new LoginLock("lock-b", 2, failure.plusSeconds(5), null));
    LoginLock read = mapper.find("lock-b").orElseThrow();
    assertThat(read.failedCount()).isEqualTo(2);
    assertThat(read.lockedUntil()).isNull();
  }

  @Test
  void deletesTheRow() {
    mapper.insert(new LoginLock("lock-c", 1, failure, null));
    assertThat(mapper.delete("lock-c")).isEqualTo(1);
    assertThat(mapper.find("lock-c")).isEmpty();
  }

  @Test
  void findsNothingForAnUnknownUser() {
    assertThat(mapper.find("nobody-here")).isEmpty();
  }
}
