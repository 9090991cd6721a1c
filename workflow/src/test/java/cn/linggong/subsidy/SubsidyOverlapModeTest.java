package cn.linggong.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.market.MarketDraft;
import cn.linggong.testsupport.MarketDrafts;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import cn.linggong.testsupport.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 就高不重复 read the other way ({@code linggong.subsidy.overlap=NOTHING_IF_PAID}): once a higher level
 * paid anything for the item and year, the district pays nothing for it, in the second application
 * of the year as in the first.
 */
@SpringBootTest(properties = "linggong.subsidy.overlap=NOTHING_IF_PAID")
@Import(TestClock.class)
class SubsidyOverlapModeTest {

  static final LinggongUser CASEWORKER = TestUsers.of("caseworker1", "kf-gulou", Roles.CASEWORKER);
  static final LinggongUser REVIEWER = TestUsers.of("reviewer1", null, Roles.REVIEWER);

  @Autowired SubsidyQuotes quotes;
  @Autowired MarketDirectory markets;
  @Autowired MutableClock clock;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aSecondApplicationOfTheYearIsPaidNothingEitherOnceTheHigherLevelPaid() {
    clock.set(
        LocalDate.of(2026, 12, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    Market m = markets.register(CASEWORKER, MarketDrafts.draft("鼓楼区就高模式零工市场", null));
    markets.recordCertification(
        REVIEWER,
        m.id(),
        new MarketDraft.CertificationRecord(
            m.version(),
            Market.Certification.DISTRICT,
            LocalDate.of(2025, 4, 15),
            LocalDate.of(2028, 4, 14),
            "区级零工市场认定文件"));
    jdbc.update(
        "INSERT INTO subsidy_higher_grant (market_id, item, subsidy_year, amount, granted_by,"
            + " document_no, recorded_at, recorded_by) VALUES (?, 'RENT', 2026, 1000.00,"
            + " '河南省人力资源和社会保障厅', '豫人社〔2026〕30号', CURRENT_TIMESTAMP, 'finance1')",
        m.id());
    // the first application: nothing paid, the province's 1,000 set against it
    jdbc.update(
        "INSERT INTO subsidy_approved_item (market_id, item, subsidy_year, amount, higher_offset,"
            + " approved_at, approved_by) VALUES (?, 'RENT', 2026, 0, 1000.00, CURRENT_TIMESTAMP,"
            + " 'supervisor1')",
        m.id());
    SubsidyRules.Quoted second =
        quotes
            .quote(
                REVIEWER,
                new SubsidyQuotes.Request(
                    m.id(),
                    2026,
                    List.of(
                        new SubsidyQuotes.Claim(SubsidyItem.RENT, new BigDecimal("200000.00")))))
            .items()
            .get(0);
    assertThat(second.payable()).isEqualByComparingTo("0.00");
    assertThat(second.rules()).contains(SubsidyRules.Rule.HIGHER_PAID);
  }
}
