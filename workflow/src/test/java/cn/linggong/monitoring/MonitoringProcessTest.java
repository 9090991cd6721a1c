package cn.linggong.monitoring;

import static cn.linggong.testsupport.CaseSteps.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.employer.JobBoard;
import cn.linggong.employer.PayUnit;
import cn.linggong.employer.Settlement;
import cn.linggong.employer.SkillLevel;
import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.market.MarketDirectory;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.sla.EscalationService;
import cn.linggong.testsupport.CaseSteps;
import cn.linggong.testsupport.MarketDrafts;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import cn.linggong.testsupport.TestIds;
import cn.linggong.testsupport.TestUsers;
import cn.linggong.worker.WorkerRegistry;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A district's month on moved clocks: started for the month, the draft drawn up on the 20th from
 * what the system knows and what the markets reported, the caseworkers' step, the supervisor's
 * sign-off due on the 28th and escalated when it is late, signed (PDF and XLSX read back), then
 * corrected as a new version that keeps the old one. The 求人倍率 by job category equals the hand
 * computation in the comments.
 */
@SpringBootTest
@Import(TestClock.class)
class MonitoringProcessTest {

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  private static final String DISTRICT = "kf-weishi";
  private static final LinggongUser CASEWORKER = TestUsers.of("cw-ws", DISTRICT, "caseworker");
  private static final LinggongUser SUPERVISOR = TestUsers.of("sup-ws", DISTRICT, "supervisor");
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  @Autowired MutableClock clock;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired TaskCompletion completion;
  @Autowired CaseDocuments documents;
  @Autowired MarketDirectory markets;
  @Autowired WorkerRegistry workers;
  @Autowired EmployerRegistry employers;
  @Autowired JobBoard jobs;
  @Autowired MarketReports marketReports;
  @Autowired WorkLogs workLogs;
  @Autowired MonitoringReports reports;
  @Autowired MonitoringStart start;
  @Autowired EscalationService escalations;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private static Instant at(int month, int day, int hour) {
    return OffsetDateTime.of(2026, month, day, hour, 0, 0, 0, BEIJING).toInstant();
  }

  private CaseSteps steps() {
    return new CaseSteps(clock, managementService, documents);
  }

  private void worker(String name, List<String> skills) {
    workers.register(
        CASEWORKER,
        new WorkerRegistry.Registration(
            name,
            TestIds.idNumber(LocalDate.of(1980, 3, 3), false),
            TestIds.mobile(),
            DISTRICT,
            skills,
            SkillLevel.NONE,
            null));
  }

  private void posting(long employerId, String category, int headcount, String dailyPay) {
    jobs.post(
        CASEWORKER,
        new JobBoard.Draft(
            employerId,
            "临时工",
            category,
            SkillLevel.NONE,
            headcount,
            null,
            "尉氏县人民路1号",
            LocalDate.of(2026, 11, 10),
            LocalDate.of(2027, 3, 31),
            "8:00-17:00",
            new BigDecimal(dailyPay),
            PayUnit.DAY,
            Settlement.DAILY,
            LocalDate.of(2026, 11, 10),
            "刘经理",
            "13800002222"));
  }

