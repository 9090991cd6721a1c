package cn.linggong.certification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.inbox.TaskCompletion;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.shell.KaribuTestBase;
import cn.linggong.testsupport.MarketDrafts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The reviewers' screens: a caseworker applies from the market's page with the self-assessment
 * typed into the criteria sheet; a reviewer names the inspector and reviewers by name on the task;
 * the inspector scores on the sheet with its total and exclusions; the application screen shows
 * every scoring side by side.
 */
@SpringBootTest
class CertificationScreensTest extends KaribuTestBase {

  @Autowired MarketDirectory markets;
  @Autowired CertificationReading reading;
  @Autowired CriteriaSheets sheets;
  @Autowired TaskCompletion completion;
  @Autowired TaskService taskService;
  @Autowired CertificationFilings filings;
  @Autowired CertificationTargets targets;
  @Autowired java.time.Clock clock;

  private static <T extends Component> T byId(Class<T> type, String id) {
    return _get(type, spec -> spec.withId(id));
  }

  private void fillSheet(double share) {
    for (CriteriaSheet.Criterion c : sheets.inForce(signInQuietly()).criteria()) {
      _setValue(
          byId(BigDecimalField.class, "score-" + c.code()),
          c.points().multiply(BigDecimal.valueOf(share)).setScale(1, java.math.RoundingMode.DOWN));
    }
  }

  private cn.linggong.identity.LinggongUser signInQuietly() {
    return directory.principal("caseworker1");
  }

  private String taskId(String no, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(no)
        .taskDefinitionKey(key)
        .list()
        .get(0)
        .getId();
  }

  @Test
  @SuppressWarnings("unchecked")
  void anApplicationIsFiledAssignedAndScoredOnItsSheetAndShownSideBySide() {
    Market m = markets.register(signIn("caseworker1"), MarketDrafts.draft("鼓楼区屏幕认定零工市场", null));
    UI.getCurrent().navigate("markets/" + m.id());
    _click(byId(Button.class, "market-file-certification"));
    fillSheet(1.0);
    assertThat(byId(Span.class, "criteria-scores-total").getText()).contains("100", "19/19");
    _click(byId(Button.class, "certification-save"));
    String no =
        reading
            .search(signIn("caseworker1"), Certification.State.OPEN, m.id(), 0, 1)
            .get(0)
            .applicationNo();
    UI.getCurrent().navigate("certifications/" + no);
    assertThat(byId(Span.class, "certification-state").getText()).isEqualTo("待区县推荐");

    completion.complete(
        signIn("supervisor1"),
        taskId(no, CertificationProcess.USER_TASK_RECOMMEND),
        java.util.Map.of("recommended", "YES", "opinion", "推荐"));
    signIn("reviewer1");
    UI.getCurrent().navigate("tasks/" + taskId(no, CertificationProcess.USER_TASK_COMPLETENESS));
    assertThat(_find(Component.class, spec -> spec.withId("certification-case-panel"))).hasSize(1);
    _setValue(byId(RadioButtonGroup.class, "field-completenessDecision"), "COMPLETE");
    _setValue(byId(Select.class, "field-inspector"), "reviewer2");
    _setValue(
        byId(MultiSelectComboBox.class, "field-reviewerIds"), Set.of("reviewer1", "reviewer3"));
    _click(byId(Button.class, "complete-task"));
    assertThat(reading.view(signIn("reviewer1"), no).application().inspector())
        .isEqualTo("reviewer2");

    signIn("reviewer2");
    UI.getCurrent().navigate("tasks/" + taskId(no, CertificationProcess.USER_TASK_INSPECT));
    _setValue(byId(Checkbox.class, "field-noConflict"), true);
    fillSheet(0.9);
    _setValue(byId(CheckboxGroup.class, "field-exclusions"), Set.of());
    _setValue(byId(TextArea.class, "field-note"), "现场核查属实");
    _click(byId(Button.class, "complete-task"));
    assertThat(reading.view(signIn("reviewer2"), no).scorings())
        .extracting(CertificationView.Scoring::role)
        .contains("INSPECTOR");

    signIn("reviewer1");
    UI.getCurrent().navigate("certifications/" + no);
    Grid<?> grid =
        _get(
            byId(
                com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                "certification-scores"),
            Grid.class,
            spec -> {});
    assertThat(GridKt._size(grid)).isEqualTo(19);
    assertThat(String.join("|", GridKt._getFormattedRow(grid, 0))).contains("G1", "5.0", "4.5");
  }

