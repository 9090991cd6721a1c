package cn.linggong.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.identity.District;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.market.MarketDraft;
import cn.linggong.testsupport.MarketDrafts;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import cn.linggong.testsupport.TestUsers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * The target tracker: markets certified at a counted level, per district and citywide, against
 * milestones; a milestone whose day has passed judged by that day's count, one to come by today's;
 * the districts short of their one; the applications on their way. Its own database, so that the
 * counts are this test's markets only.
 */
@SpringBootTest(
    properties = {
      "linggong.certification.targets.levels=CITY,PROVINCE",
      "linggong.certification.targets.milestones[0].by=2025-12-31",
      "linggong.certification.targets.milestones[0].markets=3",
      "linggong.certification.targets.milestones[1].by=2026-06-30",
      "linggong.certification.targets.milestones[1].markets=1",
      "linggong.certification.targets.milestones[2].by=2027-12-31",
      "linggong.certification.targets.milestones[2].markets=10",
      "linggong.certification.targets.milestones[2].each-district=1"
    })
@Import(TestClock.class)
class CertificationTargetsTest {

  static final LinggongUser GULOU = TestUsers.of("caseworker1", "kf-gulou", Roles.CASEWORKER);
  static final LinggongUser LONGTING = TestUsers.of("caseworker2", "kf-longting", Roles.CASEWORKER);
  // another district and level than the other tests', so that their counts stay apart
  static final LinggongUser WEISHI = TestUsers.of("caseworker9", "kf-weishi", Roles.CASEWORKER);
  static final LinggongUser REVIEWER = TestUsers.of("reviewer1", null, Roles.REVIEWER);

