package cn.linggong.market;

import cn.linggong.demo.DemoPeople;
import cn.linggong.demo.DemoPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The demo city's market records as the directory's demo registers them. */
final class DemoMarketDrafts {

  private DemoMarketDrafts() {}

  /** A market run by an HR agency on the bureau's behalf (委托社会力量运行), with its licence. */
  static MarketDraft entrusted(
      DemoPlan plan, String district, String districtName, String marketName, LocalDate today) {
    DemoPeople people = plan.people();
    return new MarketDraft(
        marketName,
        Market.NameKind.OFFICIAL,
        Market.Nature.COMMERCIAL,
        people.address(district, districtName),
        220,
        List.of("domestic", "cleaning", "elderly-care"),
        45,
        Market.Kind.INDUSTRY,
        district,
        Market.Operation.ENTRUSTED,
        people.companyName("人力资源服务有限公司"),
        people.creditCode(district),
        true,
        "（豫）人服证字〔2023〕第" + String.format("%010d", 200 + plan.random().nextInt(800)) + "号",
        people.name(plan.chance(50)),
        "周一至周六 7:00—18:00",
        people.name(plan.chance(50)),
        people.mobile(),
        "0371-2" + String.format("%07d", plan.random().nextInt(10_000_000)),
        "市场服务台投诉箱；12333",
        new BigDecimal("800.00"),
        8,
        List.of(
            Market.Service.QUICK_HIRING,
            Market.Service.JOB_INTRODUCTION,
            Market.Service.TRAINING_INFORMATION,
            Market.Service.SKILLS_IMPROVEMENT,
            Market.Service.RIGHTS_PROTECTION),
        List.of(Market.Rule.values()),
        today.minusMonths(14),
        Market.Status.OPERATING);
  }

  /** A market run by the bureau or a public agency, its contact a person of the city. */
  @SuppressWarnings("java:S107") // one market's record
  static MarketDraft draft(
      DemoPlan plan,
      String marketName,
      Market.NameKind nameKind,
      Market.Nature nature,
      Market.Kind kind,
      Market.Operation operation,
      String operator,
      String creditCode,
      String address,
      String hours,
      List<Market.Service> services,
      List<Market.Rule> rules,
      LocalDate opened,
      List<String> jobTypes,
      int seekers,
      BigDecimal area) {
    DemoPeople people = plan.people();
    return new MarketDraft(
        marketName,
        nameKind,
        nature,
        address,
        seekers,
        jobTypes,
        seekers / 5,
        kind,
        null,
        operation,
        operator,
        creditCode,
        false,
        null,
        null,
        hours,
        people.name(plan.chance(50)),
        people.mobile(),
        area == null ? null : "0371-2" + String.format("%07d", plan.random().nextInt(10_000_000)),
        area == null ? null : "服务窗口现场投诉；12333",
        area,
        area == null ? null : Math.max(1, area.intValue() / 150),
        services,
        rules,
        opened,
        Market.Status.OPERATING);
  }
}
