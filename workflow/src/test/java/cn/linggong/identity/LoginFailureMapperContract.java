package cn.linggong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the login-failure mapper must do on every database Linggong runs on. */
abstract class LoginFailureMapperContract {

  @Autowired LoginFailureMapper mapper;

  private final Instant failure = Instant.parse("2026-10-01T01:02:03.456Z");

  @Test
  void countsFailuresAndLocksOnceTheMaximumIsReached() {
    assertThat(mapper.insert("lock-a", "10.0.0.1", failure)).isEqualTo(1);
    assertThat(mapper.insert("lock-a", "10.0.0.1", failure)).as("already there").isZero();
    for (int i = 0; i < 4; i++) {
      assertThat(mapper.count("lock-a", "10.0.0.1", failure)).isEqualTo(1);
      assertThat(mapper.lock("lock-a", "10.0.0.1", 5, failure.plusSeconds(900))).isZero();
    }
    mapper.count("lock-a", "10.0.0.1", failure);
    assertThat(mapper.lock("lock-a", "10.0.0.1", 5, failure.plusSeconds(900))).isEqualTo(1);
    assertThat(mapper.lock("lock-a", "10.0.0.1", 5, failure.plusSeconds(999)))
        .as("locked once")
        .isZero();
    assertThat(mapper.count("lock-a", "10.0.0.1", failure)).as("no count while locked").isZero();
    LoginFailure read = mapper.find("lock-a", "10.0.0.1").orElseThrow();
    assertThat(read.failedCount()).isEqualTo(5);
    // MySQL connections send no fractional seconds (sendFractionalSeconds=false, for Camunda)
    assertThat(read.lockedUntil().truncatedTo(ChronoUnit.SECONDS))
        .isEqualTo(failure.plusSeconds(900).truncatedTo(ChronoUnit.SECONDS));
    assertThat(mapper.lockedUntil("lock-a", failure)).isPresent();
    assertThat(mapper.find("lock-a", "10.0.0.2")).as("another address").isEmpty();
  }

  @Test
  void aLockThatRanOutStartsAFreshCount() {
    mapper.insert("lock-b", "10.0.0.1", failure);
    mapper.count("lock-b", "10.0.0.1", failure);
    mapper.lock("lock-b", "10.0.0.1", 1, failure.plusSeconds(60));
    assertThat(mapper.expire("lock-b", "10.0.0.1", failure.plusSeconds(30))).isZero();
    assertThat(mapper.expire("lock-b", "10.0.0.1", failure.plusSeconds(61))).isEqualTo(1);
    LoginFailure read = mapper.find("lock-b", "10.0.0.1").orElseThrow();
    assertThat(read.failedCount()).isZero();
    assertThat(read.lockedUntil()).isNull();
    assertThat(mapper.lockedUntil("lock-b", failure.plusSeconds(61))).isEmpty();
  }

  @Test
  void deletesOneAddressOrTheWholeAccount() {
    mapper.insert("lock-c", "10.0.0.1", failure);
    mapper.insert("lock-c", "10.0.0.2", failure);
    assertThat(mapper.delete("lock-c", "10.0.0.1")).isEqualTo(1);
    assertThat(mapper.find("lock-c", "10.0.0.1")).isEmpty();
    assertThat(mapper.deleteSubject("lock-c")).isEqualTo(1);
    assertThat(mapper.find("lock-c", "10.0.0.2")).isEmpty();
  }

  @Test
  void findsNothingForAnUnknownUser() {
    assertThat(mapper.find("nobody-here", "10.0.0.1")).isEmpty();
    assertThat(mapper.lockedUntil("nobody-here", failure)).isEmpty();
  }
}
