package cn.linggong.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.linggong.assistance.AssistanceFixture;
import cn.linggong.testsupport.TestClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Complaints over REST: filing with the clocks and amounts read back, and every kind of bad input
 * (amounts, period, ID and credit code check characters, uploads) refused field by field with
 * nothing written.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.class)
class ComplaintApiTest {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'
  };

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired DataSource dataSource;
  @Autowired cn.linggong.testsupport.MutableClock clock;

  @org.junit.jupiter.api.BeforeEach
  void onMarch2() {
    clock.set(java.time.Instant.parse("2026-03-02T01:00:00Z"));
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(clock.instant()));
  }

  @org.junit.jupiter.api.AfterEach
  void realEngineClock() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }

  private Map<String, Object> filing(
      List<Map<String, Object>> complainants,
      Map<String, Object> employer,
      String start,
      String end) {
    return Map.of(
        "channel",
        "HOTLINE",
        "complainants",
        complainants,
        "employer",
        employer,
        "project",
        "龙亭区某仓库装卸",
        "construction",
        false,
        "workStart",
        start,
        "workEnd",
        end,
        "payAgreement",
        "PIECE",
        "request",
        "支付拖欠的装卸费");
  }

  private static Map<String, Object> person(String name, String id, String amount) {
    return Map.of("name", name, "idNumber", id, "mobile", "13655557777", "amountOwed", amount);
  }

  private static Map<String, Object> company(String code) {
    return Map.of(
        "kind", "ORGANIZATION",
        "name", "开封市速达物流有限公司",
        "creditCode", code,
        "contactName", "孙经理",
        "contactPhone", "13800005555",
        "address", "龙亭区北门大街8号");
  }

  /** Files a complaint over REST as the given person. */
  private org.springframework.test.web.servlet.ResultActions file(
      String user, String password, Object filing) throws Exception {
    return mvc.perform(
        post("/api/complaints")
            .with(httpBasic(user, password))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(filing)));
  }

  private int count(String table) {
    return new JdbcTemplate(dataSource)
        .queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }

  @Autowired cn.linggong.employer.EmployerRegistry employers;
  @Autowired cn.linggong.identity.DirectoryService directory;

  @Test
  void aComplaintCannotNameAnotherDistrictsEmployerById() throws Exception {
    var gulou =
        employers.register(
            directory.principal("caseworker1"), ComplaintFixture.employer("开封市鼓楼区某商贸有限公司"));
    if (!directory.exists("mediator-longting")) {
      directory.createUser(
          new cn.linggong.identity.DirectoryService.UserDraft(
              "mediator-longting",
              "孔芳",
              null,
              java.util.Set.of("mediator"),
              "kf-longting",
              "a-long-password"),
          cn.linggong.testsupport.TestUsers.admin());
    }
    Map<String, Object> filing =
        new java.util.HashMap<>(
            filing(
                List.of(
                    person(
                        "严峰",
                        AssistanceFixture.idNumber(LocalDate.of(1985, 5, 5), false),
                        "1200.00")),
                company(AssistanceFixture.creditCode()),
                "2026-01-01",
                "2026-02-01"));
    filing.remove("employer");
    filing.put("employerId", gulou.id());
    int complaints = count("complaint");
    file("mediator-longting", "a-long-password", filing)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='employerId')]").exists());
    assertThat(count("complaint")).isEqualTo(complaints);
    // the same employer is the 鼓楼区 mediator's to name
    file("mediator1", "demo", filing).andExpect(status().isCreated());
  }

  @Autowired cn.linggong.worker.WorkerRegistry workers;

  @Test
  void aComplaintCannotTakeInAnotherDistrictsWorkerOrEmployerByTheirNumbers() throws Exception {
    String longtingPerson = AssistanceFixture.idNumber(LocalDate.of(1990, 7, 20), true);
    workers.register(
        directory.principal("caseworker2"),
        new cn.linggong.worker.WorkerRegistry.Registration(
            "龙亭某人", longtingPerson, "13600002222", null));
    var longtingEmployer = ComplaintFixture.employer("开封市龙亭区某劳务有限公司");
    employers.register(directory.principal("caseworker2"), longtingEmployer);
    int complaints = count("complaint");
    int workersBefore = count("worker");
    // a 鼓楼区 mediator naming them: refused, and nothing of theirs shown
    file(
            "mediator1",
            "demo",
            filing(
                List.of(person("冒名", longtingPerson, "100.00")),
                company(AssistanceFixture.creditCode()),
                "2026-01-01",
                "2026-02-01"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[?(@.field=='complainants[0].idNumber')].message")
                .value(org.hamcrest.Matchers.hasItem("已在其他区县登记，请联系市级管理员")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("龙亭某人"))));
    file(
            "mediator1",
            "demo",
            filing(
                List.of(
                    person(
                        "某工人",
                        AssistanceFixture.idNumber(LocalDate.of(1991, 1, 1), false),
                        "100.00")),
                company(longtingEmployer.creditCode()),
                "2026-01-01",
                "2026-02-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='employer.creditCode')]").exists());
    assertThat(count("complaint")).isEqualTo(complaints);
    assertThat(count("worker")).isEqualTo(workersBefore);
    // nor may a mediator learn who has which hardship by filtering on it
    mvc.perform(
            get("/api/workers")
                .param("hardship", "low-income")
                .with(httpBasic("mediator1", "demo")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aStepWhoseNextDueDateNoCalendarCanCountIsRefusedWith422AndWritesNothing() throws Exception {
    // 2050-12-20: the mediation step's 15 days and its follow-up date reach 2051, which neither a
    // notice nor the lunar source covers
    clock.set(java.time.Instant.parse("2050-12-20T02:00:00Z"));
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(clock.instant()));
    String body =
        file(
                "mediator1",
                "demo",
                filing(
                    List.of(
                        person(
                            "邵文",
                            AssistanceFixture.idNumber(LocalDate.of(1990, 1, 2), false),
                            "900.00")),
                    company(AssistanceFixture.creditCode()),
                    "2050-10-01",
                    "2050-11-30"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String no = json.readTree(body).get("complaintNo").asText();
    String taskId =
        json.readTree(
                mvc.perform(get("/api/complaints/" + no).with(httpBasic("mediator1", "demo")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8))
            .get("openTasks")
            .get(0)
            .get("taskId")
            .asText();
    mvc.perform(
            post("/api/tasks/" + taskId + "/complete")
                .with(httpBasic("mediator1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"acceptanceDecision\":\"ACCEPT\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.detail").value(containsString("2051 年工作日历尚未维护")));
    mvc.perform(get("/api/complaints/" + no).with(httpBasic("mediator1", "demo")))
        .andExpect(jsonPath("$.complaint.stage").value("ACCEPTANCE"))
        .andExpect(jsonPath("$.openTasks[0].taskId").value(taskId));
  }

  @Test
  void aComplaintIsFiledAndReadBackWithItsClocksAndAmounts() throws Exception {
    String body =
        file(
                "mediator1",
                "demo",
                filing(
                    List.of(
                        person(
                            "郭亮",
                            AssistanceFixture.idNumber(LocalDate.of(1988, 8, 8), false),
                            "2400.00"),
                        person(
                            "梁燕",
                            AssistanceFixture.idNumber(LocalDate.of(1990, 9, 9), true),
                            "1600.50")),
                    company(AssistanceFixture.creditCode()),
                    "2026-01-01",
                    "2026-02-20"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.complaintNo", containsString("QX-")))
            .andExpect(jsonPath("$.amountOwed").value(4000.50))
            .andExpect(jsonPath("$.workerCount").value(2))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String no = json.readTree(body).get("complaintNo").asText();
    mvc.perform(get("/api/complaints/" + no).with(httpBasic("mediator1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.complaint.stage").value("ACCEPTANCE"))
        .andExpect(jsonPath("$.clocks[0].kind").value("ACCEPTANCE"))
        .andExpect(jsonPath("$.clocks[0].state").value("RUNNING"))
        .andExpect(jsonPath("$.clocks[0].dueAt").exists())
        .andExpect(jsonPath("$.clocks[1].state").value("NOT_STARTED"))
        .andExpect(jsonPath("$.complainants[0].idNumberMasked", containsString("********")))
        .andExpect(jsonPath("$.complainants[1].amountOwed").value(1600.50))
        .andExpect(jsonPath("$.openTasks[0].taskDefinitionKey").value("user_task_accept"));
    // a caseworker does not see complaints (another district's: AccessMatrixTest)
    mvc.perform(get("/api/complaints/" + no).with(httpBasic("caseworker2", "demo")))
        .andExpect(status().isForbidden());

    int evidence = count("complaint_evidence");
    mvc.perform(
            multipart("/api/complaints/" + no + "/evidence")
                .file(new MockMultipartFile("file", "欠条.png", "image/png", PNG))
                .param("kind", "IOU")
                .with(httpBasic("mediator1", "demo")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.fileName").value("欠条.png"));
    // a name that climbs out of its folder is kept as its base name only
    mvc.perform(
            multipart("/api/complaints/" + no + "/evidence")
                .file(new MockMultipartFile("file", "../../../etc/passwd.png", "image/png", PNG))
                .param("kind", "PHOTO")
                .with(httpBasic("mediator1", "demo")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.fileName").value("passwd.png"));
    mvc.perform(
            multipart("/api/complaints/" + no + "/evidence")
                .file(
                    new MockMultipartFile(
                        "file", "run.png", "image/png", "MZ not an image".getBytes()))
                .param("kind", "PHOTO")
                .with(httpBasic("mediator1", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[?(@.field=='file')].message", hasItem(containsString("只接受"))));
    mvc.perform(
            multipart("/api/complaints/" + no + "/evidence")
                .file(new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes()))
                .param("kind", "OTHER")
                .with(httpBasic("mediator1", "demo")))
        .andExpect(status().isBadRequest());
    byte[] big = new byte[11 * 1024 * 1024];
    System.arraycopy(PNG, 0, big, 0, PNG.length);
    mvc.perform(
            multipart("/api/complaints/" + no + "/evidence")
                .file(new MockMultipartFile("file", "big.png", "image/png", big))
                .param("kind", "PHOTO")
                .with(httpBasic("mediator1", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='file')].message", hasItem("文件不能超过 10 MB")));
    assertThat(count("complaint_evidence")).isEqualTo(evidence + 2);

    // kept encrypted; given back as it was sent
    var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    var stored =
        jdbc.queryForMap(
            "SELECT id, content FROM complaint_evidence WHERE file_name = 'passwd.png'"
                + " ORDER BY id DESC LIMIT 1");
    byte[] atRest = (byte[]) stored.get("CONTENT");
    assertThat(cn.linggong.privacy.PersonalData.isEncryptedFile(atRest)).isTrue();
    assertThat(new String(atRest, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(new String(PNG, java.nio.charset.StandardCharsets.ISO_8859_1));
    byte[] downloaded =
        mvc.perform(
                get("/api/complaints/" + no + "/evidence/" + stored.get("ID"))
                    .with(httpBasic("mediator1", "demo")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(downloaded).isEqualTo(PNG);
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
    int complaints = count("complaint");
    int workers = count("worker");
    int employers = count("employer");
    String goodId = AssistanceFixture.idNumber(LocalDate.of(1985, 5, 5), false);
    String badId = goodId.substring(0, 17) + (goodId.charAt(17) == '1' ? '2' : '1');
    String badCode = "91410204MA9000001X";
    file(
            "mediator1",
            "demo",
            filing(
                List.of(
                    person("甲", badId, "-100"),
                    person("乙", goodId, "99999999"),
                    person(
                        "丙", AssistanceFixture.idNumber(LocalDate.of(1991, 1, 1), true), "12.345")),
                company(badCode),
                "2026-02-01",
                "2026-01-01"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.errors[?(@.field=='complainants[0].idNumber')].message",
                hasItem(containsString("校验位"))))
        .andExpect(
            jsonPath(
                "$.errors[?(@.field=='complainants[0].amountOwed')].message", hasItem("金额不能为负数")))
        .andExpect(
            jsonPath(
                "$.errors[?(@.field=='complainants[1].amountOwed')].message",
                hasItem(containsString("请核对是否输错"))))
        .andExpect(
            jsonPath(
                "$.errors[?(@.field=='complainants[2].amountOwed')].message",
                hasItem(containsString("两位小数"))))
        .andExpect(
            jsonPath(
                "$.errors[?(@.field=='employer.creditCode')].message",
                hasItem(containsString("校验位"))))
        .andExpect(jsonPath("$.errors[?(@.field=='workEnd')].message", hasItem("务工结束日期不能早于开始日期")));
    assertThat(count("complaint")).isEqualTo(complaints);
    assertThat(count("worker")).isEqualTo(workers);
    assertThat(count("employer")).isEqualTo(employers);
  }
}
