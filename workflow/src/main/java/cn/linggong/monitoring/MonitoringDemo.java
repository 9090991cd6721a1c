package cn.linggong.monitoring;

import cn.linggong.demo.DemoPlan;
import cn.linggong.demo.DemoSteps;
import cn.linggong.demo.DemoStory;
import cn.linggong.employer.JobCategories;
import cn.linggong.employer.JobCategory;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo city's monthly monitoring, in each district with staff: every month started on the 1st,
 * the markets' work-log ledgers kept through the month, what each market reported entered before
 * the draft day, the draft drawn up by the process's timer, the caseworkers' step done and the
 * supervisor's sign-off made (one early month of the first district corrected as a second version);
 * of the latest drafted month the second district's report still waits for its sign-off, late, and
 * this month's ledgers are filling.
 */
@Component
@RequiredArgsConstructor
class MonitoringDemo implements DemoStory {

  private static final List<List<String>> LEDGER_LINES =
      List.of(
          List.of("灵活就业社保补贴政策宣讲", "新就业形态劳动者权益保障宣讲", "零工市场服务项目宣传"),
          List.of("登记企业临时用工需求", "电话回访企业季节性用工需求", "收集园区企业灵活用工计划"),
          List.of("登记求职零工人员技能和意向", "组织返乡人员求职登记", "整理大龄零工人员求职信息"),
          List.of("用工专员走访企业", "为企业提供用工政策咨询", "协助企业发布零工岗位"),
          List.of("现场撮合企业与零工人员", "组织小型对接会", "即时推荐零工上岗"));
  private static final List<String> PARTIES =
      List.of("城关镇务工人员", "开封某建筑劳务公司", "某物流园区", "社区求职人员", "某家政服务公司", "返乡务工人员");

  private final MonitoringStart start;
  private final MonitoringReports reports;
  private final MarketReports marketReports;
  private final WorkLogs workLogs;
  private final JobCategories categories;
  private final MonitoringProperties properties;
  private final DemoSteps steps;

  @Override
  public int order() {
    return 4;
  }

  @Override
  public int sharePercent() {
    return 0;
  }

  @Override
  public void begin(DemoPlan plan, int cases) {
    List<String> served =
        plan.districtsWith(Roles.SUPERVISOR).stream()
            .filter(d -> plan.districtsWith(Roles.CASEWORKER).contains(d))
            .toList();
    YearMonth first = YearMonth.from(plan.start().atZone(plan.zone())).plusMonths(1);
    YearMonth last = YearMonth.from(plan.end().atZone(plan.zone()));
    YearMonth latestDrafted = plan.end().isAfter(draftAt(last, plan)) ? last : last.minusMonths(1);
    for (int d = 0; d < served.size(); d++) {
      String district = served.get(d);
      boolean lateOne = d % 2 == 1;
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        YearMonth month = m;
        at(plan, month.atDay(1), 9, "monitoring start", () -> start.start(district, month));
        for (int week = 0; week < 4; week++) {
          LocalDate day = month.atDay(2 + 7 * week);
          at(plan, day, 10 + week % 3, "work log", () -> ledgers(plan, district, day));
        }
        at(
            plan,
            month.atDay(properties.draftDay() - 3),
            10,
            "market figures",
            () -> marketFigures(plan, district, month));
        at(
            plan,
            month.atDay(properties.draftDay() + 2),
            10,
            "monitoring figures step",
            () ->
                steps.complete(
                    plan.staff(Roles.CASEWORKER, district),
                    reports.reportNo(district, month),
                    MonitoringReports.TASK_FIGURES,
                    DemoSteps.values("confirmed", true)));
        if (!(lateOne && month.equals(latestDrafted))) {
          at(
              plan,
              month.atDay(properties.draftDay() + 5),
              15,
              "monitoring sign-off",
              () ->
                  steps.complete(
                      plan.staff(Roles.SUPERVISOR, district),
                      reports.reportNo(district, month),
                      MonitoringReports.TASK_SIGN,
                      DemoSteps.values("checked", true)));
        }
        if (d == 0 && month.equals(first)) {
          at(
              plan,
              month.atDay(properties.draftDay() + 7),
              11,
              "monitoring correction",
              () ->
                  reports.correct(
                      plan.staff(Roles.SUPERVISOR, district),
                      district,
                      month,
                      "一个零工市场补报了漏填的招聘岗位数，按补报数据更正"));
        }
      }
    }
  }

  private Instant draftAt(YearMonth month, DemoPlan plan) {
    return month
        .atDay(properties.draftDay())
        .atTime(properties.draftHour(), 0)
        .atZone(plan.zone())
        .toInstant();
  }

  /** Schedules an event on a day at an hour, if it lies within the history. */
  private static void at(DemoPlan plan, LocalDate day, int hour, String label, Runnable action) {
    Instant when = day.atTime(hour, 0).atZone(plan.zone()).toInstant();
    if (!when.isBefore(plan.start()) && when.isBefore(plan.end())) {
      plan.at(when, label, action);
    }
  }

  private void ledgers(DemoPlan plan, String district, LocalDate day) {
    LinggongUser caseworker = plan.staff(Roles.CASEWORKER, district);
    for (MarketReports.Market market : marketReports.markets(caseworker, district)) {
      int entries = 1 + plan.random().nextInt(2);
      for (int i = 0; i < entries; i++) {
        WorkLogEntry.Ledger ledger = plan.pick(List.of(WorkLogEntry.Ledger.values()));
        workLogs.add(
            caseworker,
            new WorkLogs.Draft(
                market.id(),
                ledger,
                day.minusDays(plan.random().nextInt(2)),
                plan.pick(LEDGER_LINES.get(ledger.ordinal())),
                plan.pick(PARTIES),
                3 + plan.random().nextInt(40)));
      }
    }
  }

  private void marketFigures(DemoPlan plan, String district, YearMonth month) {
    LinggongUser caseworker = plan.staff(Roles.CASEWORKER, district);
    List<JobCategory> active = categories.active();
    for (MarketReports.Market market : marketReports.markets(caseworker, district)) {
      List<MarketReports.CategoryFigure> rows = new ArrayList<>();
      List<JobCategory> pool = new ArrayList<>(active);
      int n = 3 + plan.random().nextInt(3);
      for (int i = 0; i < n && !pool.isEmpty(); i++) {
        JobCategory c = pool.remove(plan.random().nextInt(pool.size()));
        rows.add(
            new MarketReports.CategoryFigure(
                c.code(),
                (long) (5 + plan.random().nextInt(55)),
                (long) (3 + plan.random().nextInt(75)),
                plan.chance(80)
                    ? BigDecimal.valueOf(120 + plan.random().nextInt(200)).setScale(2)
                    : null));
      }
      marketReports.enter(
          caseworker,
          district,
          month,
          new MarketReports.MarketFigure(
              market.id(),
              (long) (50 + plan.random().nextInt(350)),
              BigDecimal.valueOf(20 + plan.random().nextInt(130), 1),
              rows));
    }
  }
}