  @Test
  void aMonthIsDraftedOnTheTwentiethSignedByTheTwentyEighthEscalatedWhenLateAndCorrected()
      throws Exception {
    CaseSteps s = steps();
    s.moveTo(at(10, 25, 10));
    long marketA = markets.register(CASEWORKER, MarketDrafts.draft("尉氏县城关零工驿站", DISTRICT)).id();
    long marketB = markets.register(CASEWORKER, MarketDrafts.draft("尉氏县洧川零工市场", DISTRICT)).id();
    worker("甲", List.of("cleaning", "construction"));
    s.moveTo(at(11, 1, 9));
    start.start(DISTRICT, NOVEMBER);
    String no = reports.reportNo(DISTRICT, NOVEMBER);
    var instance =
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult();
    assertThat(instance.getTenantId()).isEqualTo(DISTRICT);
    Job draftTimer = s.timer(instance.getId(), "timer_draft_day");
    assertThat(draftTimer.getDuedate().toInstant()).isEqualTo(at(11, 20, 18));
    assertThat(start.start(DISTRICT, NOVEMBER)).as("a month starts once").isFalse();

    s.moveTo(at(11, 5, 10));
    worker("乙", List.of("cleaning"));
    worker("丙", List.of("delivery"));
    long employer =
        employers
            .register(
                CASEWORKER,
                new EmployerRegistry.Registration(
                    cn.linggong.employer.Employer.Kind.ORGANIZATION,
                    "尉氏县监测测试劳务公司",
                    TestIds.creditCode(),
                    null,
                    "刘经理",
                    "13800002222",
                    "尉氏县人民路1号",
                    DISTRICT))
            .id();
    posting(employer, "cleaning", 2, "160.00");
    posting(employer, "construction", 5, "300.00");
    workLogs.add(
        CASEWORKER,
        new WorkLogs.Draft(
            marketA,
            WorkLogEntry.Ledger.POLICY_TALK,
            LocalDate.of(2026, 11, 5),
            "灵活就业政策宣讲",
            "城关镇务工人员",
            30));
    workLogs.add(
        CASEWORKER,
        new WorkLogs.Draft(
            marketA,
            WorkLogEntry.Ledger.POLICY_TALK,
            LocalDate.of(2026, 11, 5),
            "新就业形态劳动者权益保障宣讲",
            "外卖骑手",
            20));

    s.fire(instance.getId(), "timer_draft_day");
    MonitoringReport draft = reports.versions(SUPERVISOR, DISTRICT, NOVEMBER).get(0);
    assertThat(draft.status()).isEqualTo(MonitoringReport.Status.DRAFT);
    assertThat(reports.figuresOf(draft).totals().registeredSeekers()).isEqualTo(3);
    Task figuresTask = CaseSteps.waitingAt(taskService, no, MonitoringReports.TASK_FIGURES);
    assertThat(figuresTask).isNotNull();

    // what the markets reported, entered by the district's caseworker; market B by a sheet
    marketReports.enter(
        CASEWORKER,
        DISTRICT,
        NOVEMBER,
        new MarketReports.MarketFigure(
            marketA,
            40L,
            new BigDecimal("3.5"),
            List.of(
                new MarketReports.CategoryFigure("cleaning", 10L, 6L, new BigDecimal("150.00")),
                new MarketReports.CategoryFigure("delivery", 5L, 10L, null))));
    byte[] sheet = sheet("尉氏县洧川零工市场", 20, 1, "建筑工", 8, 4, "280");
    MarketReports.Preview preview =
        marketReports.preview(CASEWORKER, DISTRICT, NOVEMBER, sheet, java.util.Locale.CHINA);
    assertThat(preview.valid()).isTrue();
    assertThat(marketReports.take(CASEWORKER, preview)).isEqualTo(1);
    // a bad sheet is previewed row by row and taken not at all
    MarketReports.Preview bad =
        marketReports.preview(
            CASEWORKER,
            DISTRICT,
            NOVEMBER,
            sheet("没有这个市场", 5, 1, "建筑工", -1, 2, "x"),
            java.util.Locale.CHINA);
    assertThat(bad.valid()).isFalse();
    assertThat(bad.rows().get(0).errors()).hasSize(3);
    assertThatThrownBy(() -> marketReports.take(CASEWORKER, bad))
        .isInstanceOf(InvalidInputException.class);

    s.moveTo(at(11, 23, 10));
    worker("丁（统计期后登记）", List.of("cleaning"));
    CaseSteps.complete(
        taskService,
        completion,
        CASEWORKER,
        no,
        MonitoringReports.TASK_FIGURES,
        values("confirmed", true));
    Task sign = CaseSteps.waitingAt(taskService, no, MonitoringReports.TASK_SIGN);
    // due at the end of the 28th: 28 calendar days from the last day of October
    assertThat(sign.getDueDate().toInstant()).isEqualTo(at(11, 29, 0).minusMillis(1));

    // not signed by the 28th: the ladder escalates it on the 29th
    s.moveTo(at(11, 29, 9));
    for (int i = 0; i < 3 && escalations.ofTask(sign.getId()).isEmpty(); i++) {
      Job ladder =
          managementService
              .createJobQuery()
              .processInstanceId(instance.getId())
              .timers()
              .list()
              .stream()
              .filter(j -> !j.getDuedate().toInstant().isAfter(at(11, 29, 9)))
              .findFirst()
              .orElseThrow();
      managementService.executeJob(ladder.getId());
    }
    assertThat(escalations.ofTask(sign.getId())).isPresent();
    assertThat(reports.month(SUPERVISOR, NOVEMBER))
        .singleElement()
        .satisfies(m -> assertThat(m.overdue()).isTrue());

    CaseSteps.complete(
        taskService,
        completion,
        SUPERVISOR,
        no,
        MonitoringReports.TASK_SIGN,
        values("checked", true));
    assertThat(
            runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
    MonitoringReport signed = reports.versions(SUPERVISOR, DISTRICT, NOVEMBER).get(0);
    assertThat(signed.status()).isEqualTo(MonitoringReport.Status.SIGNED);
    assertThat(signed.signedBy()).isEqualTo("sup-ws");
    Figures f = reports.figuresOf(signed);

    // by hand: seekers = registered in 10-21..11-20 per job category (甲 counts in two) + reported;
    // positions = postings' headcount + reported; pay weighted by the positions that named a pay
    //   cleaning:     seekers 2 + 10 = 12, positions 2 + 6 = 8,   8/12 = 0.67, (160×2 + 150×6)/8 =
    // 152.50
    //   construction: seekers 1 + 8 = 9,   positions 5 + 4 = 9,   9/9 = 1.00,  (300×5 + 280×4)/9 =
    // 291.11
    //   delivery:     seekers 1 + 5 = 6,   positions 0 + 10 = 10, 10/6 = 1.67, no daily pay named
    //   total: job seekers 3 registered + 40 + 20 served = 63, positions 7 + 20 = 27, 27/63 = 0.43
    assertThat(category(f, "cleaning")).containsExactly(12L, 8L, "0.67", "152.50");
    assertThat(category(f, "construction")).containsExactly(9L, 9L, "1.00", "291.11");
    assertThat(category(f, "delivery")).containsExactly(6L, 10L, "1.67", null);
    assertThat(f.totals().jobSeekers()).isEqualTo(63);
    assertThat(f.totals().positions()).isEqualTo(27);
    assertThat(f.totals().ratio()).isEqualByComparingTo("0.43");
    assertThat(f.totals().marketDailyHires()).isEqualByComparingTo("4.5");
    assertThat(f.totals().ledgerEntries()).isEqualTo(2);
    assertThat(f.industries())
        .filteredOn(i -> i.code().equals("O"))
        .singleElement()
        .satisfies(i -> assertThat(i.ratio()).isEqualByComparingTo("0.67"));
    assertThat(f.markets())
        .filteredOn(m -> m.marketId() == marketA)
        .singleElement()
        .satisfies(m -> assertThat(m.ledgerPeople().get("POLICY_TALK")).isEqualTo(50L));

    // the PDF's Chinese text and figures, the XLSX read back
    String pdf =
        CaseSteps.pdfText(reports.file(SUPERVISOR, signed.id(), true).orElseThrow().content());
    assertThat(pdf)
        .contains("尉氏县零工市场月度监测报告（2026-11）")
        .contains("求人倍率")
        .contains("0.43")
        .contains("保洁")
        .contains("152.50")
        .contains("尉氏县城关零工驿站");
    try (XSSFWorkbook book =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                reports.file(SUPERVISOR, signed.id(), false).orElseThrow().content()))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(5);
      var categories = book.getSheet("分工种");
      var header = categories.getRow(0);
      assertThat(header.getCell(8).getStringCellValue()).isEqualTo("求人倍率");
      boolean found = false;
      for (int r = 1; r <= categories.getLastRowNum(); r++) {
        var row = categories.getRow(r);
        if ("cleaning".equals(row.getCell(2).getStringCellValue())) {
          assertThat(row.getCell(0).getStringCellValue()).isEqualTo(DISTRICT);
          assertThat(row.getCell(1).getStringCellValue()).isEqualTo("2026-11");
          assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(12);
          assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(0.67);
          assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(152.5);
          found = true;
        }
      }
      assertThat(found).isTrue();
    }

