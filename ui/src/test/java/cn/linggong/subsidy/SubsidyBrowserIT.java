package cn.linggong.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.market.MarketDraft;
import cn.linggong.shell.BrowserSession;
import cn.linggong.testsupport.CaseSteps;
import cn.linggong.testsupport.EnabledWithChromium;
import cn.linggong.testsupport.MarketDrafts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A certified market's subsidy in Chromium, each step taken from the inbox: the district's
 * caseworker applies on the market's page and uploads the lease, a rent receipt and the floor plan
 * on the application's screen, a city reviewer finds the documents match, finance corrects the rent
 * with a reason, the amounts are under public notice on the page anyone can open, after the notice
 * the district's supervisor approves within the budget, and finance records two payments until the
 * approved amount is paid; the notice of approval (补贴核定通知书) is fetched and its Chinese text and
 * amounts read back with PDFBox.
 */
@EnabledWithChromium
class SubsidyBrowserIT extends cn.linggong.shell.CaseJourney {

  @Autowired DirectoryService directory;
  @Autowired MarketDirectory markets;
  @Autowired SubsidyReading reading;
  @Autowired SubsidyBudgets budgets;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired CaseDocuments documents;

  private LinggongUser as(String userId) {
    return directory.principal(userId);
  }

  /** Uploads a scan through the evidence form, and waits until the application has it. */
  private void upload(String no, String kindLabel, int evidenceAfter) throws IOException {
    b.pick("subsidy-evidence-kind", "vaadin-select-item", kindLabel);
    Path scan = Files.createTempFile("subsidy-evidence", ".pdf");
    Files.write(scan, "%PDF-1.4 scanned evidence".getBytes());
    WebElement input =
        b.byId("subsidy-evidence-upload")
            .getShadowRoot()
            .findElement(By.cssSelector("input[type='file']"));
    input.sendKeys(scan.toString());
    b.waiting().until(d -> reading.view(as("caseworker1"), no).evidence().size() == evidenceAfter);
    b.byId("subsidy-evidence-form");
    b.settle();
  }

  @Test
  void aSubsidyIsFiledCheckedTwicePublishedApprovedAndPaidInTwoPayments() throws Exception {
    Market market = markets.register(as("caseworker1"), MarketDrafts.draft("鼓楼区浏览器补贴零工市场", null));
    markets.recordCertification(
        as("reviewer1"),
        market.id(),
        new MarketDraft.CertificationRecord(
            market.version(),
            Market.Certification.DISTRICT,
            LocalDate.of(2025, 4, 15),
            LocalDate.of(2028, 4, 14),
            "鼓楼区区级零工市场认定文件"));
    budgets.set(
        as("finance1"),
        "kf-gulou",
        2026,
        new SubsidyBudgets.Change(new BigDecimal("5000000.00"), "汴财社〔2026〕9号"));

    // the district's caseworker applies on the market's page: May to December 2025
    b.signIn("caseworker1");
    b.open("/markets/" + market.id());
    b.click("market-file-subsidy");
    b.date("subsidy-period-from", LocalDate.of(2025, 5, 1));
    b.date("subsidy-period-to", LocalDate.of(2025, 12, 31));
    b.type("subsidy-account", "开封银行鼓楼支行 6230 0000 1234 5678");
    b.type("subsidy-claim-RENT", "80000.00");
    b.type("subsidy-claim-OPERATING", "136080.00");
    b.screenshot("subsidy-filing");
    b.click("subsidy-save");
    b.byId("subsidy-page");
    String no =
        reading.desk(as("caseworker1")).stream()
            .map(SubsidyReading.DeskRow::application)
            .filter(a -> a.marketId() == market.id())
            .findFirst()
            .orElseThrow()
            .applicationNo();
    // its evidence on its screen: the lease, the rent paid, the floor plan
    upload(no, "场地租赁合同", 1);
    b.type("subsidy-evidence-amount", "80000.00");
    b.date("subsidy-evidence-dated", LocalDate.of(2025, 6, 5));
    b.type("subsidy-evidence-reference", "FP-2025-0605");
    upload(no, "租金票据", 2);
    upload(no, "场地面积证明", 3);
    b.screenshot("subsidy-application-filed");
    assertThat(b.byId("subsidy-items").getText()).contains("40,000.00", "136,080.00");

    b.signIn("reviewer1");
    b.openFromInbox(no);
    assertThat(b.byId("subsidy-case-panel").getText()).contains("租金票据 1 张，合计 80,000.00 元");
    b.radio("field-contentDecision", "材料与申报金额相符，送财务复核");
    b.type("field-opinion", "租赁合同、租金票据与申报金额一致");
    b.completeTask();

    b.signIn("finance1");
    b.openFromInbox(no);
    b.radio("field-calculationDecision", "复核通过，进入公示");
    b.type("field-corrections", "场地租金补贴 38000.00 六月收据含物业费4000元，不予计入");
    b.type("field-opinion", "运营补贴按认定面积和8个月复核无误");
    b.screenshot("subsidy-calculation-review");
    b.completeTask();

    // under public notice: the amounts on the page anyone opens
    try (BrowserSession anyone = new BrowserSession(port, "1200,900")) {
      anyone.open("/public/notices");
      assertThat(anyone.byId("public-subsidy-notice-" + no).getText())
          .contains("鼓楼区浏览器补贴零工市场", "174,080.00");
      anyone.screenshot("subsidy-public-notice");
    }
    String processInstance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(no)
            .singleResult()
            .getId();
    new CaseSteps(clock, managementService, documents)
        .fire(processInstance, SubsidyProcess.TIMER_NOTICE);
    LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());

    b.signIn("supervisor1");
    b.openFromInbox(no);
    assertThat(b.byId("subsidy-case-panel").getText()).contains("鼓楼区 2026 年补贴预算");
    b.radio("field-approvalDecision", "核定");
    b.type("field-reason", "公示无异议，同意按复核金额核定");
    b.completeTask();

    for (String[] payment :
        new String[][] {{"JZ-2026-0301", "100000.00"}, {"JZ-2026-0302", "74080.00"}}) {
      b.signIn("finance1");
      b.openFromInbox(no);
      b.type("field-voucherNo", payment[0]);
      b.date("field-paidOn", today);
      b.type("field-amount", payment[1]);
      b.completeTask();
    }

    b.open("/subsidies/" + no);
    assertThat(b.byId("subsidy-state").getText()).isEqualTo("已足额拨付");
    assertThat(b.byId("subsidy-approved").getText())
        .isEqualTo("核定 174,080.00 元，已拨付 174,080.00 元，未拨付 0.00 元");
    b.screenshot("subsidy-paid");

    long notice =
        reading.view(as("finance1"), no).documents().stream()
            .filter(d -> d.kind().equals("APPROVAL_NOTICE"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(
            b.documentText(
                "/api/subsidies/applications/" + no + "/documents/" + notice, "finance1"))
        .contains(
            "补贴核定通知书",
            no,
            "鼓楼区浏览器补贴零工市场",
            "开封市汴梁人力资源服务有限公司",
            "174,080.00",
            "38,000.00",
            "136,080.00",
            "六月收据含物业费4000元",
            "开封市鼓楼区人力资源和社会保障局");
  }
}
