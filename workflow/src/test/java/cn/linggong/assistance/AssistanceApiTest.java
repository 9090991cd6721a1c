package cn.linggong.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The assistance REST API end to end (employers, jobs, cases, tasks), its refusals field by field,
 * and a scan of every table, Camunda's included, for ID numbers and phones in clear.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.class)
class AssistanceApiTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired DataSource dataSource;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired MutableClock clock;

  @BeforeEach
  void on2March2026() {
    var now = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
    clock.set(now);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private ResultActions postJson(String path, Object body) throws Exception {
    return mvc.perform(
        post(path)
            .with(httpBasic("caseworker1", "demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  private JsonNode body(ResultActions result) throws Exception {
    return json.readTree(
        result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private void completeTask(String caseNo, String key, Map<String, ?> values) throws Exception {
    String taskId =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(caseNo)
            .taskDefinitionKey(key)
            .singleResult()
            .getId();
    postJson("/api/tasks/" + taskId + "/complete", values).andExpect(status().isNoContent());
  }

  @Test
  void aCaseRunsThroughTheApiAndNoTableHoldsAnIdNumberOrPhoneInClear() throws Exception {
    String idNumber = AssistanceFixture.idNumber(LocalDate.of(1972, 9, 9), true);
    String mobile = "13811112222";
    String employerPhone = "13633334444";
    long workerId =
        body(postJson(
                    "/api/workers",
                    Map.of(
                        "name",
                        "韩梅",
                        "idNumber",
                        idNumber,
                        "mobile",
                        mobile,
                        "skills",
                        List.of("cleaning"),
                        "skillLevel",
                        "JUNIOR",
                        "desiredDailyPay",
                        150))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.skills[0]").value("cleaning")))
            .get("id")
            .asLong();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/workers/" + workerId + "/hardship")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"lowIncome\":\"NONE\",\"disabilityCertificate\":\"41020419720909002X42\","
                        + "\"disabilityGrade\":4,\"zeroEmploymentHousehold\":false,"
                        + "\"longTermUnemployed\":false}"))
        .andExpect(status().isNoContent());

    long employerId =
        body(postJson(
                    "/api/employers",
                    Map.of(
                        "kind", "INDIVIDUAL",
                        "name", "个体户陈师傅",
                        "idNumber", AssistanceFixture.idNumber(LocalDate.of(1970, 1, 1), false),
                        "contactName", "陈师傅",
                        "contactPhone", employerPhone,
                        "address", "鼓楼区书店街12号"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.idNumberMasked").value(containsString("********"))))
            .get("id")
            .asLong();
    postJson("/api/employers/" + employerId + "/verification", Map.of())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verified").value(true))
        .andExpect(jsonPath("$.verifiedBy").value("caseworker1"));
    long jobId =
        body(postJson(
                    "/api/jobs",
                    Map.ofEntries(
                        Map.entry("employerId", employerId),
                        Map.entry("title", "店面保洁"),
                        Map.entry("categoryCode", "cleaning"),
                        Map.entry("headcount", 1),
                        Map.entry("workPlace", "鼓楼区书店街12号"),
                        Map.entry("periodStart", "2026-03-09"),
                        Map.entry("workHours", "每天4小时"),
                        Map.entry("payAmount", "25.00"),
                        Map.entry("payUnit", "HOUR"),
                        Map.entry("settlement", "DAILY"),
                        Map.entry("hiringDate", "2026-03-09"),
                        Map.entry("contactName", "陈师傅"),
                        Map.entry("contactPhone", employerPhone)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.contactPhoneMasked").value("136****4444")))
            .get("id")
            .asLong();

    String caseNo =
        body(postJson("/api/assistance-cases", Map.of("workerId", workerId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("OPEN")))
            .get("caseNo")
            .asText();
    completeTask(caseNo, AssistanceProcess.USER_TASK_INTAKE, Map.of("factsConfirmed", true));
    completeTask(
        caseNo,
        AssistanceProcess.USER_TASK_GUIDANCE,
        Map.of(
            "guidanceDate", "2026-03-02",
            "content", "求职指导",
            "intendedCategories", "cleaning",
            "expectedDailyPay", 150));
    mvc.perform(
            get("/api/assistance-cases/" + caseNo + "/job-matches")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].job.id").value(jobId))
        .andExpect(jsonPath("$[0].reasons", hasItem("CATEGORY")))
        .andExpect(jsonPath("$[0].reasons", hasItem("PAY")));
    completeTask(
        caseNo, AssistanceProcess.USER_TASK_REFERRAL, Map.of("jobId", String.valueOf(jobId)));
    completeTask(
        caseNo,
        AssistanceProcess.USER_TASK_REFERRAL_OUTCOME,
        Map.of("referralOutcome", "HIRED", "startDate", "2026-03-09"));

    JsonNode view =
        body(
            mvc.perform(
                    get("/api/assistance-cases/" + caseNo).with(httpBasic("caseworker1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assistanceCase.tier").value("KEY"))
                .andExpect(jsonPath("$.progress.guidance").value(1))
                .andExpect(jsonPath("$.progress.referrals").value(1))
                .andExpect(jsonPath("$.progress.referralsTotal").value(3))
                .andExpect(jsonPath("$.worker.idNumberMasked").value(containsString("********")))
                .andExpect(jsonPath("$.openTasks[0]").doesNotExist()));
    assertThat(view.get("timeline")).hasSizeGreaterThanOrEqualTo(5);
    long letterId = view.get("documents").get(0).get("id").asLong();
    // the letter is made by a job just after the step: until then the API says so
    assertThat(view.get("documents").get(0).get("status").asText()).isEqualTo("PENDING");
    mvc.perform(
            get("/api/assistance-cases/" + caseNo + "/documents/" + letterId)
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("正在生成")));
    cn.linggong.testsupport.CaseSteps.makeLetters(managementService);
    mvc.perform(
            get("/api/assistance-cases/" + caseNo + "/documents/" + letterId)
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    mvc.perform(get("/api/assistance-cases/" + caseNo).with(httpBasic("caseworker2", "demo")))
        .andExpect(status().isNotFound());
    // the job was filled by this hire
    mvc.perform(get("/api/jobs/" + jobId).with(httpBasic("caseworker1", "demo")))
        .andExpect(jsonPath("$.status").value("FILLED"));

    assertThat(tablesContaining(idNumber)).as("tables with the ID number in clear").isEmpty();
    assertThat(tablesContaining(mobile)).as("tables with the mobile in clear").isEmpty();
    assertThat(tablesContaining(employerPhone)).as("tables with a phone in clear").isEmpty();
    assertThat(tablesContaining("41020419720909002X42"))
        .as("tables with the disability certificate in clear")
        .isEmpty();
    assertThat(tablesContaining("韩梅"))
        .as("the name is findable, so the scan works")
        .contains("WORKER");
  }

  /** Every table of the database, Camunda's runtime, history and byte arrays included. */
  private List<String> tablesContaining(String needle) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<String> tables =
        jdbc.queryForList(
            "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'",
            String.class);
    assertThat(tables).contains("ACT_HI_VARINST", "ACT_GE_BYTEARRAY", "WORKER", "AUDIT_EVENT");
    List<String> found = new ArrayList<>();
    for (String table : tables) {
      boolean hit =
          Boolean.TRUE.equals(
              jdbc.query(
                  "SELECT * FROM \"" + table + "\"",
                  rs -> {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                      for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        String text;
                        try {
                          text =
                              value instanceof byte[] bytes
                                  ? new String(bytes, StandardCharsets.UTF_8)
                                  : value instanceof Blob blob
                                      ? new String(
                                          blob.getBytes(1, (int) blob.length()),
                                          StandardCharsets.UTF_8)
                                      : value instanceof Clob clob
                                          ? clob.getSubString(1, (int) clob.length())
                                          : String.valueOf(value);
                        } catch (java.sql.SQLException e) {
                          throw new IllegalStateException(e);
                        }
                        if (text.contains(needle)) {
                          return true;
                        }
                      }
                    }
                    return false;
                  }));
      if (hit) {
        found.add(table);
      }
    }
    return found;
  }

  @Test
  void badInputIsRefusedFieldByFieldAndWritesNothing() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    int employers = jdbc.queryForObject("SELECT COUNT(*) FROM employer", Integer.class);
    postJson(
            "/api/employers",
            Map.of(
                "kind", "ORGANIZATION",
                "name", "某公司",
                "creditCode", "91410204MA0000001X",
                "contactName", "",
                "contactPhone", "123",
                "address", "地址"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='creditCode')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='contactName')].message", hasItem("此项为必填项")))
        .andExpect(jsonPath("$.errors[?(@.field=='contactPhone')]").exists());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM employer", Integer.class))
        .isEqualTo(employers);

    int jobs = jdbc.queryForObject("SELECT COUNT(*) FROM job_posting", Integer.class);
    postJson(
            "/api/jobs",
            Map.of(
                "employerId", 999999,
                "categoryCode", "astronaut",
                "headcount", 0,
                "periodStart", "2026-05-01",
                "periodEnd", "2026-04-01",
                "payAmount", "-1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='employerId')]").exists())
        .andExpect(
            jsonPath(
                "$.errors[?(@.field=='categoryCode')].message", hasItem("工种“astronaut”不在工种目录中")))
        .andExpect(jsonPath("$.errors[?(@.field=='headcount')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='periodEnd')].message", hasItem("工作结束日期不能早于开始日期")))
        .andExpect(jsonPath("$.errors[?(@.field=='payAmount')].message", hasItem("金额不能为负数")));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_posting", Integer.class))
        .isEqualTo(jobs);

    int cases = jdbc.queryForObject("SELECT COUNT(*) FROM assistance_case", Integer.class);
    postJson("/api/assistance-cases", Map.of())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='workerId')].message", hasItem("此项为必填项")));
    postJson("/api/assistance-cases", Map.of("workerId", 987654))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='workerId')]").exists());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assistance_case", Integer.class))
        .isEqualTo(cases);
  }
}
