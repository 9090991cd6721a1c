package cn.linggong.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.linggong.testsupport.TestClock;
import cn.linggong.testsupport.TestIds;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What once gave a 500 (issue 12, finding 7) gets a 400 naming the field and writes nothing; two
 * filings naming the same new employer at once both succeed with one employer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.class)
class BadInputTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired DataSource dataSource;

  private int count(String table) {
    return new JdbcTemplate(dataSource)
        .queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }

  private long newWorker() throws Exception {
    String body =
        mvc.perform(
                post("/api/workers")
                    .with(httpBasic("caseworker1", "demo"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        json.writeValueAsString(
                            Map.of(
                                "name", "谢红",
                                "idNumber", TestIds.idNumber(LocalDate.of(1970, 7, 7), true),
                                "mobile", TestIds.mobile()))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body).get("id").asLong();
  }

  @Test
  void aKeyGivenTwiceIsNamed() throws Exception {
    int districts = count("ACT_ID_TENANT");
    mvc.perform(
            post("/api/admin/districts")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":\"kf-a\",\"name\":\"甲\",\"name\":\"乙\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"))
        .andExpect(jsonPath("$.errors[0].message").value("此字段在请求中出现了不止一次"));
    assertThat(count("ACT_ID_TENANT")).isEqualTo(districts);
  }

  @Test
  void aValueOfTheWrongKindIsNamed() throws Exception {
    long worker = newWorker();
    mvc.perform(
            put("/api/workers/" + worker + "/hardship")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"lowIncome\":\"NONE\",\"disabilityGrade\":\"three\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("disabilityGrade"));
  }

  @Test
  void nullsInListsAreRefusedPerItem() throws Exception {
    mvc.perform(
            put("/api/calendar/years/2099")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"source\":\"测试\",\"days\":[null]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("days[0]"));
    int users = count("ACT_ID_USER");
    mvc.perform(
            post("/api/admin/users")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"userId\":\"nulls\",\"name\":\"空\",\"roles\":[null],"
                        + "\"districtId\":\"kf-gulou\",\"password\":\"a-long-password\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("roles"));
    assertThat(count("ACT_ID_USER")).isEqualTo(users);
  }

  @Test
  void oversizedTextsAreRefusedBeforeTheDatabaseIs() throws Exception {
    mvc.perform(
            post("/api/admin/districts")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    json.writeValueAsString(Map.of("id", "kf-long", "name", "区".repeat(10_000)))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    long worker = newWorker();
    mvc.perform(
            put("/api/workers/" + worker + "/hardship")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    json.writeValueAsString(
                        Map.of(
                            "lowIncome",
                            "NONE",
                            "disabilityCertificate",
                            "4".repeat(10_000),
                            "disabilityGrade",
                            2))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='disabilityCertificate')]").exists());
  }

  private int fileNamingEmployer(String creditCode) throws Exception {
    Map<String, Object> filing =
        Map.of(
            "channel", "WALK_IN",
            "complainants",
                List.of(
                    Map.of(
                        "name",
                        "并发",
                        "idNumber",
                        TestIds.idNumber(LocalDate.of(1981, 1, 1), false),
                        "mobile",
                        TestIds.mobile(),
                        "amountOwed",
                        "100.00")),
            "employer",
                Map.of(
                    "kind", "ORGANIZATION",
                    "name", "开封市并发测试有限公司",
                    "creditCode", creditCode,
                    "contactName", "周经理",
                    "contactPhone", "13800001234",
                    "address", "鼓楼区黄河大街1号"),
            "project", "测试",
            "construction", false,
            "workStart", "2026-01-01",
            "workEnd", "2026-02-01",
            "payAgreement", "DAILY",
            "request", "支付工资");
    return mvc.perform(
            post("/api/complaints")
                .with(httpBasic("mediator1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(filing)))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  @Test
  void filingsNamingTheSameNewEmployerAtOnceShareIt() throws Exception {
    String code = TestIds.creditCode();
    int employers = count("employer");
    assertThat(new HashSet<>(atOnce(4, () -> fileNamingEmployer(code)))).containsExactly(201);
    assertThat(count("employer")).isEqualTo(employers + 1);
  }

  @Test
  void theSameWorkerRegisteredAtOnceIsOneRecordAndNoServerError() throws Exception {
    String id = TestIds.idNumber(LocalDate.of(1966, 6, 6), false);
    int workers = count("worker");
    Callable<Integer> registration =
        () ->
            mvc.perform(
                    post("/api/workers")
                        .with(httpBasic("caseworker1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            json.writeValueAsString(
                                Map.of("name", "同时", "idNumber", id, "mobile", TestIds.mobile()))))
                .andReturn()
                .getResponse()
                .getStatus();
    List<Integer> answers = atOnce(8, registration);
    // the first is registered; the others are told it is (400) or that it was a moment ago (409)
    assertThat(answers).containsOnlyOnce(201).allMatch(s -> s == 201 || s == 400 || s == 409);
    assertThat(count("worker")).isEqualTo(workers + 1);
  }

  /** The answers of {@code times} calls made by 4 clients at once. */
  private static List<Integer> atOnce(int times, Callable<Integer> call) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        runs.add(clients.submit(call));
      }
      List<Integer> answers = new ArrayList<>();
      for (Future<Integer> run : runs) {
        answers.add(run.get());
      }
      return answers;
    } finally {
      clients.shutdown();
    }
  }

  @Test
  void aTimeLimitOfNoDaysAndABlankDistrictAreRefused() throws Exception {
    mvc.perform(
            put("/api/time-limits/test.zero")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\":0,\"unit\":\"WORKING_DAYS\",\"legalBasis\":\"测试\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("amount"));
    int users = count("ACT_ID_USER");
    mvc.perform(
            post("/api/admin/users")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"userId\":\"blank-district\",\"name\":\"空白\",\"roles\":[\"caseworker\"],"
                        + "\"districtId\":\"  \",\"password\":\"a-long-password\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("districtId"));
    assertThat(count("ACT_ID_USER")).isEqualTo(users);
  }

  @Test
  void controlCharactersFractionsOrdinalsAndFarDatesAreRefusedByName() throws Exception {
    int workers = count("worker");
    mvc.perform(
            post("/api/workers")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"王\\u001b[31m芳\",\"idNumber\":\""
                        + TestIds.idNumber(LocalDate.of(1971, 1, 1), true)
                        + "\",\"mobile\":\"13800001234\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"))
        .andExpect(jsonPath("$.errors[0].message").value("不能含控制字符或换行"));
    mvc.perform(
            post("/api/workers")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"王芳\",\"idNumber\":410204197602280041,\"mobile\":\"13800001234\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("idNumber"));
    assertThat(count("worker")).isEqualTo(workers);
    mvc.perform(
            put("/api/workers/" + newWorker() + "/hardship")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"lowIncome\":\"0\",\"disabilityGrade\":1.5,\"waitingSince\":\"+10000-01-01\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            put("/api/workers/" + newWorker() + "/hardship")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"lowIncome\":\"NONE\",\"waitingSince\":\"0000-01-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("waitingSince"))
        .andExpect(jsonPath("$.errors[0].message").value("日期应在 1900-01-01 至 2100-12-31 之间"));
  }

  @Test
  void aMethodOrMediaTypeNoEndpointTakesIsAProblemToo() throws Exception {
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                    "/api/workers/1")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            post("/api/workers")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(MediaType.TEXT_PLAIN)
                .content("name=王芳"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }
}