  @Test
  void anyoneObjectsOnThePublicNoticeAndTheReviewerSeesItBesideTheTask() {
    Market m = markets.register(signIn("caseworker1"), MarketDrafts.draft("鼓楼区公示认定零工市场", null));
    var caseworker = signIn("caseworker1");
    String no =
        filings
            .file(
                caseworker,
                new CertificationFilings.Filing(
                    m.id(),
                    Certification.Level.CITY,
                    Certification.SubmittedBy.DISTRICT_BUREAU,
                    null,
                    null,
                    sheets.inForce(caseworker).criteria().stream()
                        .map(c -> new CertificationFilings.SelfScore(c.code(), c.points()))
                        .toList()))
            .applicationNo();
    completion.complete(
        signIn("supervisor1"),
        taskId(no, CertificationProcess.USER_TASK_RECOMMEND),
        java.util.Map.of("recommended", "YES", "opinion", "推荐"));
    completion.complete(
        signIn("reviewer1"),
        taskId(no, CertificationProcess.USER_TASK_COMPLETENESS),
        java.util.Map.of(
            "completenessDecision",
            "COMPLETE",
            "inspector",
            "reviewer2",
            "reviewerIds",
            "reviewer1,reviewer3"));
    String full =
        sheets.inForce(caseworker).criteria().stream()
            .map(c -> c.code() + ":" + c.points().toPlainString())
            .collect(java.util.stream.Collectors.joining(","));
    completion.complete(
        signIn("reviewer2"),
        taskId(no, CertificationProcess.USER_TASK_INSPECT),
        java.util.Map.of("noConflict", true, "scores", full, "exclusions", "", "note", "属实"));
    for (String r : java.util.List.of("reviewer1", "reviewer3")) {
      String t =
          taskService
              .createTaskQuery()
              .processInstanceBusinessKey(no)
              .taskDefinitionKey(CertificationProcess.USER_TASK_REVIEW)
              .taskAssignee(r)
              .singleResult()
              .getId();
      completion.complete(
          signIn(r),
          t,
          java.util.Map.of("noConflict", true, "scores", full, "exclusions", "", "note", "同意"));
    }

    signIn("reviewer1");
    UI.getCurrent().navigate("certifications/" + no);
    assertThat(
            byId(com.vaadin.flow.component.html.Paragraph.class, "waiting-timer_notice_ends")
                .getText())
        .as("what the application waits for while no step is open")
        .startsWith("公示期：至 ")
        .endsWith(" 届满");

    signOut();
    UI.getCurrent().navigate(PublicNoticesView.class);
    assertThat(
            byId(com.vaadin.flow.component.html.Div.class, "public-notices-list")
                .getElement()
                .getTextRecursively())
        .contains("鼓楼区公示认定零工市场", "市级示范性零工市场")
        .doesNotContain("13812345678");
    _click(byId(Button.class, "objection-send-" + no));
    assertThat(
            byId(com.vaadin.flow.component.textfield.TextArea.class, "objection-text-" + no)
                .isInvalid())
        .isTrue();
    _setValue(
        byId(com.vaadin.flow.component.textfield.TextField.class, "objection-contact-" + no),
        "13700002222");
    _setValue(
        byId(com.vaadin.flow.component.textfield.TextArea.class, "objection-text-" + no),
        "该市场周末不开放");
    _click(byId(Button.class, "objection-send-" + no));

    signIn("reviewer3");
    UI.getCurrent()
        .navigate("tasks/" + taskId(no, CertificationProcess.USER_TASK_RESOLVE_OBJECTION));
    assertThat(
            byId(
                    com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                    "certification-case-panel")
                .getElement()
                .getTextRecursively())
        .contains("该市场周末不开放");
    UI.getCurrent().navigate("certifications/" + no);
    Grid<?> objections =
        _get(
            byId(
                com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                "certification-objections"),
            Grid.class,
            spec -> {});
    assertThat(String.join("|", GridKt._getFormattedRow(objections, 0)))
        .contains("137****2222", "该市场周末不开放", "待处理")
        .doesNotContain("13700002222");
  }

