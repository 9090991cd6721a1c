package cn.linggong.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.linggong.assistance.AssistanceFixture;
import cn.linggong.calendar.WorkingDayCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The README's complaint journey over REST on the machine's own clock, nothing pinned: file,
 * accept, mediate without agreement, refer to labour inspection. Whatever today is, every step
 * succeeds, and each due date says whether it was computed from a year without an entered notice.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ComplaintOnTheRealClockTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired WorkingDayCalendar calendar;
  @Autowired Clock clock;

  private JsonNode read(String url) throws Exception {
    return json.readTree(
        mvc.perform(get(url).with(httpBasic("mediator1", "demo")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private void complete(String no, String taskKey, Map<String, Object> values) throws Exception {
    String taskId = null;
    for (JsonNode task : read("/api/complaints/" + no).get("openTasks")) {
      if (task.get("taskDefinitionKey").asText().equals(taskKey)) {
        taskId = task.get("taskId").asText();
      }
    }
    assertThat(taskId).as("open step %s of %s", taskKey, no).isNotNull();
    mvc.perform(
            post("/api/tasks/" + taskId + "/complete")
                .with(httpBasic("mediator1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(values)))
        .andExpect(status().isNoContent());
  }

  /** Provisional exactly when a year from the clock's start to its due date has no notice. */
  private boolean provisional(JsonNode clockNode) {
    LocalDate start =
        Instant.parse(clockNode.get("startedAt").asText()).atZone(clock.getZone()).toLocalDate();
    LocalDate due =
        Instant.parse(clockNode.get("dueAt").asText()).atZone(clock.getZone()).toLocalDate();
    return !calendar.provisionalYears(start, due).isEmpty();
  }

  @Test
  void aComplaintIsFiledAcceptedMediatedAndReferredToInspectionToday() throws Exception {
    Map<String, Object> filing =
        Map.of(
            "channel",
            "WALK_IN",
            "complainants",
            List.of(
                Map.of(
                    "name", "冯建军",
                    "idNumber", AssistanceFixture.idNumber(LocalDate.of(1982, 3, 3), false),
                    "mobile", "13966667777",
                    "amountOwed", "4800.00")),
            "employer",
            Map.of(
                "kind", "ORGANIZATION",
                "name", "开封市鼎盛装饰工程有限公司",
                "creditCode", AssistanceFixture.creditCode(),
                "contactName", "吴经理",
                "contactPhone", "13700009999",
                "address", "鼓楼区中山路88号"),
            "project",
            "书店街商铺装修",
            "construction",
            false,
            "workStart",
            LocalDate.now(clock).minusMonths(2).toString(),
            "workEnd",
            LocalDate.now(clock).minusMonths(1).toString(),
            "payAgreement",
            "DAILY",
            "request",
            "支付拖欠的工资");
    String no =
        json.readTree(
                mvc.perform(
                        post("/api/complaints")
                            .with(httpBasic("mediator1", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(filing)))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8))
            .get("complaintNo")
            .asText();
    JsonNode acceptance = read("/api/complaints/" + no).get("clocks").get(0);
    assertThat(acceptance.get("provisional").asBoolean()).isEqualTo(provisional(acceptance));

    complete(no, ComplaintProcess.USER_TASK_ACCEPT, Map.of("acceptanceDecision", "ACCEPT"));
    complete(no, ComplaintProcess.USER_TASK_MEDIATE, Map.of("mediationOutcome", "NO_AGREEMENT"));
    complete(
        no,
        ComplaintProcess.USER_TASK_REFER,
        Map.of(
            "referralKind", "INSPECTION",
            "receivingBody", "开封市鼓楼区劳动保障监察大队",
            "referredOn", LocalDate.now(clock).toString()));

    JsonNode view = read("/api/complaints/" + no);
    assertThat(view.get("complaint").get("stage").asText()).isEqualTo("INSPECTION");
    JsonNode inspection = view.get("clocks").get(2);
    assertThat(inspection.get("state").asText()).isEqualTo("RUNNING");
    assertThat(inspection.get("provisional").asBoolean()).isEqualTo(provisional(inspection));
    JsonNode investigate = view.get("openTasks").get(0);
    assertThat(investigate.get("taskDefinitionKey").asText())
        .isEqualTo(ComplaintProcess.USER_TASK_INVESTIGATE);
    assertThat(investigate.get("dueProvisional").asBoolean())
        .isEqualTo(inspection.get("provisional").asBoolean());
    JsonNode task = read("/api/tasks/" + investigate.get("taskId").asText()).get("task");
    assertThat(task.get("dueProvisional").asBoolean())
        .isEqualTo(inspection.get("provisional").asBoolean());
  }
}
