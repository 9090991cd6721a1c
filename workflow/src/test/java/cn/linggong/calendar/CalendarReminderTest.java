package cn.linggong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * From 1 November admins are told, once a week, that next year's holiday arrangement is not
 * entered, until it is.
 */
@SpringBootTest
@Import(TestClock.class)
class CalendarReminderTest {

  private static final Instant NOV_1 =
      OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();

  @Autowired CalendarReminder reminder;
  @Autowired CalendarMaintenance maintenance;
  @Autowired WorkingDayCalendar calendar;
  @Autowired MutableClock clock;
  @Autowired DataSource dataSource;

  @AfterEach
  void provisional2027Again() {
    if (calendar.knows(2027)) {
      maintenance.removeYear(2027, cn.linggong.testsupport.TestUsers.admin());
    }
  }

  private List<String> reminders() {
    return new JdbcTemplate(dataSource)
        .queryForList(
            "SELECT recipient FROM mail_outbox WHERE kind = 'calendar-reminder' ORDER BY id",
            String.class);
  }

  @Test
  void adminsAreRemindedWeeklyFromNovemberUntilNextYearIsEntered() {
    clock.set(NOV_1.minus(Duration.ofDays(1)));
    assertThat(reminder.missingYear()).isEmpty();
    assertThat(reminder.remind()).isZero();

    clock.set(NOV_1);
    assertThat(reminder.missingYear()).contains(2027);
    assertThat(reminder.remind()).isEqualTo(1);
    assertThat(reminders()).containsExactly("admin@linggong.example");
    String subject =
        new JdbcTemplate(dataSource)
            .queryForObject(
                "SELECT subject FROM mail_outbox WHERE kind = 'calendar-reminder'", String.class);
    assertThat(subject).contains("2027", "尚未录入");

    // once a week: not again the same week, on any node
    clock.set(NOV_1.plus(Duration.ofHours(3)));
    assertThat(reminder.remind()).isZero();
    clock.set(NOV_1.plus(Duration.ofDays(6)));
    assertThat(reminder.remind()).isZero();
    clock.set(NOV_1.plus(Duration.ofDays(7)));
    assertThat(reminder.remind()).isEqualTo(1);
    assertThat(reminders()).hasSize(2);

    maintenance.replaceYear(
        2027,
        "国务院办公厅关于2027年部分节假日安排的通知（测试用）",
        List.of(new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦")),
        cn.linggong.testsupport.TestUsers.admin());
    clock.set(NOV_1.plus(Duration.ofDays(14)));
    assertThat(reminder.missingYear()).isEmpty();
    assertThat(reminder.remind()).isZero();
    assertThat(reminders()).hasSize(2);
  }
}
