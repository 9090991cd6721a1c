package cn.linggong.market;

import cn.linggong.demo.DemoPeople;
import cn.linggong.demo.DemoPlan;
import cn.linggong.demo.DemoSteps;
import cn.linggong.demo.DemoStory;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo city's gig markets: in each district with caseworkers, a comprehensive market, a street
 * station, an industry market run by an HR agency, a doorstep station, a spontaneous roadside
 * market known by its common name and one whose official name is outside the naming standard;
 * records changed over the months (hours, a suspension with its reason), a provincial certification
 * recorded, and each quarter's directory review done (the current one of the last district still
 * waiting). Every other district has its comprehensive market, registered by the city's reviewer;
 * two of them were among the city's first demonstration markets, certified over a year ago.
 */
@Component
@RequiredArgsConstructor
class MarketDemo implements DemoStory {

  private static final List<String> STATION_STREETS =
      List.of("西司门", "相国寺", "北道门", "午朝门", "新华", "中山", "解放", "五一");
  private static final List<String> COMMUNITIES = List.of("书店街", "包公湖", "龙亭", "双龙巷", "铁塔", "繁塔");

  private final MarketDirectory directory;
  private final DirectoryReviews reviews;
  private final DemoSteps steps;
  private final Districts districts;

  @Override
  public int order() {
    return 1;
  }

  @Override
  public int sharePercent() {
    return 0;
  }

  @Override
  public void begin(DemoPlan plan, int cases) {
    List<String> served = plan.districtsWith(Roles.CASEWORKER);
    if (!served.isEmpty()) {
      // registered well before the history: certified at district level over a year ago, it has
      // had its first annual evaluation (the certification story)
      plan.atEarlier(
          plan.end().atZone(plan.zone()).minusMonths(16).toInstant(),
          "market",
          () -> logistics(plan, served.get(0)));
      // certified at district level since the start of the year two years before the subsidy
      // story's recent periods, it is in its third year of subsidy (the subsidy story)
      plan.atEarlier(
          plan.end().atZone(plan.zone()).minusMonths(DemoPlan.EARLIER_MONTHS).toInstant(),
          "market",
          () -> subsidised(plan, served.get(0)));
    }
    int unserved = 0;
    for (String district : plan.people().districts()) {
      if (served.contains(district)) {
        plan.at(plan.start(), "markets", () -> markets(plan, district, served.indexOf(district)));
        reviewsOf(plan, district, district.equals(served.get(served.size() - 1)));
      } else {
        // two of the city's first demonstration markets, certified before the system was used
        LocalDate certifiedEarlier =
            unserved < 2 ? plan.today().minusMonths(13).minusDays(20L * unserved) : null;
        unserved++;
        plan.at(plan.start(), "market", () -> cityRegisters(plan, district, certifiedEarlier));
      }
    }
  }

