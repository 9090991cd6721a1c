package cn.linggong.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.linggong.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The calendar over REST, at every 2025 and 2026 holiday boundary: each holiday's eve, first day,
 * last day and the first day back, and each make-up working day (国务院办公厅 notices of 2024-11-12 and
 * 2025-11-04).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.class)
class CalendarApiTest {

  @Autowired MockMvc mvc;
  @Autowired cn.linggong.testsupport.MutableClock clock;

  @ParameterizedTest(name = "{0} {3} → {1} {2}")
  @CsvSource({
    // 2025 元旦 (1-1, Wednesday only)
    "2025-01-01, false, HOLIDAY, 元旦",
    "2025-01-02, true, WEEKDAY, first day back",
    // 2025 春节 1-28 .. 2-4, make-up 1-26 (Sun) and 2-8 (Sat)
    "2025-01-26, true, WORKDAY, make-up day",
    "2025-01-27, true, WEEKDAY, eve",
    "2025-01-28, false, HOLIDAY, first day",
    "2025-02-04, false, HOLIDAY, last day",
    "2025-02-05, true, WEEKDAY, first day back",
    "2025-02-08, true, WORKDAY, make-up day",
    // 2025 清明节 4-4 .. 4-6
    "2025-04-03, true, WEEKDAY, eve",
    "2025-04-04, false, HOLIDAY, first day",
    "2025-04-06, false, WEEKEND, last day",
    "2025-04-07, true, WEEKDAY, first day back",
    // 2025 劳动节 5-1 .. 5-5, make-up 4-27 (Sun)
    "2025-04-27, true, WORKDAY, make-up day",
    "2025-04-30, true, WEEKDAY, eve",
    "2025-05-01, false, HOLIDAY, first day",
    "2025-05-05, false, HOLIDAY, last day",
    "2025-05-06, true, WEEKDAY, first day back",
    // 2025 端午节 5-31 .. 6-2
    "2025-05-30, true, WEEKDAY, eve",
    "2025-05-31, false, WEEKEND, first day",
    "2025-06-02, false, HOLIDAY, last day",
    "2025-06-03, true, WEEKDAY, first day back",
    // 2025 国庆节、中秋节 10-1 .. 10-8, make-up 9-28 (Sun) and 10-11 (Sat)
    "2025-09-28, true, WORKDAY, make-up day",
    "2025-09-30, true, WEEKDAY, eve",
    "2025-10-01, false, HOLIDAY, first day",
    "2025-10-08, false, HOLIDAY, last day",
    "2025-10-09, true, WEEKDAY, first day back",
    "2025-10-11, true, WORKDAY, make-up day",
    // 2026 元旦 1-1 .. 1-3, make-up 1-4 (Sun)
    "2025-12-31, true, WEEKDAY, eve",
    "2026-01-01, false, HOLIDAY, first day",
    "2026-01-03, false, WEEKEND, last day",
    "2026-01-04, true, WORKDAY, make-up day and first day back",
    // 2026 春节 2-15 .. 2-23, make-up 2-14 (Sat, also the eve) and 2-28 (Sat)
    "2026-02-14, true, WORKDAY, make-up day and eve",
    "2026-02-15, false, WEEKEND, first day",
    "2026-02-16, false, HOLIDAY, first weekday off",
    "2026-02-23, false, HOLIDAY, last day",
    "2026-02-24, true, WEEKDAY, first day back",
    "2026-02-28, true, WORKDAY, make-up day",
    // 2026 清明节 4-4 .. 4-6
    "2026-04-03, true, WEEKDAY, eve",
    "2026-04-04, false, WEEKEND, first day",
    "2026-04-06, false, HOLIDAY, last day",
    "2026-04-07, true, WEEKDAY, first day back",
    // 2026 劳动节 5-1 .. 5-5, make-up 5-9 (Sat)
    "2026-04-30, true, WEEKDAY, eve",
    "2026-05-01, false, HOLIDAY, first day",
    "2026-05-05, false, HOLIDAY, last day",
    "2026-05-06, true, WEEKDAY, first day back",
    "2026-05-09, true, WORKDAY, make-up day",
    // 2026 端午节 6-19 .. 6-21
    "2026-06-18, true, WEEKDAY, eve",
    "2026-06-19, false, HOLIDAY, first day",
    "2026-06-21, false, WEEKEND, last day",
    "2026-06-22, true, WEEKDAY, first day back",
    // 2026 中秋节 9-25 .. 9-27; 国庆节 10-1 .. 10-7, make-up 9-20 (Sun) and 10-10 (Sat)
    "2026-09-20, true, WORKDAY, make-up day",
    "2026-09-24, true, WEEKDAY, eve",
    "2026-09-25, false, HOLIDAY, first day",
    "2026-09-27, false, WEEKEND, last day",
    "2026-09-28, true, WEEKDAY, first day back",
    "2026-09-30, true, WEEKDAY, eve",
    "2026-10-01, false, HOLIDAY, first day",
    "2026-10-07, false, HOLIDAY, last day",
    "2026-10-08, true, WEEKDAY, first day back",
    "2026-10-10, true, WORKDAY, make-up day",
  })
  void answersEveryHolidayBoundary(String date, boolean workingDay, String kind, String what)
      throws Exception {
    mvc.perform(get("/api/calendar/day").param("date", date).with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.date").value(date))
        .andExpect(jsonPath("$.workingDay").value(workingDay))
        .andExpect(jsonPath("$.kind").value(kind));
  }

  @Test
  void namesTheHolidayAndTheMakeUpDay() throws Exception {
    mvc.perform(
            get("/api/calendar/day")
                .param("date", "2026-10-01")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(jsonPath("$.name").value("国庆节"));
    mvc.perform(
            get("/api/calendar/day")
                .param("date", "2026-02-28")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(jsonPath("$.name").value("春节调休上班"));
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    "2026-09-30, 5, 2026-10-13",
    "2026-09-30, 0, 2026-09-30",
    "2026-10-03, 0, 2026-10-08",
    "2026-02-13, 2, 2026-02-24",
    "2025-01-24, 1, 2025-01-26",
    "2025-12-31, 1, 2026-01-04",
  })
  void addsWorkingDays(String from, int days, String expected) throws Exception {
    mvc.perform(
            get("/api/calendar/add-working-days")
                .param("from", from)
                .param("days", String.valueOf(days))
                .with(httpBasic("mediator1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value(from))
        .andExpect(jsonPath("$.days").value(days))
        .andExpect(jsonPath("$.date").value(expected));
  }

  @Test
  void countsWorkingDaysBetweenTwoDates() throws Exception {
    mvc.perform(
            get("/api/calendar/working-days")
                .param("from", "2026-09-30")
                .param("to", "2026-10-13")
                .with(httpBasic("mediator1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.count").value(5));
  }

  @Test
  void malformedDateNegativeDaysAndReversedRangeGet400PerField() throws Exception {
    mvc.perform(
            get("/api/calendar/add-working-days")
                .param("from", "2026-13-01")
                .param("days", "-1")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[?(@.field=='from')].message", hasItem(containsString("YYYY-MM-DD"))))
        .andExpect(jsonPath("$.errors[?(@.field=='days')].message", hasItem("天数不能为负数")));
    mvc.perform(
            get("/api/calendar/add-working-days")
                .param("from", "2026-10-01")
                .param("days", "five")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='days')].message", hasItem("天数应为整数")));
    mvc.perform(
            get("/api/calendar/working-days")
                .param("from", "2026-10-13")
                .param("to", "2026-09-30")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='to')].message", hasItem("结束日期不能早于开始日期")));
    mvc.perform(
            get("/api/calendar/day")
                .param("date", "yesterday")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/calendar/day").with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aYearBeyondTheLawsSourceGets422NamingTheYear() throws Exception {
    mvc.perform(
            get("/api/calendar/day")
                .param("date", "2051-03-01")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.detail").value(containsString("2051 年工作日历尚未维护")));
    mvc.perform(
            get("/api/calendar/add-working-days")
                .param("from", "2050-12-28")
                .param("days", "5")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.detail").value(containsString("2051")));
    mvc.perform(
            get("/api/calendar/years/2051")
                .with(httpBasic("caseworker1", "demo"))
                .header("Accept-Language", "en"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(
            jsonPath("$.detail").value(containsString("calendar of 2051 has not been entered")));
  }

  @Test
  void answersFromAYearWithoutANoticeSayTheyAreProvisional() throws Exception {
    mvc.perform(
            get("/api/calendar/add-working-days")
                .param("from", "2026-12-30")
                .param("days", "5")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.date").value("2027-01-07"))
        .andExpect(jsonPath("$.provisional").value(true))
        .andExpect(jsonPath("$.provisionalYears[0]").value(2027));
    mvc.perform(
            get("/api/calendar/add-working-days")
                .param("from", "2026-09-30")
                .param("days", "5")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(jsonPath("$.date").value("2026-10-13"))
        .andExpect(jsonPath("$.provisional").value(false))
        .andExpect(jsonPath("$.provisionalYears").isEmpty());
    mvc.perform(
            get("/api/calendar/working-days")
                .param("from", "2026-12-30")
                .param("to", "2027-01-07")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(jsonPath("$.count").value(5))
        .andExpect(jsonPath("$.provisional").value(true));
    mvc.perform(
            get("/api/calendar/day")
                .param("date", "2027-02-05")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(jsonPath("$.kind").value("HOLIDAY"))
        .andExpect(jsonPath("$.name").value("春节"))
        .andExpect(jsonPath("$.workingDay").value(false))
        .andExpect(jsonPath("$.provisional").value(true));
    mvc.perform(get("/api/calendar/years/2027").with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.provisional").value(true))
        .andExpect(jsonPath("$.days[0].date").value("2027-01-01"))
        .andExpect(
            jsonPath("$.days[*].kind")
                .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("HOLIDAY"))));
    clock.set(java.time.Instant.parse("2026-12-01T02:00:00Z"));
    mvc.perform(get("/api/calendar/years").with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.year == 2026)].provisional").value(hasItem(false)))
        .andExpect(jsonPath("$[?(@.year == 2027)].provisional").value(hasItem(true)));
  }

  @Test
  void listsAYearsHolidaysAndMakeUpDays() throws Exception {
    mvc.perform(get("/api/calendar/years/2026").with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.source").value(containsString("2026年部分节假日安排")))
        .andExpect(jsonPath("$.days.length()").value(25))
        .andExpect(jsonPath("$.days[0].date").value("2026-01-01"));
  }

  @Test
  void onlyAdminsReplaceAYear() throws Exception {
    mvc.perform(
            put("/api/calendar/years/2099")
                .with(httpBasic("supervisor1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"source\":\"x\",\"days\":[]}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void adminEntersANewYearAndItCountsAtOnceWithoutARestart() throws Exception {
    mvc.perform(
            get("/api/calendar/day").param("date", "2099-01-01").with(httpBasic("admin", "demo")))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(
            put("/api/calendar/years/2099")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"source":"测试通知","days":[
                  {"date":"2099-01-01","kind":"HOLIDAY","name":"元旦"},
                  {"date":"2099-01-03","kind":"WORKDAY","name":"元旦调休上班"}]}
                """))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.days.length()").value(2));
    mvc.perform(
            get("/api/calendar/day").param("date", "2099-01-01").with(httpBasic("admin", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("HOLIDAY"));
    mvc.perform(
            get("/api/calendar/add-working-days")
                .param("from", "2098-12-31")
                .param("days", "1")
                .with(httpBasic("admin", "demo")))
        .andExpect(status().isUnprocessableEntity()); // 2098 is not maintained
    mvc.perform(
            get("/api/calendar/add-working-days")
                .param("from", "2099-01-01")
                .param("days", "0")
                .with(httpBasic("admin", "demo")))
        .andExpect(jsonPath("$.date").value("2099-01-02"));
  }

  @Test
  void badRowsOfAYearGet400PerRowAndNothingIsWritten() throws Exception {
    mvc.perform(
            put("/api/calendar/years/2026")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"source":"x","days":[
                  {"date":"2026-10-01","kind":"HOLIDAY","name":"国庆节"},
                  {"date":"2026-10-03","kind":"HOLIDAY","name":"周六"},
                  {"date":"2026-1-5","kind":"HOLIDAY","name":"坏日期"},
                  {"date":"2026-10-08","kind":"DAYOFF","name":"坏类型"}]}
                """))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='days[2].date')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='days[3].kind')]").exists());
    mvc.perform(get("/api/calendar/years/2026").with(httpBasic("admin", "demo")))
        .andExpect(jsonPath("$.days.length()").value(25));
  }

  @Test
  void timeLimitsAreReadByAllAndChangedByAdminsWithMessagesPerField() throws Exception {
    mvc.perform(get("/api/time-limits/complaint.acceptance").with(httpBasic("mediator1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.amount").value(5))
        .andExpect(jsonPath("$.unit").value("WORKING_DAYS"))
        .andExpect(jsonPath("$.legalBasis").value(containsString("第十八条")));
    mvc.perform(get("/api/time-limits/no.such-limit").with(httpBasic("mediator1", "demo")))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(
            put("/api/time-limits/test.limit")
                .with(httpBasic("mediator1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\":3,\"unit\":\"WORKING_DAYS\",\"legalBasis\":\"x\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            put("/api/time-limits/Bad Key")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\":-1,\"legalBasis\":\"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='key')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='amount')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='unit')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='legalBasis')]").exists());
    mvc.perform(
            put("/api/time-limits/test.limit")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\":3,\"unit\":\"CALENDAR_DAYS\",\"legalBasis\":\"测试\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.amount").value(3));
  }
}
