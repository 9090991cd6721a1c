package cn.linggong.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.identity.DirectoryService;
import cn.linggong.testsupport.EnabledWithChromium;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mediator in Chromium files a two-worker complaint, accepts it and records a mediation agreement
 * paid in two instalments; the agreement (调解协议书) is fetched and its Chinese text and amounts read
 * back with PDFBox.
 */
@EnabledWithChromium
class ComplaintBrowserIT extends cn.linggong.shell.CaseJourney {

  @Autowired DirectoryService directory;
  @Autowired ComplaintReading complaints;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;

  private String no;

  private void openTask(String key) {
    b.open("/complaints/" + no);
    b.click("open-task-" + key);
    b.byId("task-form");
  }

  private void done() {
    b.completeTask();
  }

  @Test
  void aMediatorFilesAComplaintAcceptsItAndRecordsAnAgreement() throws Exception {
    b.signIn("mediator1");
    b.open("/complaints");
    b.click("complaint-file");
    b.type("complainant-0-name", "冯建军");
    b.type("complainant-0-id", "410204198203030031");
    b.type("complainant-0-mobile", "13966667777");
    b.type("complainant-0-owed", "4800");
    b.click("complaint-add-complainant");
    b.type("complainant-1-name", "钱秀英");
    b.type("complainant-1-id", "410204198404040025");
    b.type("complainant-1-mobile", "13966668888");
    b.type("complainant-1-owed", "3600.50");
    b.type("complaint-employer-name", "开封市鼎盛装饰工程有限公司");
    b.type("complaint-employer-code", "91410204MA5DRT6815");
    b.type("complaint-employer-contact", "吴经理");
    b.type("complaint-employer-phone", "13700009999");
    b.type("complaint-employer-address", "鼓楼区中山路88号");
    b.type("complaint-project", "鼓楼区书店街商铺装修");
    b.date("complaint-work-start", LocalDate.of(2026, 1, 6));
    b.date("complaint-work-end", LocalDate.of(2026, 2, 6));
    b.type("complaint-request", "支付拖欠的装修工资");
    // a mistyped check character and an amount below zero are refused beside their fields
    b.type("complainant-0-id", "410204198203030032");
    b.type("complainant-1-owed", "-5");
    b.click("complaint-save");
    b.waiting()
        .until(
            d ->
                "true"
                    .equals(String.valueOf(b.byId("complainant-0-id").getDomProperty("invalid"))));
    assertThat(b.byId("complainant-0-id").getDomProperty("errorMessage")).contains("校验位");
    assertThat(b.byId("complainant-1-owed").getDomProperty("errorMessage")).isEqualTo("金额不能为负数");
    assertThat(complaints.search(directory.principal("mediator1"), null, null, 0, 10))
        .as("nothing written")
        .isEmpty();
    b.type("complainant-0-id", "410204198203030031");
    b.type("complainant-1-owed", "3600.50");
    b.screenshot("complaint-intake");
    b.click("complaint-save");
    b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-view")));
    no =
        complaints
            .search(directory.principal("mediator1"), Complaint.State.OPEN, null, 0, 1)
            .get(0)
            .complaintNo();
    assertThat(b.byId("complaint-complainants").getText())
        .contains("冯建军", "410204********0031")
        .doesNotContain("410204198203030031");
    assertThat(b.byId("clock-ACCEPTANCE").getText()).contains("受理审查 次日起算，共 5 个工作日");

    b.openFromHome(no);
    b.radio("field-acceptanceDecision", "受理");
    done();

    openTask("user_task_mediate");
    b.radio("field-mediationOutcome", "达成调解协议");
    // 8400.50 in two payments: 4400.50 on 16 March and 4000 on 31 March
    WebElement first = b.byId("instalment-1-amount").findElement(By.cssSelector("input"));
    first.sendKeys(Keys.chord(Keys.CONTROL, "a"), "4400.50", Keys.TAB);
    b.date("instalment-1-due", LocalDate.of(2026, 3, 16));
    b.click("add-instalment");
    b.date("instalment-2-due", LocalDate.of(2026, 3, 31));
    b.type("instalment-2-amount", "4000.00");
    b.screenshot("complaint-agreement");
    done();

    b.open("/complaints/" + no);
    assertThat(b.byId("complaint-stage").getText()).isEqualTo("履行跟踪");
    assertThat(b.byId("complaint-amounts").getText()).contains("协议 8400.50 元");
    assertThat(b.byId("complaint-instalments").getText())
        .contains("2026-03-16", "4400.50", "2026-03-31", "4000.00");
    b.screenshot("complaint-payment-follow-up");

    // the agreement is made by a job after the step, as the job executor would run it
    cn.linggong.testsupport.CaseSteps.makeLetters(managementService);
    var view = complaints.view(directory.principal("mediator1"), no);
    long agreement =
        view.documents().stream()
            .filter(d -> d.kind().equals("MEDIATION_AGREEMENT"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(b.documentText("/api/complaints/" + no + "/documents/" + agreement, "mediator1"))
        .contains(
            "调解协议书",
            "冯建军",
            "钱秀英",
            "开封市鼎盛装饰工程有限公司",
            "4800.00元",
            "3600.50元",
            "8400.50元",
            "2026年3月16日前",
            "4400.50元",
            "2026年3月31日前",
            "4000.00元",
            "调解员赵磊（签名）：",
            "申请人冯建军（签名）：",
            "申请人钱秀英（签名）：")
        .as("the agreement carries each party's full ID number (for 司法确认 or a 支付令)")
        .contains("410204198203030031");
  }
}