    // signed is final; a correction is a new version with its reason, the old one kept
    assertThatThrownBy(() -> reports.sign(SUPERVISOR, signed.id()))
        .isInstanceOf(cn.linggong.shared.ConflictException.class);
    assertThatThrownBy(() -> reports.correct(SUPERVISOR, DISTRICT, NOVEMBER, "改"))
        .isInstanceOf(InvalidInputException.class);
    marketReports.take(
        CASEWORKER,
        marketReports.preview(
            CASEWORKER,
            DISTRICT,
            NOVEMBER,
            sheet("尉氏县洧川零工市场", 20, 1, "建筑工", 8, 14, "280"),
            java.util.Locale.CHINA));
    MonitoringReport corrected =
        reports.correct(SUPERVISOR, DISTRICT, NOVEMBER, "洧川零工市场补报建筑工岗位 10 个");
    assertThat(corrected.version()).isEqualTo(2);
    assertThat(corrected.status()).isEqualTo(MonitoringReport.Status.SIGNED);
    assertThat(corrected.correctionReason()).isEqualTo("洧川零工市场补报建筑工岗位 10 个");
    assertThat(reports.figuresOf(corrected).totals().positions()).isEqualTo(37);
    List<MonitoringReport> versions = reports.versions(SUPERVISOR, DISTRICT, NOVEMBER);
    assertThat(versions).extracting(MonitoringReport::version).containsExactly(2, 1);
    MonitoringReport old = versions.get(1);
    assertThat(old.status()).isEqualTo(MonitoringReport.Status.SUPERSEDED);
    assertThat(reports.figuresOf(old).totals().positions()).isEqualTo(27);
    assertThat(reports.file(SUPERVISOR, old.id(), true)).isPresent();
    assertThat(reports.signed(SUPERVISOR, NOVEMBER))
        .extracting(MonitoringReport::version)
        .containsExactly(2);
    // another district's supervisor sees none of it
    assertThatThrownBy(
            () -> reports.find(TestUsers.of("sup-other", "kf-tongxu", "supervisor"), old.id()))
        .isInstanceOf(cn.linggong.shared.NotFoundException.class);
  }

  @Test
  void theMonthsTimerFiresOnTheFirstAndStartsEveryDistrict() {
    Job timer =
        managementService
            .createJobQuery()
            .processDefinitionKey(MonitoringStart.MONTH_PROCESS)
            .timers()
            .singleResult();
    assertThat(timer).as("the start timer of market_monitoring_month").isNotNull();
    var due = timer.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault());
    assertThat(due.getDayOfMonth()).isEqualTo(1);
    assertThat(due.getHour()).isEqualTo(1);
    // run on a first of a month far from every other test's clock
    Instant first = OffsetDateTime.of(2040, 1, 1, 1, 0, 0, 0, BEIJING).toInstant();
    ClockUtil.setCurrentTime(java.util.Date.from(first));
    managementService.executeJob(timer.getId());
    YearMonth month = YearMonth.of(2040, 1);
    for (String d : List.of("kf-gulou", "kf-lankao", DISTRICT)) {
      assertThat(
              runtimeService
                  .createProcessInstanceQuery()
                  .processInstanceBusinessKey(reports.reportNo(d, month))
                  .singleResult()
                  .getTenantId())
          .isEqualTo(d);
    }
  }

  private static List<Object> category(Figures f, String code) {
    Figures.CategoryRow c =
        f.categories().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    return java.util.Arrays.asList(
        c.seekers(),
        c.positions(),
        c.ratio() == null ? null : c.ratio().toPlainString(),
        c.avgDailyPay() == null ? null : c.avgDailyPay().toPlainString());
  }

  /** An import sheet with one row (the template's columns). */
  private static byte[] sheet(
      String market,
      int served,
      double hires,
      String category,
      int seekers,
      int positions,
      String pay)
      throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      var s = book.createSheet("市场报送数据");
      var h = s.createRow(0);
      String[] heads = {"市场名称", "服务求职人数", "日均招聘成功人数", "工种", "求职人数", "招聘岗位数", "平均日薪（元）"};
      for (int i = 0; i < heads.length; i++) {
        h.createCell(i).setCellValue(heads[i]);
      }
      var r = s.createRow(1);
      r.createCell(0).setCellValue(market);
      r.createCell(1).setCellValue(served);
      r.createCell(2).setCellValue(hires);
      r.createCell(3).setCellValue(category);
      r.createCell(4).setCellValue(seekers);
      r.createCell(5).setCellValue(positions);
      r.createCell(6).setCellValue(pay);
      book.write(out);
      return out.toByteArray();
    }
  }
}
