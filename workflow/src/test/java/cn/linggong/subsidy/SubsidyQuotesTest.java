package cn.linggong.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.market.MarketDraft;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.validation.FieldViolation;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.subsidy.SubsidyRules.Rule;
import cn.linggong.testsupport.MarketDrafts;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import cn.linggong.testsupport.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The quote gathers its facts from the records: the months certified in the year, the grade (none
 * yet: 合格's rate), earlier approvals sharing the cap, a higher level's payment, the years used; bad
 * input and markets not certified are refused field by field. Earlier approvals and higher grants
 * are written here as the approval process and finance will write them.
 */
@SpringBootTest
@Import(TestClock.class)
class SubsidyQuotesTest {

  static final LinggongUser CASEWORKER = TestUsers.of("caseworker1", "kf-gulou", Roles.CASEWORKER);
  static final LinggongUser OTHER_DISTRICT =
      TestUsers.of("caseworker2", "kf-longting", Roles.CASEWORKER);
  static final LinggongUser REVIEWER = TestUsers.of("reviewer1", null, Roles.REVIEWER);
  static final LinggongUser FINANCE = TestUsers.of("finance1", null, Roles.FINANCE);

  @Autowired SubsidyQuotes quotes;
  @Autowired MarketDirectory markets;
  @Autowired MutableClock clock;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void june2026() {
    clock.set(
        LocalDate.of(2026, 6, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }

  /** A 850.5 m² market of 鼓楼区 certified at district level from 15 April 2025. */
  private Market certified(String name) {
    Market m = markets.register(CASEWORKER, MarketDrafts.draft(name, null));
    return markets.recordCertification(
        REVIEWER,
        m.id(),
        new MarketDraft.CertificationRecord(
            m.version(),
            Market.Certification.DISTRICT,
            LocalDate.of(2025, 4, 15),
            LocalDate.of(2028, 4, 14),
            "鼓楼区人社局区级零工市场认定文件"));
  }

  private void approved(long marketId, SubsidyItem item, int year, String amount) {
    jdbc.update(
        "INSERT INTO subsidy_approved_item (market_id, item, subsidy_year, amount, higher_offset,"
            + " approved_at, approved_by) VALUES (?, ?, ?, ?, 0, CURRENT_TIMESTAMP, 'finance1')",
        marketId,
        item.name(),
        year,
        new BigDecimal(amount));
  }

  private static SubsidyQuotes.Request request(long marketId, int year, Object... itemAndAmount) {
    List<SubsidyQuotes.Claim> claims = new java.util.ArrayList<>();
    for (int i = 0; i < itemAndAmount.length; i += 2) {
      claims.add(
          new SubsidyQuotes.Claim(
              (SubsidyItem) itemAndAmount[i], new BigDecimal((String) itemAndAmount[i + 1])));
    }
    return new SubsidyQuotes.Request(marketId, year, claims);
  }

  private static List<String> fields(InvalidInputException e) {
    return e.violations().stream().map(FieldViolation::field).toList();
  }

  @Test
  void theOperatingSubsidyGoesByTheFloorAreaCertifiedNotTheDirectorysLaterOne() {
    Market m = certified("鼓楼区补贴测算面积零工市场");
    markets.update(
        CASEWORKER,
        m.id(),
        new MarketDraft.Update(
            m.version(), null, m.asDraft().withFloorArea(new BigDecimal("2000"))));
    assertThat(markets.find(CASEWORKER, m.id()).floorArea()).isEqualByComparingTo("2000");
    // 20 × 850.5 m² (as certified) × 12 months
    assertThat(
            quotes
                .quote(CASEWORKER, request(m.id(), 2026, SubsidyItem.OPERATING, "500000"))
                .items()
                .get(0)
                .payable())
        .isEqualByComparingTo("204120.00");
  }

  @Test
  void theFirstYearIsQuotedForItsFullCertifiedMonthsAtThePassRate() {
    Market m = certified("鼓楼区补贴测算一零工市场");
    int decisions = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DECINST", Integer.class);
    SubsidyQuotes.Quote q =
        quotes.quote(
            CASEWORKER,
            request(m.id(), 2025, SubsidyItem.RENT, "100000.00", SubsidyItem.OPERATING, "300000"));
    assertThat(q.monthsCertified()).as("May to December 2025").isEqualTo(8);
    assertThat(q.grade()).as("not evaluated yet").isNull();
    assertThat(q.certification()).isEqualTo(Market.Certification.DISTRICT);
    assertThat(q.items().get(0).rate()).isEqualByComparingTo("0.50");
    assertThat(q.items().get(0).payable()).isEqualByComparingTo("50000.00");
    // 20 × 850.5 m² × 8 months
    assertThat(q.items().get(1).payable()).isEqualByComparingTo("136080.00");
    assertThat(q.items().get(1).rules())
        .containsExactly(Rule.OPERATING_MONTHS, Rule.CLAIM_ABOVE_RULE);
    assertThat(q.total()).isEqualByComparingTo("186080.00");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DECINST", Integer.class))
        .as("a quote writes nothing, not even the engine's decision history")
        .isEqualTo(decisions);
    assertThat(
            quotes
                .quote(FINANCE, request(m.id(), 2026, SubsidyItem.OPERATING, "999999"))
                .monthsCertified())
        .isEqualTo(12);
  }

  @Test
  void earlierApprovalsOfTheYearAndAHigherLevelsPaymentAreSetAgainstTheItem() {
    Market m = certified("鼓楼区补贴测算二零工市场");
    approved(m.id(), SubsidyItem.RENT, 2026, "550000.00");
    jdbc.update(
        "INSERT INTO subsidy_higher_grant (market_id, item, subsidy_year, amount, granted_by,"
            + " document_no, recorded_at, recorded_by) VALUES (?, 'RENT', 2026, 30000.00,"
            + " '河南省人力资源和社会保障厅', '豫人社〔2026〕18号', CURRENT_TIMESTAMP, 'finance1')",
        m.id());
    SubsidyRules.Quoted rent =
        quotes.quote(REVIEWER, request(m.id(), 2026, SubsidyItem.RENT, "400000.00")).items().get(0);
    assertThat(rent.approvedBefore()).isEqualByComparingTo("550000.00");
    assertThat(rent.higherLevel()).isEqualByComparingTo("30000.00");
    // 400,000 × 50 % = 200,000; 50,000 of the cap left; less the 30,000 paid by the province
    assertThat(rent.payable()).isEqualByComparingTo("20000.00");
    assertThat(rent.rules())
        .containsExactly(Rule.RENT_RATE, Rule.CAP_SHARED, Rule.HIGHER_DIFFERENCE);
    SubsidyRules.Quoted lastYear =
        quotes.quote(REVIEWER, request(m.id(), 2025, SubsidyItem.RENT, "400000.00")).items().get(0);
    assertThat(lastYear.payable())
        .as("another year, its own cap")
        .isEqualByComparingTo("200000.00");
  }

  @Test
  void theNetworkOneOffAndTheYearsOfSubsidyHoldAcrossYears() {
    Market m = certified("鼓楼区补贴测算三零工市场");
    approved(m.id(), SubsidyItem.NETWORK, 2025, "280000.00");
    assertThat(
            quotes
                .quote(REVIEWER, request(m.id(), 2026, SubsidyItem.NETWORK, "100000"))
                .items()
                .get(0)
                .payable())
        .as("20,000.00 of the one-off cap left")
        .isEqualByComparingTo("20000.00");
    Market early = certified("鼓楼区补贴测算四零工市场");
    approved(early.id(), SubsidyItem.OPERATING, 2023, "1000.00");
    SubsidyQuotes.Quote fourth =
        quotes.quote(
            REVIEWER,
            request(early.id(), 2026, SubsidyItem.RENT, "1000", SubsidyItem.MONITORING, "10000"));
    assertThat(fourth.firstYear()).isEqualTo(2023);
    assertThat(fourth.items().get(0).payable()).isEqualByComparingTo("0.00");
    assertThat(fourth.items().get(0).rules()).containsExactly(Rule.YEARS_USED);
    assertThat(fourth.items().get(1).payable()).isEqualByComparingTo("10000.00");
  }

  @Test
  void theHigherLevelsPartSetAgainstAnEarlierApprovalCountsAgainstTheCap() {
    Market m = certified("鼓楼区补贴测算九零工市场");
    // the first half of the year: 300,000 entitled, 200,000 of it paid by the province
    jdbc.update(
        "INSERT INTO subsidy_higher_grant (market_id, item, subsidy_year, amount, granted_by,"
            + " document_no, recorded_at, recorded_by) VALUES (?, 'RENT', 2026, 200000.00,"
            + " '河南省人力资源和社会保障厅', '豫人社〔2026〕21号', CURRENT_TIMESTAMP, 'finance1')",
        m.id());
    jdbc.update(
        "INSERT INTO subsidy_approved_item (market_id, item, subsidy_year, amount, higher_offset,"
            + " approved_at, approved_by) VALUES (?, 'RENT', 2026, 100000.00, 200000.00,"
            + " CURRENT_TIMESTAMP, 'supervisor1')",
        m.id());
    SubsidyRules.Quoted second =
        quotes
            .quote(REVIEWER, request(m.id(), 2026, SubsidyItem.RENT, "1000000.00"))
            .items()
            .get(0);
    assertThat(second.approvedBefore())
        .as("what the first took of the cap: paid and set against the province's payment")
        .isEqualByComparingTo("300000.00");
    assertThat(second.higherLevel()).as("the province's payment is used up").isZero();
    // 600,000 a year in all: 300,000 left, the district pays it whole
    assertThat(second.payable()).isEqualByComparingTo("300000.00");
  }

  @Test
  void theYearsOfSubsidyAreAWindowFromTheFirstThatAnEarlierYearCannotWiden() {
    Market registered = markets.register(CASEWORKER, MarketDrafts.draft("鼓楼区补贴测算十零工市场", null));
    Market m =
        markets.recordCertification(
            REVIEWER,
            registered.id(),
            new MarketDraft.CertificationRecord(
                registered.version(),
                Market.Certification.DISTRICT,
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2027, 12, 31),
                "鼓楼区人社局区级零工市场认定文件"));
    approved(m.id(), SubsidyItem.RENT, 2025, "1000.00");
    approved(m.id(), SubsidyItem.RENT, 2026, "1000.00");
    assertThat(
            quotes
                .quote(REVIEWER, request(m.id(), 2024, SubsidyItem.OPERATING, "1000"))
                .items()
                .get(0)
                .rules())
        .as("2024 to 2026: three years")
        .doesNotContain(Rule.YEARS_USED);
    approved(m.id(), SubsidyItem.RENT, 2027, "1000.00");
    assertThat(
            quotes
                .quote(REVIEWER, request(m.id(), 2024, SubsidyItem.OPERATING, "1000"))
                .items()
                .get(0)
                .rules())
        .as("2024 to 2027 would be four")
        .containsExactly(Rule.YEARS_USED);
  }

  @Test
  void badInputAndAMarketNotCertifiedAreRefusedFieldByField() {
    Market m = certified("鼓楼区补贴测算五零工市场");
    assertThatThrownBy(
            () ->
                quotes.quote(
                    CASEWORKER,
                    request(m.id(), 2019, SubsidyItem.RENT, "-1", SubsidyItem.RENT, "10.005")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(fields(e))
                    .containsExactly(
                        "year", "items[0].claimed", "items[1].item", "items[1].claimed"));
    assertThatThrownBy(() -> quotes.quote(CASEWORKER, new SubsidyQuotes.Request(null, null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(fields(e)).containsExactly("marketId", "year", "items"));
    Market plain = markets.register(CASEWORKER, MarketDrafts.draft("鼓楼区未认定测算零工市场", null));
    assertThatThrownBy(
            () -> quotes.quote(CASEWORKER, request(plain.id(), 2026, SubsidyItem.RENT, "1")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field, v -> v.violation().messageKey())
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "marketId", "subsidy.market.notCertified")));
    assertThatThrownBy(() -> quotes.quote(CASEWORKER, request(m.id(), 2024, SubsidyItem.RENT, "1")))
        .as("certified from April 2025")
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aDistrictUserQuotesTheOwnDistrictsMarketsAndAMediatorNone() {
    Market m = certified("鼓楼区补贴测算六零工市场");
    assertThatThrownBy(
            () -> quotes.quote(OTHER_DISTRICT, request(m.id(), 2026, SubsidyItem.RENT, "1")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                quotes.quote(
                    TestUsers.of("mediator1", "kf-gulou", Roles.MEDIATOR),
                    request(m.id(), 2026, SubsidyItem.RENT, "1")))
        .isInstanceOf(AccessDeniedException.class);
  }
}
