package cn.linggong.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.validation.FieldViolation;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.testsupport.MarketDrafts;
import cn.linggong.testsupport.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The gig-market directory: a record with the ministry's and the city's fields, checked field by
 * field; the naming standard warned about, never refused; every change kept; a district user's own
 * district only; certifications recorded by reviewers.
 */
@SpringBootTest
class MarketDirectoryTest {

  static final LinggongUser CASEWORKER = TestUsers.of("caseworker1", "kf-gulou", Roles.CASEWORKER);
  static final LinggongUser OTHER_DISTRICT =
      TestUsers.of("caseworker2", "kf-longting", Roles.CASEWORKER);
  static final LinggongUser REVIEWER = TestUsers.of("reviewer1", null, Roles.REVIEWER);
  static final LinggongUser MEDIATOR = TestUsers.of("mediator1", "kf-gulou", Roles.MEDIATOR);

  @Autowired MarketDirectory directory;
  @Autowired JdbcTemplate jdbc;

  private static List<String> fields(InvalidInputException e) {
    return e.violations().stream().map(FieldViolation::field).toList();
  }

  private int rows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM market", Integer.class)
        + jdbc.queryForObject("SELECT COUNT(*) FROM market_change", Integer.class);
  }

  @Test
  void aMarketIsRegisteredWithEveryFieldAndItsPhoneMaskedAndEncrypted() {
    Market m = directory.register(CASEWORKER, MarketDrafts.draft("鼓楼区零工市场", null));

    assertThat(m.districtId()).as("a district user's own district").isEqualTo("kf-gulou");
    assertThat(m.contactPhoneMasked()).isEqualTo("138****5678");
    assertThat(m.serviceHotline()).isEqualTo("037123456789");
    assertThat(m.floorArea()).isEqualByComparingTo("850.50");
    assertThat(m.jobTypes()).as("in the dictionary's order").containsExactly("loading", "cleaning");
    assertThat(m.services())
        .containsExactly(Market.Service.QUICK_HIRING, Market.Service.SKILLS_IMPROVEMENT);
    assertThat(m.certification()).isEqualTo(Market.Certification.NONE);
    assertThat(m.nameWarning()).as("the name follows the standard").isNull();
    assertThat(m.version()).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM market WHERE contact_phone_enc LIKE '%13812345678%'",
                Integer.class))
        .as("the phone is stored encrypted")
        .isZero();
  }

  @Test
  void aNameOutsideTheStandardIsWarnedAboutButKept() {
    Market m = directory.register(CASEWORKER, MarketDrafts.draft("火车站劳务市场", null));
    assertThat(m.id()).isNotNull();
    assertThat(m.nameWarning()).isEqualTo("market.name.standard.COMPREHENSIVE");
    assertThat(MarketNames.warning("西司门街道零工驿站", Market.NameKind.OFFICIAL, Market.Kind.STATION))
        .isEmpty();
    assertThat(MarketNames.warning("家政服务零工市场", Market.NameKind.OFFICIAL, Market.Kind.INDUSTRY))
        .isEmpty();
    assertThat(MarketNames.warning("鼓楼区零工市场", Market.NameKind.OFFICIAL, Market.Kind.INDUSTRY))
        .as("an area's name is not an industry's")
        .contains("market.name.standard.INDUSTRY");
    assertThat(
            MarketNames.warning("桥头等活点", Market.NameKind.CONVENTIONAL, Market.Kind.COMPREHENSIVE))
        .as("a name in common use is what people call the place")
        .isEmpty();
  }

  @Test
  void badInputIsRefusedFieldByFieldAndWritesNothing() {
    int before = rows();
    MarketDraft bad =
        new MarketDraft(
            " ",
            null,
            null,
            "",
            -1,
            List.of("no-such-trade"),
            2_000_000,
            Market.Kind.COMPREHENSIVE,
            "kf-longting",
            Market.Operation.ENTRUSTED,
            "",
            "",
            true,
            "",
            "",
            "",
            "",
            "12",
            "abc",
            null,
            new BigDecimal("-3"),
            null,
            List.of(),
            List.of(),
            LocalDate.of(2099, 1, 1),
            null);
    assertThatThrownBy(() -> directory.register(CASEWORKER, bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(fields(e))
                    .containsExactlyInAnyOrder(
                        "name",
                        "nameKind",
                        "nature",
                        "status",
                        "address",
                        "operatorName",
                        "openingHours",
                        "contactName",
                        "dailySeekers",
                        "dailyHires",
                        "floorArea",
                        "jobTypes",
                        "operatorCreditCode",
                        "hrLicenceNo",
                        "legalRepresentative",
                        "contactPhone",
                        "serviceHotline",
                        "openedOn",
                        "districtId"));
    assertThat(rows()).isEqualTo(before);

    directory.register(CASEWORKER, MarketDrafts.draft("鼓楼区西司门零工驿站", null));
    assertThatThrownBy(() -> directory.register(CASEWORKER, MarketDrafts.draft("鼓楼区西司门零工驿站", null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("name"));
  }

  @Test
  void everyChangeIsKeptAndAStatusChangeNeedsAReason() {
    MarketDraft draft = MarketDrafts.draft("鼓楼区州桥零工驿站", null);
    Market m = directory.register(CASEWORKER, draft);

    Market changed =
        directory.update(
            CASEWORKER,
            m.id(),
            new MarketDraft.Update(
                m.version(), null, MarketDrafts.withHours(draft, "每日 5:30—11:30")));
    assertThat(changed.openingHours()).isEqualTo("每日 5:30—11:30");
    assertThat(changed.contactPhoneMasked()).as("a blank phone keeps it").isEqualTo("138****5678");
    assertThat(changed.version()).isEqualTo(2);

    MarketDraft suspended =
        MarketDrafts.withStatus(
            MarketDrafts.withHours(draft, "每日 5:30—11:30"), Market.Status.SUSPENDED);
    assertThatThrownBy(
            () ->
                directory.update(
                    CASEWORKER, m.id(), new MarketDraft.Update(changed.version(), " ", suspended)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("reason"));
    assertThatThrownBy(
            () ->
                directory.update(
                    CASEWORKER, m.id(), new MarketDraft.Update(m.version(), "场地维修", suspended)))
        .as("an update of a version someone else changed")
        .isInstanceOf(ConflictException.class);
    directory.update(
        CASEWORKER, m.id(), new MarketDraft.Update(changed.version(), "场地维修，暂停一个月", suspended));

    List<MarketChange> history = directory.history(CASEWORKER, m.id());
    assertThat(history)
        .extracting(MarketChange::field, MarketChange::before, MarketChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("status", "OPERATING", "SUSPENDED"),
            org.assertj.core.groups.Tuple.tuple("openingHours", "每日 6:00—12:00", "每日 5:30—11:30"));
    assertThat(history.get(0).reason()).isEqualTo("场地维修，暂停一个月");
    assertThat(history).allSatisfy(c -> assertThat(c.changedBy()).isEqualTo("caseworker1"));
  }

  @Test
  void aDistrictUserSeesAndKeepsOnlyTheOwnDistrict() {
    Market m = directory.register(CASEWORKER, MarketDrafts.draft("鼓楼区相国寺零工驿站", null));
    assertThatThrownBy(() -> directory.find(OTHER_DISTRICT, m.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(directory.search(OTHER_DISTRICT, MarketFilter.all(), 0, 500))
        .noneMatch(x -> x.id().equals(m.id()));
    assertThat(
            directory.search(
                REVIEWER,
                new MarketFilter("kf-gulou", null, null, Market.Status.OPERATING, null, "相国寺"),
                0,
                50))
        .extracting(Market::id)
        .containsExactly(m.id());
    assertThatThrownBy(() -> directory.register(MEDIATOR, MarketDrafts.draft("鼓楼区某零工驿站", null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> directory.register(CASEWORKER, MarketDrafts.draft("龙亭区零工市场", "kf-longting")))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("districtId"));
  }

  @Test
  void aReviewerRecordsACertificationGrantedElsewhere() {
    Market m = directory.register(CASEWORKER, MarketDrafts.draft("鼓楼区大梁门零工驿站", null));
    MarketDraft.CertificationRecord record =
        new MarketDraft.CertificationRecord(
            m.version(),
            Market.Certification.PROVINCE,
            LocalDate.of(2025, 11, 20),
            LocalDate.of(2028, 11, 19),
            "河南省人社厅2025年省级示范零工市场名单");
    assertThatThrownBy(() -> directory.recordCertification(CASEWORKER, m.id(), record))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                directory.recordCertification(
                    REVIEWER,
                    m.id(),
                    new MarketDraft.CertificationRecord(
                        m.version(),
                        Market.Certification.CITY,
                        LocalDate.of(2025, 11, 20),
                        LocalDate.of(2025, 1, 1),
                        "")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(fields(e)).containsExactlyInAnyOrder("until", "reason"));

    Market certified = directory.recordCertification(REVIEWER, m.id(), record);
    assertThat(certified.certification()).isEqualTo(Market.Certification.PROVINCE);
    assertThat(certified.certifiedUntil()).isEqualTo(LocalDate.of(2028, 11, 19));
    assertThat(directory.history(REVIEWER, m.id()))
        .extracting(MarketChange::field)
        .containsExactlyInAnyOrder("certification", "certifiedSince", "certifiedUntil");
    assertThat(
            directory.search(
                REVIEWER,
                new MarketFilter(null, null, null, null, Market.Certification.PROVINCE, null),
                0,
                50))
        .extracting(Market::id)
        .contains(m.id());
  }
}
