package cn.linggong.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.linggong.identity.DirectoryService;
import cn.linggong.testsupport.TestClock;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The inbox over REST: districts and groups as on the screens, 409 when someone was first. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.class)
class TaskApiTest {

  @Autowired MockMvc mvc;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired DirectoryService directory;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private String start(String district, String businessKey) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T02:00:00Z")));
    try {
      return cn.linggong.testsupport.TestProcesses.tenantTask(
          repositoryService, runtimeService, taskService, district, businessKey);
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void listsOnlyMyDistrictsTasksAndThe409WhenSomeoneClaimedFirst() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String gulou = start("kf-gulou", "API-" + run + "-1");
    start("kf-longting", "API-" + run + "-2");
    directory.createUser(
        new DirectoryService.UserDraft(
            "caseworker-api", "钱多", null, Set.of("caseworker"), "kf-gulou", "a-long-password"),
        cn.linggong.testsupport.TestUsers.admin());

    mvc.perform(
            get("/api/tasks")
                .param("caseNumber", "API-" + run)
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].taskId").value(gulou))
        .andExpect(jsonPath("$.items[0].businessKey").value("API-" + run + "-1"))
        .andExpect(jsonPath("$.counts.groups").value(1));

    mvc.perform(post("/api/tasks/" + gulou + "/claim").with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isNoContent());
    mvc.perform(
            get("/api/tasks")
                .param("scope", "MINE")
                .param("caseNumber", "API-" + run)
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(jsonPath("$.items[0].assignee").value("caseworker1"));
    mvc.perform(
            post("/api/tasks/" + gulou + "/claim")
                .with(httpBasic("caseworker-api", "a-long-password")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("caseworker1")));
    // another district's caseworker cannot even see it
    mvc.perform(get("/api/tasks/" + gulou).with(httpBasic("caseworker2", "demo")))
        .andExpect(status().isNotFound());
  }

  @Test
  void theCaseNumberSearchFindsANumberByItsBeginningOrByItsSerial() throws Exception {
    String serial = String.valueOf(100_000 + new java.util.Random().nextInt(800_000));
    String number = "SRL-2026-" + serial;
    String task = start("kf-gulou", number);
    // each holds what is typed below without being what the search means
    String longerSerial = "SRL-2026-1" + serial;
    String otherPrefix = "X" + number;
    start("kf-gulou", longerSerial);
    start("kf-gulou", otherPrefix);
    // the beginning of the number: not the other prefix that holds it
    mvc.perform(
            get("/api/tasks")
                .param("caseNumber", number.substring(0, number.length() - 2))
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].taskId", hasItem(task)))
        .andExpect(jsonPath("$.items[*].businessKey", not(hasItem(otherPrefix))));
    // the serial: whatever the prefix, but not a longer serial that holds it
    mvc.perform(
            get("/api/tasks").param("caseNumber", serial).with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].businessKey", hasItem(number)))
        .andExpect(jsonPath("$.items[*].businessKey", hasItem(otherPrefix)))
        .andExpect(jsonPath("$.items[*].businessKey", not(hasItem(longerSerial))));
  }

  @Test
  void someoneOutsideATasksGroupsCanNeitherTakeNorCompleteIt() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String task = start("kf-gulou", "OUT-" + run); // a caseworker's task of 鼓楼区
    // finance1 and reviewer1 (city level) see every district, but hold no caseworker group
    for (String outsider : new String[] {"finance1", "reviewer1"}) {
      mvc.perform(post("/api/tasks/" + task + "/claim").with(httpBasic(outsider, "demo")))
          .andExpect(status().isForbidden())
          // the role in words, not its code
          .andExpect(jsonPath("$.detail").value(containsString("此任务须由就业服务专员办理")));
      mvc.perform(
              post("/api/tasks/" + task + "/complete")
                  .with(httpBasic(outsider, "demo"))
                  .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                  .content("{}"))
          .andExpect(status().isForbidden());
    }
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
        .as("no outsider holds it, so the group can still work it")
        .isNull();
    mvc.perform(post("/api/tasks/" + task + "/claim").with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isNoContent());
  }

  @Test
  void aTaskThatNeverExistedIsNotFoundRatherThanDoneBySomeoneElse() throws Exception {
    String nobody = UUID.randomUUID().toString();
    mvc.perform(
            post("/api/tasks/" + nobody + "/complete")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/tasks/" + nobody + "/claim").with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isNotFound());
  }

  @Test
  void badParametersGet400PerField() throws Exception {
    mvc.perform(
            get("/api/tasks")
                .param("scope", "EVERYTHING")
                .param("sort", "colour")
                .param("limit", "5000")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.errors[?(@.field=='scope')].message", hasItem(containsString("EVERYTHING"))))
        .andExpect(jsonPath("$.errors[?(@.field=='sort')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='limit')]").exists());
  }

  @Test
  void aSupervisorGivesATaskToAColleagueOfItsDistrictAndGroup() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String task = start("kf-gulou", "RE-" + run);
    mvc.perform(
            post("/api/tasks/" + task + "/reassign")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"userId\":\"caseworker1\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/tasks/" + task + "/reassign")
                .with(httpBasic("supervisor1", "demo"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"userId\":\"caseworker2\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.errors[?(@.field=='userId')].message", hasItem(containsString("caseworker2"))));
    mvc.perform(
            post("/api/tasks/" + task + "/reassign")
                .with(httpBasic("supervisor1", "demo"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"userId\":\"caseworker1\"}"))
        .andExpect(status().isNoContent());
    org.assertj.core.api.Assertions.assertThat(
            taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
        .isEqualTo("caseworker1");
  }
}