  private void markets(DemoPlan plan, String district, int n) {
    LinggongUser caseworker = plan.staff(Roles.CASEWORKER, district);
    String name = districtName(district);
    DemoPeople people = plan.people();
    LocalDate today = plan.today();
    Market main =
        directory.register(
            caseworker,
            DemoMarketDrafts.draft(
                plan,
                name + "零工市场",
                Market.NameKind.OFFICIAL,
                Market.Nature.PUBLIC,
                Market.Kind.COMPREHENSIVE,
                Market.Operation.BUREAU,
                "开封市" + name + "人力资源和社会保障局",
                null,
                people.address(district, name),
                "周一至周日 5:30—12:00",
                List.of(Market.Service.values()),
                List.of(Market.Rule.values()),
                today.minusYears(3).withDayOfYear(60 + n * 30),
                List.of("construction", "decoration", "cleaning", "loading"),
                400 + 50 * n,
                new BigDecimal("1200.00")));
    Market station =
        directory.register(
            caseworker,
            DemoMarketDrafts.draft(
                plan,
                name + STATION_STREETS.get(2 * n % STATION_STREETS.size()) + "街道零工驿站",
                Market.NameKind.OFFICIAL,
                Market.Nature.PUBLIC,
                Market.Kind.STATION,
                Market.Operation.PUBLIC_AGENCY,
                name + STATION_STREETS.get(2 * n % STATION_STREETS.size()) + "街道便民服务中心",
                null,
                people.address(district, name),
                "工作日 8:00—12:00，14:30—17:30",
                List.of(
                    Market.Service.QUICK_HIRING,
                    Market.Service.POLICY_CONSULTING,
                    Market.Service.JOB_INTRODUCTION,
                    Market.Service.RIGHTS_GUIDANCE),
                List.of(Market.Rule.FIRST_CONTACT, Market.Rule.ONE_TIME_NOTICE),
                today.minusMonths(20),
                List.of("cleaning", "domestic"),
                60,
                new BigDecimal("120.00")));
    directory.register(
        caseworker,
        DemoMarketDrafts.entrusted(
            plan,
            district,
            districtName(district),
            name + (n == 0 ? "家政服务" : "建筑业") + "零工市场",
            today));
    directory.register(
        caseworker,
        DemoMarketDrafts.draft(
            plan,
            name + COMMUNITIES.get(n % COMMUNITIES.size()) + "社区家门口就业服务站",
            Market.NameKind.OFFICIAL,
            Market.Nature.PUBLIC,
            Market.Kind.DOORSTEP,
            Market.Operation.PUBLIC_AGENCY,
            name + COMMUNITIES.get(n % COMMUNITIES.size()) + "社区居委会",
            null,
            people.address(district, name),
            "工作日 9:00—17:00",
            List.of(Market.Service.JOB_INTRODUCTION, Market.Service.HARDSHIP_ASSISTANCE),
            List.of(Market.Rule.FIRST_CONTACT),
            today.minusMonths(8),
            List.of("domestic", "elderly-care"),
            25,
            new BigDecimal("60.00")));
    Market roadside =
        directory.register(
            caseworker,
            DemoMarketDrafts.draft(
                plan,
                (n == 0 ? "大南门" : "西门") + "桥头等活点",
                Market.NameKind.CONVENTIONAL,
                Market.Nature.SPONTANEOUS,
                Market.Kind.COMPREHENSIVE,
                Market.Operation.BUREAU,
                "开封市" + name + "人力资源和社会保障局（属地管理）",
                null,
                people.address(district, name),
                "每日 5:00—9:00",
                List.of(Market.Service.QUICK_HIRING),
                List.of(),
                today.minusYears(6),
                List.of("loading", "construction"),
                150,
                null));
    directory.register(
        caseworker,
        DemoMarketDrafts.draft(
            plan,
            name + "人力资源市场零工服务区",
            Market.NameKind.OFFICIAL,
            Market.Nature.PUBLIC,
            Market.Kind.COMPREHENSIVE,
            Market.Operation.PUBLIC_AGENCY,
            "开封市" + name + "公共就业和人才服务中心",
            null,
            people.address(district, name),
            "工作日 8:30—17:30",
            List.of(
                Market.Service.QUICK_HIRING,
                Market.Service.CAREER_GUIDANCE,
                Market.Service.TRAINING_INFORMATION,
                Market.Service.SKILLS_IMPROVEMENT),
            List.of(
                Market.Rule.FIRST_CONTACT,
                Market.Rule.TIME_LIMITED,
                Market.Rule.SERVICE_COMMITMENT),
            today.minusYears(2),
            List.of("factory", "warehouse"),
            90,
            new BigDecimal("300.00")));
    // the months go by: the station opens earlier, the roadside market is closed for road works
    Instant later = plan.calendarDaysLater(plan.now(), 40 + plan.random().nextInt(30));
    plan.at(later, "market hours", () -> changeHours(plan, district, station.id()));
    plan.at(
        plan.calendarDaysLater(later, 50),
        "market suspended",
        () -> suspend(plan, district, roadside.id()));
    if (n == 0) {
      plan.at(
          plan.calendarDaysLater(plan.now(), 10),
          "market certification",
          () ->
              certification(
                  plan,
                  main.id(),
                  Market.Certification.PROVINCE,
                  plan.today().minusMonths(2),
                  "河南省人力资源和社会保障厅省级示范零工市场名单"));
    }
  }

  private void logistics(DemoPlan plan, String district) {
    String name = districtName(district);
    directory.register(
        plan.staff(Roles.CASEWORKER, district),
        DemoMarketDrafts.draft(
            plan,
            name + LOGISTICS,
            Market.NameKind.OFFICIAL,
            Market.Nature.PUBLIC,
            Market.Kind.INDUSTRY,
            Market.Operation.PUBLIC_AGENCY,
            "开封市" + name + "公共就业和人才服务中心",
            null,
            plan.people().address(district, name),
            "周一至周六 6:00—18:00",
            List.of(
                Market.Service.QUICK_HIRING,
                Market.Service.JOB_INTRODUCTION,
                Market.Service.SKILLS_IMPROVEMENT,
                Market.Service.RIGHTS_PROTECTION),
            List.of(Market.Rule.values()),
            plan.today().minusYears(4),
            List.of("loading", "warehouse"),
            180,
            new BigDecimal("900.00")));
  }

  private void subsidised(DemoPlan plan, String district) {
    String name = districtName(district);
    Market m =
        directory.register(
            plan.staff(Roles.CASEWORKER, district),
            DemoMarketDrafts.draft(
                plan,
                name + SUBSIDISED,
                Market.NameKind.OFFICIAL,
                Market.Nature.PUBLIC,
                Market.Kind.COMPREHENSIVE,
                Market.Operation.PUBLIC_AGENCY,
                "开封市" + name + "就业服务中心",
                null,
                plan.people().address(district, name),
                "周一至周日 6:00—12:00",
                List.of(
                    Market.Service.QUICK_HIRING,
                    Market.Service.JOB_INTRODUCTION,
                    Market.Service.POLICY_CONSULTING),
                List.of(Market.Rule.values()),
                plan.today().minusYears(5),
                List.of("construction", "cleaning", "loading"),
                150,
                new BigDecimal("1200.00")));
    certification(
        plan,
        m.id(),
        Market.Certification.DISTRICT,
        LocalDate.of(plan.recentPeriodEnd().getYear() - 2, 1, 1),
        "区级零工市场认定文件");
  }

