package cn.linggong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A first start with demo users plays a small demo city through the real services: people,
 * employers and postings registered, cases of both types at many stages with months of history,
 * steps done by the demo users, letters made, and nothing refused on the way.
 */
@SpringBootTest(properties = {"linggong.demo-data.cases=60", "linggong.demo-data.months=6"})
class DemoCityTest {

  @Autowired DemoCity city;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired cn.linggong.casefile.CaseDocuments documents;
  @Autowired cn.linggong.market.MarketDirectory markets;

  private int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }

  @Test
  void aFirstStartSeedsALivingCityThroughTheServicesWithoutARefusal() {
    DemoCity.Played played = city.played().orElseThrow();
    assertThat(played.failed()).as("events the services refused").isZero();
    assertThat(played.events()).isGreaterThan(100);

    assertThat(count("SELECT COUNT(DISTINCT district_id) FROM worker")).isGreaterThanOrEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM worker_hardship_tag")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM employer WHERE verified")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM employer WHERE NOT verified")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM job_posting")).isPositive();
    // the directory: every kind and nature, every district, one suspended with its reason, a
    // certification recorded, names outside the standard warned about, reviews done and waiting
    assertThat(count("SELECT COUNT(DISTINCT kind) FROM market")).isEqualTo(4);
    assertThat(count("SELECT COUNT(DISTINCT nature) FROM market")).isEqualTo(3);
    assertThat(count("SELECT COUNT(DISTINCT district_id) FROM market"))
        .isEqualTo(count("SELECT COUNT(*) FROM ACT_ID_TENANT"));
    assertThat(count("SELECT COUNT(*) FROM market WHERE status = 'SUSPENDED'")).isPositive();
    assertThat(
            count(
                "SELECT COUNT(*) FROM market_change WHERE field = 'status' AND reason IS NOT NULL"))
        .isPositive();
    assertThat(count("SELECT COUNT(*) FROM market WHERE certification <> 'NONE'")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM market_directory_review WHERE reviewed_at IS NOT NULL"))
        .isPositive();
    assertThat(count("SELECT COUNT(*) FROM market_directory_review WHERE reviewed_at IS NULL"))
        .isPositive();
    // certification: one certified with its certificate, one refused, one in inspection, one
    // waiting for missing material
    assertThat(
            count("SELECT COUNT(DISTINCT COALESCE(outcome, stage)) FROM certification_application"))
        .isGreaterThanOrEqualTo(4);
    assertThat(
            count("SELECT COUNT(*) FROM certification_application WHERE stage = 'PUBLIC_NOTICE'"))
        .as("one under public notice now")
        .isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM case_document WHERE case_type = 'certification' AND kind = 'CERTIFICATE'"))
        .as("the certified one's, the withdrawn one's and the evaluated one's")
        .isEqualTo(3);
    assertThat(count("SELECT COUNT(*) FROM certification_application WHERE outcome = 'WITHDRAWN'"))
        .as("one certified and withdrawn mid-term")
        .isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM case_document WHERE case_type = 'certification' AND kind = 'WITHDRAWAL_NOTICE'"))
        .isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM certification_evaluation WHERE outcome = 'QUALIFIED' AND grade = 'GOOD'"))
        .as("a district-level certification over a year old, evaluated on its anniversary")
        .isOne();
    // the evaluated one, and the one recorded two years ago that is in its third subsidy year
    assertThat(count("SELECT COUNT(*) FROM market WHERE certification = 'DISTRICT'")).isEqualTo(2);
    // subsidies: budgets of every district for last year and this, applications at every stage,
    // one market approved for three years (its third partly paid), their notices of approval
    assertThat(count("SELECT COUNT(*) FROM subsidy_budget")).isGreaterThanOrEqualTo(2 * 9);
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT COALESCE(outcome, stage) FROM subsidy_application", String.class))
        .containsExactlyInAnyOrder(
            "PAID",
            "REFUSED",
            "DISBURSEMENT",
            "CALCULATION_REVIEW",
            "PUBLIC_NOTICE",
            "APPROVAL",
            "SUPPLEMENT");
    assertThat(
            count(
                "SELECT COUNT(*) FROM (SELECT market_id FROM subsidy_approved_item WHERE amount > 0"
                    + " GROUP BY market_id HAVING COUNT(DISTINCT subsidy_year) = 3) t"))
        .as("a market in its third year of subsidy")
        .isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM case_document WHERE case_type = 'subsidy' AND kind = 'APPROVAL_NOTICE'"))
        .isEqualTo(4);
    // the one certified here and two of the city's first, certified before the system was used
    assertThat(count("SELECT COUNT(*) FROM market WHERE certification = 'CITY'")).isEqualTo(3);
    assertThat(
            markets.certifiedOn(
                java.util.Set.of(cn.linggong.market.Market.Certification.CITY),
                java.time.LocalDate.now().minusMonths(12)))
        .as("a year ago: the city's first two, in two districts")
        .hasSize(2);

    // monthly monitoring: signed reports of past months (one corrected), the latest drafted month
    // of the second district still waiting for its sign-off, the markets' ledgers kept
    assertThat(count("SELECT COUNT(*) FROM monitoring_report WHERE status = 'SIGNED'"))
        .isGreaterThanOrEqualTo(6);
    assertThat(count("SELECT COUNT(*) FROM monitoring_report WHERE status = 'SUPERSEDED'"))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM monitoring_report WHERE status = 'DRAFT'")).isPositive();
    assertThat(count("SELECT COUNT(DISTINCT district_id) FROM monitoring_report")).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM market_month_category")).isPositive();
    assertThat(count("SELECT COUNT(DISTINCT ledger) FROM work_log_entry")).isEqualTo(5);
    assertThat(count("SELECT COUNT(*) FROM case_document WHERE case_type = 'monitoring'"))
        .isGreaterThanOrEqualTo(2 * 6);
    assertThat(count("SELECT COUNT(*) FROM assistance_case")).isEqualTo(60 * 55 / 100);
    assertThat(count("SELECT COUNT(*) FROM complaint")).isEqualTo(60 * 45 / 100);
    assertThat(count("SELECT COUNT(*) FROM assistance_case WHERE state = 'OPEN'")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM assistance_case WHERE state = 'CLOSED'")).isPositive();
    assertThat(count("SELECT COUNT(DISTINCT outcome) FROM assistance_case")).isGreaterThan(1);
    assertThat(count("SELECT COUNT(*) FROM complaint WHERE state = 'OPEN'")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM complaint WHERE state = 'CLOSED'")).isPositive();
    assertThat(count("SELECT COUNT(DISTINCT stage) FROM complaint")).isGreaterThan(2);
    assertThat(count("SELECT COUNT(*) FROM case_document WHERE case_type = 'assistance'"))
        .isPositive();
    assertThat(count("SELECT COUNT(*) FROM case_document WHERE case_type = 'complaint'"))
        .isPositive();

    // history over the months behind today, not all of it today
    Instant earliest =
        jdbc.queryForObject("SELECT MIN(opened_at) FROM assistance_case", java.sql.Timestamp.class)
            .toInstant();
    assertThat(earliest).isBefore(Instant.now().minus(30, ChronoUnit.DAYS));

    // work waits in the inboxes, and what was done was done by the demo users
    assertThat(taskService.createTaskQuery().active().count()).isPositive();
    // completed by a person (not ended by a timer or a withdrawal)
    List<HistoricTaskInstance> done =
        historyService.createHistoricTaskInstanceQuery().finished().list().stream()
            .filter(t -> "completed".equals(t.getDeleteReason()))
            .toList();
    assertThat(done).isNotEmpty();
    assertThat(done)
        .extracting(HistoricTaskInstance::getAssignee)
        .allMatch(
            Set.of(
                    "caseworker1",
                    "caseworker2",
                    "caseworker3",
                    "mediator1",
                    "mediator3",
                    "mediator2",
                    "supervisor1",
                    "supervisor2",
                    "supervisor3",
                    "reviewer1",
                    "reviewer2",
                    "reviewer3",
                    "finance1")
                ::contains);
    assertThat(done.stream().map(t -> t.getEndTime().toInstant()).min(Instant::compareTo))
        .get()
        .matches(t -> t.isBefore(Instant.now().minus(30, ChronoUnit.DAYS)));
  }

  /** A whole ID number (a masked one has stars); a credit code is taken out first. */
  private static final java.util.regex.Pattern FULL_ID =
      java.util.regex.Pattern.compile("(?<![0-9A-Z])\\d{17}[0-9X](?![0-9A-Z])");

  private static final java.util.regex.Pattern FULL_PHONE =
      java.util.regex.Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

  private static long matches(java.util.regex.Pattern pattern, String text) {
    return pattern.matcher(text).results().count();
  }

  @Test
  void everyLetterOfTheCityIsSetByChineseRulesWithFullNumbersOnlyWhereItsReaderNeedsThem()
      throws java.io.IOException {
    var rows =
        jdbc.queryForList(
            "SELECT id, case_type, case_no, kind FROM case_document"
                + " WHERE content_type = 'application/pdf' ORDER BY id");
    assertThat(rows)
        .extracting(r -> r.get("KIND"))
        .contains("REFERRAL_LETTER", "MEDIATION_AGREEMENT");
    for (var row : rows) {
      var ref =
          new cn.linggong.casefile.CaseRef(
              (String) row.get("CASE_TYPE"), (String) row.get("CASE_NO"));
      byte[] pdf =
          documents.file(ref, ((Number) row.get("ID")).longValue()).orElseThrow().content();
      String text =
          cn.linggong.testsupport.CaseSteps.pdfText(pdf).replaceAll("统一社会信用代码 ?[0-9A-Z]{18}", "");
      String what = row.get("KIND") + " of " + row.get("CASE_NO") + ": " + text;
      switch (ref.type() + "/" + row.get("KIND")) {
        case "assistance/REFERRAL_LETTER" -> {
          assertThat(matches(FULL_PHONE, text)).as("two full phones in %s", what).isEqualTo(2);
          assertThat(matches(FULL_ID, text)).as("no full ID in %s", what).isZero();
        }
        case "complaint/MEDIATION_AGREEMENT" -> {
          int people =
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM complaint_worker w JOIN complaint c ON c.id = w.complaint_id"
                      + " WHERE c.complaint_no = ?",
                  Integer.class,
                  ref.number());
          assertThat(matches(FULL_ID, text))
              .as("each complainant's full ID, twice (parties and table), in %s", what)
              .isGreaterThanOrEqualTo(2L * people);
          assertThat(matches(FULL_PHONE, text)).as("no full phone in %s", what).isZero();
        }
        default -> {
          assertThat(matches(FULL_ID, text)).as("no full ID in %s", what).isZero();
          assertThat(matches(FULL_PHONE, text)).as("no full phone in %s", what).isZero();
        }
      }
    }
  }

  @Test
  void aStartWithGigWorkersRegisteredSeedsNothingMore() {
    int workers = count("SELECT COUNT(*) FROM worker");
    city.start();
    assertThat(count("SELECT COUNT(*) FROM worker")).isEqualTo(workers);
  }
}
