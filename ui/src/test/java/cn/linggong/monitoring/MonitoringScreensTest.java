package cn.linggong.monitoring;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.inbox.TaskCompletion;
import cn.linggong.market.MarketDirectory;
import cn.linggong.shell.KaribuTestBase;
import cn.linggong.testsupport.CaseSteps;
import cn.linggong.testsupport.MarketDrafts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The monitoring screens: a district's signed month with its version and files, the city's status
 * of every district, a market's figures entered in the dialog (refused beside the field, then
 * saved), and a work-log line added and found.
 */
@SpringBootTest
class MonitoringScreensTest extends KaribuTestBase {

  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  @Autowired MonitoringStart start;
  @Autowired MonitoringReports reports;
  @Autowired MarketDirectory markets;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired TaskCompletion completion;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSignedMonthTheCitysStatusAMarketsFiguresAndAWorkLogLine() {
    markets.register(
        directory.principal("caseworker1"), MarketDrafts.draft("鼓楼区监测界面测试驿站", "kf-gulou"));
    ClockUtil.setCurrentTime(
        Date.from(OffsetDateTime.of(2026, 10, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant()));
    start.start("kf-gulou", OCTOBER);
    String no = reports.reportNo("kf-gulou", OCTOBER);
    var instance =
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult();
    var timer =
        managementService
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
    CaseSteps.complete(
        taskService,
        completion,
        directory.principal("caseworker1"),
        no,
        MonitoringReports.TASK_FIGURES,
        CaseSteps.values("confirmed", true));
    // the sign-off step shows what it signs beside its form, with a way to the whole report
    ClockUtil.reset();
    signIn("supervisor1");
    UI.getCurrent()
        .navigate(
            "tasks/" + CaseSteps.waitingAt(taskService, no, MonitoringReports.TASK_SIGN).getId());
    assertThat(
            _get(
                    com.vaadin.flow.component.Component.class,
                    spec -> spec.withId("monitoring-case-panel"))
                .isVisible())
        .isTrue();
    assertThat(_get(Anchor.class, spec -> spec.withId("open-monitoring-screen")).getHref())
        .isEqualTo("monitoring?month=2026-10&district=kf-gulou");
    signOut();
    CaseSteps.complete(
        taskService,
        completion,
        directory.principal("supervisor1"),
        no,
        MonitoringReports.TASK_SIGN,
        CaseSteps.values("checked", true));

    signIn("supervisor1");
    UI.getCurrent().navigate(MonitoringView.class);
    _get(Select.class, spec -> spec.withId("monitoring-month")).setValue(OCTOBER);
    Grid<MonitoringReport> versions = _get(Grid.class, spec -> spec.withId("monitoring-versions"));
    assertThat(GridKt._size(versions)).isEqualTo(1);
    assertThat(GridKt._get(versions, 0).status()).isEqualTo(MonitoringReport.Status.SIGNED);
    var files = GridKt._getCellComponent(versions, 0, "files");
    assertThat(files.getChildren().map(c -> ((Anchor) c).getText()))
        .containsExactly("下载 PDF", "下载 XLSX");
    assertThat(_get(Button.class, spec -> spec.withId("monitoring-correct")).isVisible()).isTrue();
    Grid<FiguresPanel.Metric> metrics = _get(Grid.class, spec -> spec.withId("monitoring-metrics"));
    assertThat(GridKt._get(metrics, 0).key()).isEqualTo("jobSeekers");

    // the city: every district's month, the signed one of 鼓楼区 among them
    signOut();
    signIn("reviewer1");
    UI.getCurrent().navigate(MonitoringView.class);
    _get(Select.class, spec -> spec.withId("monitoring-month")).setValue(OCTOBER);
    Grid<MonitoringReports.DistrictMonth> status =
        _get(Grid.class, spec -> spec.withId("monitoring-status"));
    assertThat(GridKt._size(status)).isEqualTo(9);
    assertThat(
            IntStream.range(0, GridKt._size(status))
                .mapToObj(i -> GridKt._get(status, i))
                .filter(r -> r.districtId().equals("kf-gulou"))
                .findFirst()
                .orElseThrow()
                .latest()
                .status())
        .isEqualTo(MonitoringReport.Status.SIGNED);

    // this month, a caseworker enters what the market reported: a wrong count beside its field
    signOut();
    signIn("caseworker1");
    UI.getCurrent().navigate(MonitoringView.class);
    Grid<Figures.MarketRow> rows = _get(Grid.class, spec -> spec.withId("monitoring-markets"));
    int row =
        IntStream.range(0, GridKt._size(rows))
            .filter(i -> GridKt._get(rows, i).name().equals("鼓楼区监测界面测试驿站"))
            .findFirst()
            .orElseThrow();
    Figures.MarketRow market = GridKt._get(rows, row);
    ((Button) GridKt._getCellComponent(rows, row, "enter")).click();
    IntegerField served = _get(IntegerField.class, spec -> spec.withId("market-figures-served"));
    served.setValue(-3);
    _get(BigDecimalField.class, spec -> spec.withId("market-figures-hires"))
        .setValue(new BigDecimal("2.5"));
    _get(Button.class, spec -> spec.withId("market-figures-save")).click();
    assertThat(served.isInvalid()).isTrue();
    assertThat(served.getErrorMessage()).startsWith("请填写 0 至");
    served.setValue(80);
    _get(Button.class, spec -> spec.withId("market-figures-save")).click();
    assertThat(
            reports
                .current(directory.principal("caseworker1"), null, YearMonth.now())
                .markets()
                .stream()
                .filter(m -> m.marketId() == market.marketId())
                .findFirst()
                .orElseThrow()
                .seekersServed())
        .isEqualTo(80);

    // a work-log line, then found by its text
    UI.getCurrent().navigate(WorkLogView.class);
    _get(Button.class, spec -> spec.withId("worklog-add")).click();
    _get(Select.class, spec -> spec.withId("worklog-new-market")).setValue(market.marketId());
    _get(Select.class, spec -> spec.withId("worklog-new-ledger"))
        .setValue(WorkLogEntry.Ledger.MATCHING);
    _get(TextArea.class, spec -> spec.withId("worklog-new-content")).setValue("现场撮合保洁岗位");
    _get(TextField.class, spec -> spec.withId("worklog-new-party")).setValue("界面测试家政公司");
    _get(IntegerField.class, spec -> spec.withId("worklog-new-count")).setValue(6);
    _get(Button.class, spec -> spec.withId("worklog-save")).click();
    _get(TextField.class, spec -> spec.withId("worklog-text")).setValue("界面测试家政");
    Grid<WorkLogEntry> logs = _get(Grid.class, spec -> spec.withId("worklog-grid"));
    assertThat(GridKt._size(logs)).isEqualTo(1);
    assertThat(GridKt._get(logs, 0).headCount()).isEqualTo(6);
  }
}