  @Autowired CertificationTargets targets;
  @Autowired MarketDirectory markets;
  @Autowired CertificationFilings filings;
  @Autowired CriteriaSheets sheets;
  @Autowired MutableClock clock;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private void on(LocalDate day) {
    clock.set(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }

  private Market certify(
      LinggongUser by, String name, Market.Certification level, LocalDate since) {
    Market m = markets.register(by, MarketDrafts.draft(name, null));
    return markets.recordCertification(
        REVIEWER,
        m.id(),
        new MarketDraft.CertificationRecord(
            m.version(), level, since, since.plusYears(3).minusDays(1), "认定文件 汴人社〔2025〕1号"));
  }

  private static List<String> ids(List<District> districts) {
    return districts.stream().map(District::id).toList();
  }

  private static CertificationTargets.DistrictProgress of(
      CertificationTargets.Report r, String districtId) {
    return r.districts().stream()
        .filter(d -> d.district().id().equals(districtId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void milestonesAreCountedOnTheirDayOnceItHasPassedAndTodayBefore() {
    on(LocalDate.of(2025, 3, 1));
    Market gulou = certify(GULOU, "鼓楼区零工市场", Market.Certification.CITY, LocalDate.of(2025, 3, 1));
    on(LocalDate.of(2025, 5, 1));
    certify(LONGTING, "龙亭区零工市场", Market.Certification.PROVINCE, LocalDate.of(2025, 5, 1));
    certify(GULOU, "西司门街道零工驿站", Market.Certification.DISTRICT, LocalDate.of(2025, 5, 1));

    on(LocalDate.of(2025, 12, 1));
    CertificationTargets.Report before = targets.report(REVIEWER);
    assertThat(before.certified()).as("a district-level certification does not count").isEqualTo(2);
    assertThat(before.levels())
        .containsExactly(Market.Certification.CITY, Market.Certification.PROVINCE);
    CertificationTargets.MilestoneProgress end2025 = before.milestones().get(0);
    assertThat(end2025.outcome()).isEqualTo(CertificationTargets.Outcome.OPEN);
    assertThat(end2025.countedOn()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(end2025.reached()).isEqualTo(2);
    assertThat(end2025.gap()).isEqualTo(1);
    assertThat(end2025.daysLeft()).isEqualTo(30);
    assertThat(before.milestones().get(1).outcome())
        .as("reached before its day")
        .isEqualTo(CertificationTargets.Outcome.REACHED);
    CertificationTargets.MilestoneProgress end2027 = before.milestones().get(2);
    assertThat(ids(end2027.districtsShort()))
        .as("every district without a certified market of its own")
        .doesNotContain("kf-gulou", "kf-longting")
        .contains("kf-shunhe", "kf-lankao");
    assertThat(end2027.outcome()).isEqualTo(CertificationTargets.Outcome.OPEN);

    // in January the city-level market of 鼓楼区 loses its certification
    on(LocalDate.of(2026, 1, 15));
    markets.recordCertification(
        REVIEWER,
        gulou.id(),
        new MarketDraft.CertificationRecord(
            markets.find(REVIEWER, gulou.id()).version(),
            Market.Certification.NONE,
            null,
            null,
            "退出认定（汴人社〔2026〕3号）"));
    CertificationTargets.Report after = targets.report(GULOU);
    assertThat(after.certified()).isEqualTo(1);
    assertThat(of(after, "kf-gulou").certified()).isZero();
    assertThat(of(after, "kf-longting").certified()).isEqualTo(1);
    CertificationTargets.MilestoneProgress missed = after.milestones().get(0);
    assertThat(missed.outcome())
        .as("2 of 3 on 2025-12-31, whatever happens later")
        .isEqualTo(CertificationTargets.Outcome.MISSED);
    assertThat(missed.countedOn()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(missed.reached()).isEqualTo(2);
    assertThat(missed.daysLeft()).isZero();
    assertThat(ids(after.milestones().get(2).districtsShort())).contains("kf-gulou");

    assertThat(markets.certifiedOn(Set.of(Market.Certification.CITY), LocalDate.of(2025, 4, 1)))
        .as("the history of certifications, day by day")
        .containsExactlyEntriesOf(java.util.Map.of("kf-gulou", 1));
    assertThat(markets.certifiedOn(Set.of(Market.Certification.CITY), LocalDate.of(2025, 2, 1)))
        .isEmpty();
  }

  @Test
  void aCorrectedStartCountsTheMarketOnceAndFromTheCorrectedDay() {
    on(LocalDate.of(2025, 10, 1));
    Market m = certify(WEISHI, "尉氏县零工市场", Market.Certification.DISTRICT, LocalDate.of(2025, 9, 1));
    markets.recordCertification(
        REVIEWER,
        m.id(),
        new MarketDraft.CertificationRecord(
            markets.find(REVIEWER, m.id()).version(),
            Market.Certification.DISTRICT,
            LocalDate.of(2025, 7, 1),
            LocalDate.of(2028, 6, 30),
            "更正认定日期（以认定文件为准）"));
    Set<Market.Certification> district = Set.of(Market.Certification.DISTRICT);
    assertThat(markets.certifiedOn(district, LocalDate.of(2025, 8, 1)).get("kf-weishi"))
        .isEqualTo(1);
    assertThat(markets.certifiedOn(district, LocalDate.of(2025, 9, 15)).get("kf-weishi"))
        .as("once, not once per record")
        .isEqualTo(1);
    assertThat(markets.certifiedOn(district, LocalDate.of(2025, 6, 30))).isEmpty();
  }

  @Test
  void openApplicationsAreShownAsOnTheirWay() {
    on(LocalDate.of(2026, 3, 2));
    Market m = markets.register(LONGTING, MarketDrafts.draft("北门大街零工驿站", null));
    filings.file(
        LONGTING,
        new CertificationFilings.Filing(
            m.id(),
            Certification.Level.CITY,
            Certification.SubmittedBy.DISTRICT_BUREAU,
            null,
            "申报市级示范性零工市场",
            sheets.inForce(LONGTING).criteria().stream()
                .map(c -> new CertificationFilings.SelfScore(c.code(), c.points()))
                .toList()));
    CertificationTargets.Report r = targets.report(REVIEWER);
    assertThat(r.inProgress()).isEqualTo(1);
    assertThat(of(r, "kf-longting").inProgress()).isEqualTo(1);
    assertThat(of(r, "kf-gulou").inProgress()).isZero();
  }

  @Test
  void onlyThoseWhoWorkWithCertificationSeeTheTargets() {
    assertThatThrownBy(() -> targets.report(TestUsers.of("finance1", null, Roles.FINANCE)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> targets.report(TestUsers.of("mediator1", "kf-gulou", Roles.MEDIATOR)))
        .isInstanceOf(AccessDeniedException.class);
  }
}