  /** The name (after the district's) of the market in its third year of subsidy. */
  static final String SUBSIDISED = "城东综合零工市场";

  /** The name (after the district's) of the market the certification story evaluates. */
  static final String LOGISTICS = "物流装卸零工市场";

  private void cityRegisters(DemoPlan plan, String district, LocalDate certifiedEarlier) {
    LinggongUser reviewer = plan.staff(Roles.REVIEWER, null);
    if (reviewer == null) {
      return;
    }
    String name = districtName(district);
    MarketDraft d =
        DemoMarketDrafts.draft(
            plan,
            name + "零工市场",
            Market.NameKind.OFFICIAL,
            Market.Nature.PUBLIC,
            Market.Kind.COMPREHENSIVE,
            Market.Operation.BUREAU,
            "开封市" + name + "人力资源和社会保障局",
            null,
            plan.people().address(district, name),
            "周一至周日 6:00—11:30",
            List.of(
                Market.Service.QUICK_HIRING,
                Market.Service.POLICY_CONSULTING,
                Market.Service.JOB_INTRODUCTION,
                Market.Service.SKILLS_IMPROVEMENT,
                Market.Service.RIGHTS_PROTECTION),
            List.of(
                Market.Rule.FIRST_CONTACT, Market.Rule.TIME_LIMITED, Market.Rule.ONE_TIME_NOTICE),
            plan.today().minusMonths(18),
            List.of("construction", "loading", "cleaning"),
            200,
            new BigDecimal("600.00"));
    Market m = directory.register(reviewer, d.withDistrictId(district));
    if (certifiedEarlier != null) {
      certification(
          plan, m.id(), Market.Certification.CITY, certifiedEarlier, "开封市首批市级示范性零工市场认定名单");
    }
  }

  private void changeHours(DemoPlan plan, String district, long id) {
    LinggongUser caseworker = plan.staff(Roles.CASEWORKER, district);
    Market m = directory.find(caseworker, id);
    directory.update(
        caseworker,
        id,
        new MarketDraft.Update(
            m.version(), null, m.asDraft().withOpeningHours("工作日 7:30—12:00，14:30—17:30")));
  }

  private void suspend(DemoPlan plan, String district, long id) {
    LinggongUser caseworker = plan.staff(Roles.CASEWORKER, district);
    Market m = directory.find(caseworker, id);
    directory.update(
        caseworker,
        id,
        new MarketDraft.Update(
            m.version(),
            "道路施工，等活点暂停使用，已引导至区零工市场",
            m.asDraft().withStatus(Market.Status.SUSPENDED)));
  }

  /** A certification granted before the system was used, recorded by the city's reviewer. */
  private void certification(
      DemoPlan plan, long id, Market.Certification level, LocalDate since, String basis) {
    LinggongUser reviewer = plan.staff(Roles.REVIEWER, null);
    if (reviewer == null) {
      return;
    }
    Market m = directory.find(reviewer, id);
    directory.recordCertification(
        reviewer,
        id,
        new MarketDraft.CertificationRecord(
            m.version(), level, since, since.plusYears(3).minusDays(1), basis));
  }

  /** Each period's review of the district: done within days, except the last one of the city. */
  private void reviewsOf(DemoPlan plan, String district, boolean lastWaits) {
    ZoneId zone = plan.zone();
    LocalDate from = LocalDate.ofInstant(plan.start(), zone).withDayOfMonth(1);
    LocalDate end = LocalDate.ofInstant(plan.end(), zone);
    for (LocalDate day = from; !day.isAfter(end); day = day.plusMonths(1)) {
      String period = reviews.period(day);
      if (!period.equals(reviews.period(day.minusMonths(1))) || day.equals(from)) {
        Instant start = plan.workingDaysLater(day.atStartOfDay(zone).toInstant(), 0);
        boolean current = period.equals(reviews.period(end));
        plan.at(start, "directory review", () -> reviews.start(district, period));
        if (!(current && lastWaits)) {
          plan.at(
              plan.workingDaysLater(start, plan.workingDaysToAct()),
              "directory reviewed",
              () ->
                  steps.complete(
                      plan.staff(Roles.CASEWORKER, district),
                      DirectoryReviews.businessKey(district, period),
                      DirectoryReviews.TASK,
                      DemoSteps.values("confirmed", true, "note", "已逐一核对，开放时间和联系方式无变化")));
        }
      }
    }
  }

  private String districtName(String id) {
    return districts.district(id).map(District::name).orElse(id);
  }
}
