package cn.linggong.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.DirectoryService;
import cn.linggong.testsupport.TestClock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Completing a task through its form: validated on the server, once, with the domain in the same
 * transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestClock.class, TaskCompletionTest.ReviewHandler.class})
class TaskCompletionTest {

  /**
   * A feature's completion handler: writes a domain row (here an audit row) from the target field.
   */
  @TestConfiguration
  static class ReviewHandler {
    @Bean
    CompletionHandler reviewNotes(AuditService audit) {
      return new CompletionHandler() {
        @Override
        public boolean handles(String formId, String taskDefinitionKey) {
          return "form_test_accept".equals(formId);
        }

        @Override
        public void complete(Completion c) {
          audit.record(
              c.user().userId(),
              "REVIEW_NOTE",
              "case",
              c.businessKey(),
              null,
              String.valueOf(c.targets().get("review.note")));
        }
      };
    }
  }

  @Autowired MockMvc mvc;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired DirectoryService directory;
  @Autowired AuditService audit;

  private String caseNumber;
  private String processInstanceId;
  private String taskId;

  @BeforeEach
  void aReviewTask() {
    if (repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("test_form_task")
            .tenantIdIn("kf-gulou")
            .count()
        == 0) {
      repositoryService
          .createDeployment()
          .tenantId("kf-gulou")
          .addClasspathResource("bpmn/form-task.bpmn")
          .addClasspathResource("forms-test/test-accept.form")
          .deploy();
    }
    caseNumber = "FT-" + UUID.randomUUID().toString().substring(0, 8);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T02:00:00Z")));
    processInstanceId =
        runtimeService
            .createProcessInstanceByKey("test_form_task")
            .processDefinitionTenantId("kf-gulou")
            .businessKey(caseNumber)
            .execute()
            .getId();
    ClockUtil.reset();
    taskId =
        taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private static final String GOOD =
      "{\"amount\":\"1234.50\",\"decision\":\"accept\",\"note\":\"材料齐全\"}";

  @Test
  void theTaskComesWithItsForm() throws Exception {
    mvc.perform(get("/api/tasks/" + taskId).with(httpBasic("mediator1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.task.businessKey").value(caseNumber))
        .andExpect(jsonPath("$.form.id").value("form_test_accept"))
        .andExpect(jsonPath("$.form.components[1].type").value("radio"));
  }

  @Test
  void aValidFormCompletesTheTaskSetsVariablesAndWritesTheDomainRow() throws Exception {
    mvc.perform(
            post("/api/tasks/" + taskId + "/complete")
                .with(httpBasic("mediator1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(GOOD))
        .andExpect(status().isNoContent());
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(runtimeService.getVariable(processInstanceId, "decision")).isEqualTo("accept");
    assertThat(runtimeService.getVariable(processInstanceId, "amount")).isEqualTo(1234.5);
    assertThat(runtimeService.getVariable(processInstanceId, "note"))
        .as("a target field is no variable")
        .isNull();
    assertThat(audit.forSubject("case", caseNumber, 0, 10))
        .extracting("detail")
        .containsExactly("材料齐全");
  }

  @Test
  void invalidValuesGet400PerFieldAndWriteNothing() throws Exception {
    mvc.perform(
            post("/api/tasks/" + taskId + "/complete")
                .with(httpBasic("mediator1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\":\"-3\",\"decision\":\"maybe\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='amount')].message", hasItem("不能小于 0")))
        .andExpect(
            jsonPath("$.errors[?(@.field=='decision')].message", hasItem(containsString("maybe"))));
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    assertThat(audit.forSubject("case", caseNumber, 0, 10)).isEmpty();
  }

  @Test
  void twoMediatorsCompletingAtOnceOneSucceedsTheOtherIsToldWhoAndTheProcessAdvancesOnce()
      throws Exception {
    String other = "mediator-" + caseNumber.toLowerCase();
    directory.createUser(
        new DirectoryService.UserDraft(
            other, "郑伟", null, Set.of("mediator"), "kf-gulou", "a-long-password"),
        cn.linggong.testsupport.TestUsers.admin());
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<MvcResult> first =
          () -> {
            go.await();
            return mvc.perform(
                    post("/api/tasks/" + taskId + "/complete")
                        .with(httpBasic("mediator1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GOOD))
                .andReturn();
          };
      Callable<MvcResult> second =
          () -> {
            go.await();
            return mvc.perform(
                    post("/api/tasks/" + taskId + "/complete")
                        .with(httpBasic(other, "a-long-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GOOD))
                .andReturn();
          };
      var futures = List.of(pool.submit(first), pool.submit(second));
      go.countDown();
      List<Integer> statuses =
          List.of(
              futures.get(0).get().getResponse().getStatus(),
              futures.get(1).get().getResponse().getStatus());
      assertThat(statuses).containsExactlyInAnyOrder(204, 409);
      MvcResult loser =
          futures.get(0).get().getResponse().getStatus() == 409
              ? futures.get(0).get()
              : futures.get(1).get();
      assertThat(loser.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
          .contains("此任务已由");
    } finally {
      pool.shutdown();
    }
    assertThat(
            historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey("user_task_review")
                .finished()
                .count())
        .isOne();
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey("user_task_next")
                .count())
        .isOne();
    assertThat(audit.forSubject("case", caseNumber, 0, 10)).hasSize(1);
  }

  @Test
  void completingATaskAlreadyDoneSaysWhoAndWhen() throws Exception {
    mvc.perform(
            post("/api/tasks/" + taskId + "/complete")
                .with(httpBasic("mediator1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(GOOD))
        .andExpect(status().isNoContent());
    mvc.perform(
            post("/api/tasks/" + taskId + "/complete")
                .with(httpBasic("mediator1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(GOOD))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("此任务已由 mediator1 于")));
  }
}
