package cn.linggong.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.sla.EscalationService;
import cn.linggong.sla.TimeLimits;
import cn.linggong.testsupport.TestUsers;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dashboard's figures on a seeded month of work equal what the engine's own task and history
 * queries give, counted here one task at a time.
 */
@SpringBootTest
class DashboardTest {

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  private static final String DISTRICT = "kf-lankao";
  private static final LinggongUser SUPERVISOR = TestUsers.of("sup-lk", DISTRICT, "supervisor");

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired EscalationService escalations;
  @Autowired TimeLimits timeLimits;
  @Autowired Dashboards dashboards;
  @Autowired DashboardExport export;
  @Autowired cn.linggong.inbox.InboxService inbox;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private static Instant at(int month, int day, int hour) {
    return OffsetDateTime.of(2026, month, day, hour, 0, 0, 0, BEIJING).toInstant();
  }

  private void clock(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
  }

  private List<Task> start(int count, String... holders) {
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ProcessInstance p =
          runtimeService
              .createProcessInstanceByKey("test_time_limited_task")
              .processDefinitionTenantId(DISTRICT)
              .businessKey("DB-" + java.util.UUID.randomUUID().toString().substring(0, 8))
              .execute();
      Task task = taskService.createTaskQuery().processInstanceId(p.getId()).singleResult();
      String holder = holders[i % holders.length];
      if (holder != null) {
        taskService.setAssignee(task.getId(), holder);
      }
      tasks.add(task);
    }
    return tasks;
  }

  private void complete(List<Task> tasks, int from, int to, String by) {
    for (Task t : tasks.subList(from, to)) {
      taskService.setAssignee(t.getId(), by);
      taskService.complete(t.getId());
    }
  }

  /** Runs the ladder's timers that are due, as the job executor would. */
  private void runDueTimers(Instant now) {
    managementService.createJobQuery().duedateLowerThan(Date.from(now)).list().stream()
        .filter(j -> DISTRICT.equals(j.getTenantId()))
        .forEach(j -> managementService.executeJob(j.getId()));
  }

  @Test
  void figuresEqualTheEnginesOwnCounts() throws Exception {
    if (repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("test_time_limited_task")
            .tenantIdIn(DISTRICT)
            .count()
        == 0) {
      repositoryService
          .createDeployment()
          .tenantId(DISTRICT)
          .addClasspathResource("bpmn/time-limits.bpmn")
          .deploy();
    }
    clock(at(11, 2, 9));
    List<Task> first = start(10, "med-a", "med-b", null);
    clock(at(11, 4, 15));
    complete(first, 0, 3, "med-a");
    clock(at(11, 9, 10));
    List<Task> second = start(8, null, "med-b");
    complete(first, 3, 5, "med-b");
    runDueTimers(at(11, 9, 10));
    clock(at(11, 20, 16));
    runDueTimers(at(11, 20, 16));
    complete(second, 0, 4, "med-c");
    // late at the end of the week of 11-9 and done since: in that week's figure, not in the next
    complete(first, 5, 7, "med-a");
    List<Task> third = start(6, "med-a", null);
    runtimeService.deleteProcessInstance(third.get(5).getProcessInstanceId(), "withdrawn");
    Instant now = at(11, 25, 10);
    clock(now);
    runDueTimers(now);
    start(3, "med-c");

    Dashboard d = dashboards.dashboard(SUPERVISOR, null, LocalDate.of(2026, 11, 1), null);

    // open work, from the engine's task query
    List<Task> open = taskService.createTaskQuery().tenantIdIn(DISTRICT).active().list();
    Instant soon = timeLimits.dueSoonUntil(now);
    assertThat(d.total().open()).isEqualTo(open.size());
    assertThat(d.total().overdue())
        .isEqualTo(open.stream().filter(t -> t.getDueDate().toInstant().isBefore(now)).count());
    assertThat(d.total().dueSoon())
        .isEqualTo(
            open.stream()
                .filter(
                    t ->
                        !t.getDueDate().toInstant().isBefore(now)
                            && t.getDueDate().toInstant().isBefore(soon))
                .count());
    assertThat(d.total().escalated())
        .isEqualTo(
            open.stream()
                .filter(
                    t ->
                        escalations
                            .ofTask(t.getId())
                            .filter(e -> e.resolvedAt() == null)
                            .isPresent())
                .count());
    assertThat(d.total().overdue()).isPositive();
    assertThat(d.total().escalated()).isPositive();
    Map<String, Long> byHolder =
        open.stream()
            .collect(
                Collectors.groupingBy(
                    t -> String.valueOf(t.getAssignee()), TreeMap::new, Collectors.counting()));
    assertThat(
            d.byPerson().stream()
                .collect(
                    Collectors.<Dashboard.Work, String, Long, TreeMap<String, Long>>toMap(
                        w -> String.valueOf(w.assignee()),
                        Dashboard.Work::open,
                        Long::sum,
                        TreeMap::new)))
        .isEqualTo(byHolder);
    Map<String, Long> overdueByHolder =
        open.stream()
            .filter(t -> t.getDueDate().toInstant().isBefore(now))
            .collect(
                Collectors.groupingBy(
                    t -> String.valueOf(t.getAssignee()), TreeMap::new, Collectors.counting()));
    assertThat(
            d.byPerson().stream()
                .filter(w -> w.overdue() > 0)
                .collect(
                    Collectors.<Dashboard.Work, String, Long, TreeMap<String, Long>>toMap(
                        w -> String.valueOf(w.assignee()),
                        Dashboard.Work::overdue,
                        Long::sum,
                        TreeMap::new)))
        .isEqualTo(overdueByHolder);
    assertThat(d.byDistrict())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.districtId()).isEqualTo(DISTRICT);
              assertThat(w.open()).isEqualTo(open.size());
            });
    assertThat(d.byStep().stream().mapToLong(Dashboard.Work::open).sum()).isEqualTo(open.size());
    assertThat(
            d.byProcess().stream()
                .filter(w -> w.processKey().equals("test_time_limited_task"))
                .findFirst()
                .orElseThrow()
                .open())
        .isEqualTo(
            taskService
                .createTaskQuery()
                .tenantIdIn(DISTRICT)
                .processDefinitionKey("test_time_limited_task")
                .count());

    // step times over 11-01..11-25, from the engine's history
    List<HistoricTaskInstance> done =
        historyService
            .createHistoricTaskInstanceQuery()
            .tenantIdIn(DISTRICT)
            .finished()
            .list()
            .stream()
            .filter(h -> "completed".equals(h.getDeleteReason()))
            .filter(h -> !h.getEndTime().toInstant().isBefore(at(11, 1, 0)))
            .filter(h -> h.getEndTime().toInstant().isBefore(at(11, 26, 0)))
            .filter(h -> h.getTaskDefinitionKey().equals("user_task_accept"))
            .filter(h -> h.getProcessDefinitionKey().equals("test_time_limited_task"))
            .toList();
    List<Long> durations =
        done.stream().map(HistoricTaskInstance::getDurationInMillis).sorted().toList();
    Dashboard.StepTime step =
        d.stepTimes().stream()
            .filter(s -> s.processKey().equals("test_time_limited_task"))
            .findFirst()
            .orElseThrow();
    assertThat(step.completed()).isEqualTo(done.size()).isGreaterThanOrEqualTo(9);
    assertThat(step.averageMs())
        .isEqualTo((long) Math.floor(durations.stream().mapToLong(x -> x).average().orElseThrow()));
    int rank = (int) Math.ceil(durations.size() * 0.9);
    assertThat(step.p90Ms()).isEqualTo(durations.get(rank - 1));
    assertThat(step.onTime())
        .isEqualTo(done.stream().filter(h -> !h.getEndTime().after(h.getDueDate())).count());
    assertThat(step.onTime()).isLessThan(step.completed()); // the 11-20 completions were late
    assertThat(step.timeLimitKey()).isEqualTo("complaint.acceptance");

    // completed this month, by person
    Map<String, Long> completedBy =
        historyService
            .createHistoricTaskInstanceQuery()
            .tenantIdIn(DISTRICT)
            .finished()
            .list()
            .stream()
            .filter(h -> "completed".equals(h.getDeleteReason()))
            .filter(h -> !h.getEndTime().toInstant().isBefore(at(11, 1, 0)))
            .collect(
                Collectors.groupingBy(HistoricTaskInstance::getAssignee, Collectors.counting()));
    for (var entry : completedBy.entrySet()) {
      assertThat(
              d.caseloads().stream()
                  .filter(c -> c.userId().equals(entry.getKey()))
                  .findFirst()
                  .orElseThrow()
                  .completedThisMonth())
          .as(entry.getKey())
          .isEqualTo(entry.getValue());
    }
    assertThat(d.caseloads().stream().filter(c -> c.userId().equals("med-c")).findFirst())
        .hasValueSatisfying(c -> assertThat(c.open()).isEqualTo(byHolder.get("med-c")));

    // the overdue trend: open and late at the end of each week, from the history
    List<HistoricTaskInstance> all =
        historyService.createHistoricTaskInstanceQuery().tenantIdIn(DISTRICT).list();
    LocalDate monday =
        LocalDate.of(2026, 11, 25).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    assertThat(d.overdueTrend()).hasSize(12);
    for (Dashboard.WeekPoint point : d.overdueTrend()) {
      Instant end = point.weekStart().plusWeeks(1).atStartOfDay(BEIJING).toInstant();
      Instant t = end.isAfter(now) ? now : end;
      long late =
          all.stream()
              .filter(h -> h.getDueDate() != null && h.getDueDate().toInstant().isBefore(t))
              .filter(h -> !h.getStartTime().toInstant().isAfter(t))
              .filter(h -> h.getEndTime() == null || h.getEndTime().toInstant().isAfter(t))
              .count();
      assertThat(point.overdue()).as(point.weekStart().toString()).isEqualTo(late);
    }
    // the week of 11-9 counts the tasks finished late after it
    Dashboard.WeekPoint weekOf9th =
        d.overdueTrend().stream()
            .filter(p -> p.weekStart().equals(LocalDate.of(2026, 11, 9)))
            .findFirst()
            .orElseThrow();
    Instant endOf9th = LocalDate.of(2026, 11, 16).atStartOfDay(BEIJING).toInstant();
    assertThat(
            all.stream()
                .filter(h -> h.getEndTime() != null && h.getEndTime().toInstant().isAfter(endOf9th))
                .filter(h -> h.getDueDate().toInstant().isBefore(endOf9th))
                .count())
        .isPositive()
        .isLessThanOrEqualTo(weekOf9th.overdue());
    assertThat(d.overdueTrend().get(11).weekStart()).isEqualTo(monday);
    assertThat(d.overdueTrend().get(11).overdue()).isEqualTo(d.total().overdue());

    // the pipelines list every open stage in order
    assertThat(d.certificationPipeline()).extracting("stage").first().isEqualTo("RECOMMENDATION");
    assertThat(d.subsidyPipeline()).extracting("stage").first().isEqualTo("CONTENT_REVIEW");

    // each figure's link opens an inbox filter that lists as many tasks
    cn.linggong.inbox.InboxFilter district =
        new cn.linggong.inbox.InboxFilter(
            cn.linggong.inbox.InboxFilter.Scope.DISTRICT,
            null,
            null,
            null,
            null,
            null,
            null,
            cn.linggong.inbox.InboxFilter.Sort.DUE,
            false);
    assertThat(inbox.count(SUPERVISOR, district)).isEqualTo(d.total().open());
    assertThat(inbox.count(SUPERVISOR, district.withDue(now, null))).isEqualTo(d.total().overdue());
    assertThat(inbox.count(SUPERVISOR, district.withDue(timeLimits.dueSoonUntil(now), now)))
        .isEqualTo(d.total().dueSoon());
    assertThat(inbox.count(SUPERVISOR, district.withHolder(null, false, true)))
        .isEqualTo(d.total().escalated());
    for (Dashboard.Work w : d.byPerson()) {
      var held = district.withHolder(w.assignee(), w.assignee() == null, false);
      assertThat(inbox.count(SUPERVISOR, held)).as(w.assignee()).isEqualTo(w.open());
      assertThat(inbox.count(SUPERVISOR, held.withDue(now, null)))
          .as(w.assignee())
          .isEqualTo(w.overdue());
    }

    // the workbook holds the same figures, one sheet per table
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(
                export.xlsx(d, cn.linggong.shared.i18n.Languages.CHINESE)))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(10);
      var summary = book.getSheet("概况");
      assertThat(summary.getRow(0).getCell(4).getStringCellValue()).isEqualTo("在办");
      assertThat((long) summary.getRow(1).getCell(4).getNumericCellValue())
          .isEqualTo(d.total().open());
      assertThat((long) summary.getRow(1).getCell(6).getNumericCellValue())
          .isEqualTo(d.total().overdue());
      var people = book.getSheet("按办理人");
      assertThat(people.getLastRowNum()).isEqualTo(d.byPerson().size());
      var times = book.getSheet("环节用时");
      assertThat((long) times.getRow(1).getCell(3).getNumericCellValue())
          .isEqualTo(step.completed());
      assertThat(times.getRow(1).getCell(4).getNumericCellValue())
          .isCloseTo(step.averageMs() / 3_600_000.0, org.assertj.core.data.Offset.offset(0.01));
      var trend = book.getSheet("超期趋势");
      assertThat((long) trend.getRow(12).getCell(1).getNumericCellValue())
          .isEqualTo(d.total().overdue());
    }
  }

  @Test
  void chartsAreDrawnAsPicturesOfTheAskedSize() throws Exception {
    byte[] png =
        cn.linggong.shared.report.Charts.bars(
            "各流程在办任务",
            "任务数",
            List.of("欠薪投诉", "困难帮扶"),
            List.of(
                new cn.linggong.shared.report.Charts.Series("在办", List.of(5, 3)),
                new cn.linggong.shared.report.Charts.Series("已超期", List.of(2, 0))),
            400,
            240);
    var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(400);
    assertThat(image.getHeight()).isEqualTo(240);
    assertThatThrownBy(
            () ->
                cn.linggong.shared.report.Charts.line(
                    "t",
                    "v",
                    List.of("a", "b"),
                    List.of(new cn.linggong.shared.report.Charts.Series("s", List.of(1))),
                    100,
                    100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDistrictSupervisorSeesTheOwnDistrictOnlyAndAPeriodMustRunForwards() {
    LinggongUser other = TestUsers.of("sup-x", "kf-qixian", "supervisor");
    Dashboard d = dashboards.dashboard(other, DISTRICT, null, null);
    assertThat(d.districtId()).isEqualTo("kf-qixian");
    assertThat(d.byDistrict()).allSatisfy(w -> assertThat(w.districtId()).isEqualTo("kf-qixian"));
    assertThatThrownBy(
            () ->
                dashboards.dashboard(
                    other, null, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 1)))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).violations().get(0).field())
        .isEqualTo("to");
    assertThatThrownBy(
            () ->
                dashboards.dashboard(TestUsers.of("cw", DISTRICT, "caseworker"), null, null, null))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
  }

  @Test
  void theCityLevelSeesEveryDistrictOrTheOneChosen() {
    LinggongUser city = TestUsers.of("sup-city", null, "supervisor");
    Dashboard all = dashboards.dashboard(city, null, null, null);
    assertThat(all.districtId()).isNull();
    Dashboard one = dashboards.dashboard(city, DISTRICT, null, null);
    assertThat(one.districtId()).isEqualTo(DISTRICT);
    assertThat(all.total().open()).isGreaterThanOrEqualTo(one.total().open());
    assertThat(all.byDistrict().stream().mapToLong(Dashboard.Work::open).sum())
        .isEqualTo(all.total().open());
  }
}