  @Test
  void theTargetTrackerShowsTheMilestonesAndEachDistrictsCertifiedMarkets() {
    var reviewer = signIn("reviewer1");
    Market m = markets.register(signIn("caseworker1"), MarketDrafts.draft("鼓楼区目标零工市场", null));
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    int before = targets.report(reviewer).certified();
    markets.recordCertification(
        reviewer,
        m.id(),
        new cn.linggong.market.MarketDraft.CertificationRecord(
            m.version(),
            Market.Certification.CITY,
            today.minusDays(10),
            today.plusYears(3),
            "汴人社〔2026〕12号"));
    signIn("reviewer1");
    UI.getCurrent().navigate("certification-targets");
    assertThat(
            byId(com.vaadin.flow.component.html.Paragraph.class, "certification-targets-summary")
                .getText())
        .contains("已认定 " + (before + 1) + " 家", "市级示范");
    Grid<CertificationTargets.MilestoneProgress> milestones =
        _get(
            byId(
                com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                "certification-targets-milestones"),
            Grid.class,
            spec -> {});
    assertThat(GridKt._size(milestones)).as("the two milestones of seed 001").isEqualTo(2);
    long left =
        java.time.temporal.ChronoUnit.DAYS.between(today, java.time.LocalDate.of(2027, 12, 31));
    assertThat(GridKt._getFormatted(milestones, 1, "goal")).isEqualTo("全市 10 家，每个县（区）1 家");
    assertThat(((Span) GridKt._getCellComponent(milestones, 1, "outcome")).getText())
        .isEqualTo("尚差 " + Math.max(0, 10 - before - 1) + " 家，剩 " + left + " 天");
    Grid<CertificationTargets.DistrictProgress> perDistrict =
        _get(
            byId(
                com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                "certification-targets-districts"),
            Grid.class,
            spec -> {});
    int gulou =
        java.util.stream.IntStream.range(0, GridKt._size(perDistrict))
            .filter(i -> GridKt._getFormatted(perDistrict, i, "district").equals("鼓楼区"))
            .findFirst()
            .orElseThrow();
    assertThat(Integer.parseInt(GridKt._getFormatted(perDistrict, gulou, "certified")))
        .isPositive();
    assertThat(GridKt._getFormatted(perDistrict, gulou, "each")).isEqualTo("已达标");
  }

  @Test
  void anAdminPublishesANewCriteriaSheetVersionStartedFromTheOneInForce() {
    var admin = signIn("admin");
    int before = sheets.versions(admin).size();
    CriteriaSheet current = sheets.inForce(admin);
    UI.getCurrent().navigate("criteria-sheets");
    Grid<?> criteria =
        _get(
            byId(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, "criteria-criteria"),
            Grid.class,
            spec -> {});
    assertThat(GridKt._size(criteria)).isEqualTo(current.criteria().size());
    assertThat(GridKt._getFormatted(criteria, 0, "code"))
        .isEqualTo(current.criteria().get(0).code());

    _click(byId(Button.class, "criteria-publish"));
    // a criterion added to the first area: the points no longer add up to the total
    _click(byId(Button.class, "criteria-area-0-add"));
    int added = current.areas().get(0).criteria().size();
    _setValue(
        byId(com.vaadin.flow.component.textfield.TextField.class, "criteria-0-" + added + "-code"),
        "G9");
    _setValue(byId(TextArea.class, "criteria-0-" + added + "-text"), "设置零工权益保障公示栏");
    _setValue(byId(BigDecimalField.class, "criteria-0-" + added + "-points"), new BigDecimal("2"));
    assertThat(byId(Span.class, "criteria-sum").getText())
        .isEqualTo(
            "指标分值合计 "
                + current
                    .totalPoints()
                    .add(new BigDecimal("2"))
                    .stripTrailingZeros()
                    .toPlainString()
                + " / 总分 "
                + current.totalPoints().stripTrailingZeros().toPlainString());
    _click(byId(Button.class, "criteria-save"));
    BigDecimalField total = byId(BigDecimalField.class, "criteria-total");
    assertThat(total.isInvalid()).as("refused beside the total").isTrue();
    assertThat(total.getErrorMessage()).contains("与所填总分", "不符");
    assertThat(sheets.versions(admin)).as("nothing published").hasSize(before);

    // the added row removed again, the evidence of G1 reworded: the sheet other screens score on
    // keeps its criteria and points
    _click(byId(Button.class, "criteria-0-" + added + "-remove"));
    assertThat(
            _find(
                com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("criteria-0-" + added + "-code")))
        .isEmpty();
    _setValue(
        byId(com.vaadin.flow.component.textfield.TextField.class, "criteria-0-0-evidence"),
        "营业执照或事业单位法人证书、运营满3个月的服务台账");
    _setValue(
        byId(com.vaadin.flow.component.textfield.TextField.class, "criteria-title"),
        current.title() + "（修订）");
    _click(byId(Button.class, "criteria-save"));
    CriteriaSheet published = sheets.inForce(admin);
    assertThat(published.version()).isEqualTo(current.version() + 1);
    assertThat(published.title()).endsWith("（修订）");
    assertThat(published.criteria()).hasSameSizeAs(current.criteria());
    assertThat(published.criteria().get(0).evidence()).isEqualTo("营业执照或事业单位法人证书、运营满3个月的服务台账");
    assertThat(published.totalPoints()).isEqualByComparingTo(current.totalPoints());
    @SuppressWarnings("unchecked")
    Select<CriteriaSheet> version = byId(Select.class, "criteria-version");
    assertThat(version.getValue().version())
        .as("the new version shown")
        .isEqualTo(published.version());

    signIn("reviewer1");
    UI.getCurrent().navigate("criteria-sheets");
    assertThat(_find(Button.class, spec -> spec.withId("criteria-publish")))
        .as("reviewers read the versions; only admins publish")
        .isEmpty();
    assertThat(_find(Grid.class)).isNotEmpty();
  }
}
