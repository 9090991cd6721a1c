package cn.linggong.certification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.identity.DirectoryService;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.shell.BrowserSession;
import cn.linggong.testsupport.CaseSteps;
import cn.linggong.testsupport.EnabledWithChromium;
import cn.linggong.testsupport.MarketDrafts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A market's certification in Chromium, each step taken from the inbox (a scorer's own from the
 * home screen's 我的待办, where it is assigned to them): the district's caseworker files the
 * application with the self-assessment typed into the criteria sheet, the district's supervisor
 * recommends it, a city reviewer finds it complete and names the inspector and reviewers, the
 * inspector and both reviewers score it on the sheet, the market is under public notice on the page
 * anyone can open, and after the notice the city's supervisor certifies it; the certificate (认定证书)
 * is fetched and its Chinese text read back with PDFBox.
 */
@EnabledWithChromium
class CertificationBrowserIT extends cn.linggong.shell.CaseJourney {

  @Autowired DirectoryService directory;
  @Autowired MarketDirectory markets;
  @Autowired CertificationReading reading;
  @Autowired CriteriaSheets sheets;
  @Autowired ManagementService managementService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired CaseDocuments documents;

  /** Types each criterion's share of its points into the sheet on the screen. */
  private void scoreSheet(double share) {
    for (CriteriaSheet.Criterion c : sheets.inForce(directory.principal("reviewer1")).criteria()) {
      b.type(
          "score-" + c.code(),
          c.points()
              .multiply(BigDecimal.valueOf(share))
              .setScale(1, RoundingMode.DOWN)
              .toPlainString());
    }
  }

  /** Picks the people named in a multi-select combo box, as a person ticks them in its list. */
  private void pickAll(String id, List<String> names) {
    WebElement input = b.byId(id).findElement(By.cssSelector("input"));
    for (String name : names) {
      input.click();
      WebElement item =
          b.waiting()
              .until(
                  ExpectedConditions.elementToBeClickable(
                      By.xpath(
                          "//vaadin-multi-select-combo-box-item[contains(., '" + name + "')]")));
      item.click();
      b.settle();
    }
    input.sendKeys(Keys.ESCAPE);
    b.settle();
  }

  private void score(String reviewer, String no, double share, String note) {
    b.signIn(reviewer);
    b.openFromHome(no);
    b.check("field-noConflict");
    scoreSheet(share);
    b.type("field-note", note);
    b.completeTask();
  }

  @Test
  void aMarketIsCertifiedFromApplicationThroughNoticeToCertificate() throws Exception {
    Market market =
        markets.register(
            directory.principal("caseworker1"), MarketDrafts.draft("鼓楼区浏览器认定零工市场", null));

    // the district's caseworker applies on the market's page
    b.signIn("caseworker1");
    b.open("/markets/" + market.id());
    b.click("market-file-certification");
    scoreSheet(0.95);
    b.type("certification-statement", "申报市级示范性零工市场");
    b.waiting().until(d -> b.byId("criteria-scores-total").getText().contains("19/19"));
    b.screenshot("certification-filing");
    b.click("certification-save");
    String no =
        reading
            .search(directory.principal("caseworker1"), Certification.State.OPEN, market.id(), 0, 1)
            .get(0)
            .applicationNo();

    b.signIn("supervisor1");
    b.openFromInbox(no);
    b.radio("field-recommended", "推荐");
    b.type("field-opinion", "场地、制度和台账齐全，同意推荐");
    b.completeTask();

    // the city's reviewer takes the completeness check from the inbox and names who scores
    b.signIn("reviewer1");
    b.openFromInbox(no);
    b.radio("field-completenessDecision", "材料齐全，进入实地核查");
    b.pick("field-inspector", "vaadin-select-item", "李华");
    pickAll("field-reviewerIds", List.of("陈静", "郑凯"));
    b.screenshot("certification-completeness");
    b.completeTask();

    score("reviewer2", no, 0.9, "现场核查与申报材料相符");
    assertThat(reading.view(directory.principal("reviewer1"), no).application().stage())
        .isEqualTo(Certification.Stage.REVIEW);
    score("reviewer1", no, 0.88, "同意核查意见");
    score("reviewer3", no, 0.86, "服务功能齐全");

    // under public notice: on the page anyone opens, without signing in
    assertThat(reading.view(directory.principal("reviewer1"), no).application().stage())
        .isEqualTo(Certification.Stage.PUBLIC_NOTICE);
    b.open("/certifications/" + no);
    b.screenshot("certification-public-notice-staff");
    try (BrowserSession anyone = new BrowserSession(port, "1200,900")) {
      anyone.open("/public/notices");
      assertThat(anyone.byId("public-notices").getText()).contains("鼓楼区浏览器认定零工市场", "市级");
      anyone.screenshot("certification-public-notice");
    }

    // the notice runs its five working days without objection, then the city's supervisor decides
    String processInstance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(no)
            .singleResult()
            .getId();
    new CaseSteps(clock, managementService, documents)
        .fire(processInstance, CertificationProcess.TIMER_NOTICE);
    LocalDate decided = LocalDate.ofInstant(clock.instant(), clock.getZone());
    b.signIn("supervisor3");
    b.openFromInbox(no);
    b.radio("field-decision", "认定");
    b.date("field-certifiedOn", decided);
    b.type("field-reason", "评审平均分达到合格线，公示无异议，予以认定");
    b.completeTask();

    b.open("/certifications/" + no);
    assertThat(b.byId("certification-state").getText()).isEqualTo("已认定");
    assertThat(b.byId("waiting-timer_anniversary").getText())
        .isEqualTo("年度绩效评估：" + decided.plusYears(1) + " 自动生成");
    b.screenshot("certification-certified");
    assertThat(markets.find(directory.principal("reviewer1"), market.id()).certification())
        .isEqualTo(Market.Certification.CITY);

    long certificate =
        reading.view(directory.principal("reviewer1"), no).documents().stream()
            .filter(d -> d.kind().equals("CERTIFICATE"))
            .findFirst()
            .orElseThrow()
            .id();
    String day =
        decided.getYear() + "年" + decided.getMonthValue() + "月" + decided.getDayOfMonth() + "日";
    assertThat(
            b.documentText("/api/certifications/" + no + "/documents/" + certificate, "reviewer1"))
        .contains(
            "认定证书",
            no,
            "鼓楼区浏览器认定零工市场",
            "开封市汴梁人力资源服务有限公司",
            "市级示范性零工市场",
            day,
            "特发此证",
            "开封市人力资源和社会保障局");
  }
}
