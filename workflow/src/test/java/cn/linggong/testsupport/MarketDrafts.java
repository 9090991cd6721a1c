package cn.linggong.testsupport;

import cn.linggong.market.Market;
import cn.linggong.market.MarketDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Drafts of markets for tests: a complete, valid record to vary. */
public final class MarketDrafts {

  private MarketDrafts() {}

  public static MarketDraft draft(String name, String districtId) {
    return new MarketDraft(
        name,
        Market.NameKind.OFFICIAL,
        Market.Nature.PUBLIC,
        "开封市鼓楼区五一路12号",
        300,
        List.of("cleaning", "loading"),
        60,
        Market.Kind.COMPREHENSIVE,
        districtId,
        Market.Operation.ENTRUSTED,
        "开封市汴梁人力资源服务有限公司",
        TestIds.creditCode(),
        true,
        "(豫)人服证字〔2024〕第0201000123号",
        "刘建华",
        "每日 6:00—12:00",
        "王丽",
        "13812345678",
        "0371-23456789",
        "12333 或市场服务台",
        new BigDecimal("850.5"),
        6,
        List.of(Market.Service.QUICK_HIRING, Market.Service.SKILLS_IMPROVEMENT),
        List.of(Market.Rule.FIRST_CONTACT, Market.Rule.WORK_LOGS),
        LocalDate.of(2024, 3, 1),
        Market.Status.OPERATING);
  }

  /** The same draft with another status. */
  public static MarketDraft withStatus(MarketDraft d, Market.Status status) {
    return d.withStatus(status);
  }

  /** The same draft with other opening hours and no contact phone (kept). */
  public static MarketDraft withHours(MarketDraft d, String hours) {
    return d.withOpeningHours(hours).withContactPhone("");
  }
}
