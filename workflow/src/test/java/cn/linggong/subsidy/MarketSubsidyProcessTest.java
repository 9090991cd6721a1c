package cn.linggong.subsidy;

import static cn.linggong.subsidy.SubsidyProcess.USER_TASK_APPROVE;
import static cn.linggong.subsidy.SubsidyProcess.USER_TASK_CALCULATION_REVIEW;
import static cn.linggong.subsidy.SubsidyProcess.USER_TASK_CONTENT_REVIEW;
import static cn.linggong.subsidy.SubsidyProcess.USER_TASK_DISBURSE;
import static cn.linggong.subsidy.SubsidyProcess.USER_TASK_RESOLVE_OBJECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.casefile.CaseRef;
import cn.linggong.certification.CertificationNotices;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.market.MarketDraft;
import cn.linggong.shared.ForbiddenException;
import cn.linggong.shared.validation.FieldViolation;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.testsupport.CaseSteps;
import cn.linggong.testsupport.MarketDrafts;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import cn.linggong.testsupport.TestUsers;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 零工市场补贴, every path: filed with its evidence, quoted, checked by a reviewer (or supplemented once,
 * or refused), checked and corrected by finance (never the same person), published for objections,
 * approved by the supervisor within the district's budget with the notice of approval, and paid in
 * one or more disbursements up to the approved amount; bad input refused field by field with
 * nothing written.
 */
@SpringBootTest
@Import(TestClock.class)
class MarketSubsidyProcessTest {

  /** Tuesday 1 December 2026, 10:00 in Beijing. */
  private static final Instant NOW =
      OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();

  private static final byte[] PDF = "%PDF-1.4 subsidy evidence".getBytes();

  @Autowired MutableClock clock;
  @Autowired DirectoryService directory;
  @Autowired MarketDirectory markets;
  @Autowired SubsidyFilings filings;
  @Autowired SubsidyReading reading;
  @Autowired SubsidyNotices notices;
  @Autowired SubsidyBudgets budgets;
  @Autowired SubsidyLedger ledger;
  @Autowired HigherGrants higherGrants;
  @Autowired TaskCompletion completion;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseDocuments documents;
  @Autowired JdbcTemplate jdbc;

  CaseSteps steps;
  LinggongUser caseworker;

  @BeforeEach
  void onTheFirstOfDecember() {
    steps = new CaseSteps(clock, managementService, documents);
    steps.moveTo(NOW);
    caseworker = directory.principal("caseworker1");
    budgets.set(
        as("finance1"),
        "kf-gulou",
        2026,
        new SubsidyBudgets.Change(new BigDecimal("100000000.00"), "汴财社〔2026〕12号"));
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private LinggongUser as(String userId) {
    return directory.principal(userId);
  }

  /** A 850.5 m² market of 鼓楼区 (or another district's caseworker's) certified from 15 April 2025. */
  private Market certified(LinggongUser by, String name) {
    Market m = markets.register(by, MarketDrafts.draft(name, null));
    return markets.recordCertification(
        as("reviewer1"),
        m.id(),
        new MarketDraft.CertificationRecord(
            m.version(),
            Market.Certification.DISTRICT,
            LocalDate.of(2025, 4, 15),
            LocalDate.of(2028, 4, 14),
            "区级零工市场认定文件"));
  }

  private static List<SubsidyQuotes.Claim> claims(Object... itemAndAmount) {
    List<SubsidyQuotes.Claim> claims = new java.util.ArrayList<>();
    for (int i = 0; i < itemAndAmount.length; i += 2) {
      claims.add(
          new SubsidyQuotes.Claim(
              (SubsidyItem) itemAndAmount[i], new BigDecimal((String) itemAndAmount[i + 1])));
    }
    return claims;
  }

  private static SubsidyFilings.Filing filing(
      long marketId, LocalDate from, LocalDate to, List<SubsidyQuotes.Claim> items) {
    return new SubsidyFilings.Filing(
        marketId,
        from,
        to,
        SubsidyApplication.SubmittedBy.OPERATOR,
        "王丽",
        "开封银行鼓楼支行 6230 0000 1234 5678",
        "申请 2026 年上半年场地租金和运营补贴",
        items,
        List.of());
  }

  /**
   * The first half of 2026: rent of ¥100,000 (not yet evaluated: 50 %, ¥50,000) and the operating
   * subsidy for six months (20 × 850.5 m² × 6 = ¥102,060), with the lease, two receipts and the
   * floor plan.
   */
  private String fileFirstHalf(LinggongUser by, long marketId) {
    String no =
        filings
            .file(
                by,
                filing(
                    marketId,
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 6, 30),
                    claims(SubsidyItem.RENT, "100000.00", SubsidyItem.OPERATING, "102060.00")))
            .applicationNo();
    assertThat(evidence(by, no, SubsidyApplication.EvidenceKind.LEASE, null, null, null).id())
        .as("the stored evidence, with its id")
        .isPositive();
    evidence(
        by, no, SubsidyApplication.EvidenceKind.RENT_RECEIPT, "60000.00", "2026-01-05", "FP-01");
    evidence(
        by, no, SubsidyApplication.EvidenceKind.RENT_RECEIPT, "40000.00", "2026-04-03", "FP-02");
    evidence(by, no, SubsidyApplication.EvidenceKind.FLOOR_PLAN, null, null, null);
    return no;
  }

  private SubsidyApplication.Evidence evidence(
      LinggongUser by,
      String no,
      SubsidyApplication.EvidenceKind kind,
      String amount,
      String dated,
      String number) {
    return filings.attach(
        by,
        no,
        new SubsidyFilings.EvidenceFiling(
            kind,
            amount == null ? null : new BigDecimal(amount),
            dated == null ? null : LocalDate.parse(dated),
            number),
        kind.name().toLowerCase() + ".pdf",
        "application/pdf",
        PDF);
  }

  /** The filing's refusal of this period and these claims for the market, by the caseworker. */
  private InvalidInputException refusedFiling(
      long marketId, LocalDate from, LocalDate to, List<SubsidyQuotes.Claim> items) {
    return catchThrowableOfType(
        InvalidInputException.class,
        () -> filings.file(caseworker, filing(marketId, from, to, items)));
  }

  private Task task(String no, String key) {
    return CaseSteps.waitingAt(taskService, no, key);
  }

  private void complete(LinggongUser user, String no, String key, Object... values) {
    Task t = task(no, key);
    assertThat(t).as("task " + key).isNotNull();
    completion.complete(user, t.getId(), CaseSteps.values(values));
  }

  private void complete(String userId, String no, String key, Object... values) {
    complete(as(userId), no, key, values);
  }

  private void contentPasses(String no) {
    complete(
        "reviewer1",
        no,
        USER_TASK_CONTENT_REVIEW,
        "contentDecision",
        "PASS",
        "opinion",
        "票据与申报金额一致");
  }

  private void calculationPasses(String no, String corrections) {
    complete(
        "finance1",
        no,
        USER_TASK_CALCULATION_REVIEW,
        "calculationDecision",
        "PASS",
        "corrections",
        corrections,
        "opinion",
        "复核无误");
  }

  private void noticePasses(String no) {
    assertThat(application(no).stage()).isEqualTo(SubsidyApplication.Stage.PUBLIC_NOTICE);
    steps.fire(processInstance(no), SubsidyProcess.TIMER_NOTICE);
  }

  private void approve(String userId, String no) {
    complete(userId, no, USER_TASK_APPROVE, "approvalDecision", "APPROVE", "reason", "同意核定");
  }

  private void disburse(String no, String voucher, String paidOn, String amount) {
    complete(
        "finance1",
        no,
        USER_TASK_DISBURSE,
        "voucherNo",
        voucher,
        "paidOn",
        paidOn,
        "amount",
        amount,
        "account",
        "");
  }

  private String today() {
    return LocalDate.now(clock).toString();
  }

  private SubsidyApplication application(String no) {
    return reading.view(as("supervisor3"), no).application();
  }

  private SubsidyApplication.Item item(String no, SubsidyItem item) {
    return reading.view(as("supervisor3"), no).items().stream()
        .filter(i -> i.item() == item)
        .findFirst()
        .orElseThrow();
  }

  private String processInstance(String no) {
    return jdbc.queryForObject(
        "SELECT process_instance_id FROM subsidy_application WHERE application_no = ?",
        String.class,
        no);
  }

  private String letter(String no, String kind) throws IOException {
    return steps.letterText(new CaseRef(SubsidyProcess.CASE_TYPE, no), kind);
  }

  private static List<String> fields(InvalidInputException e) {
    return e.violations().stream().map(FieldViolation::field).toList();
  }

  private static List<String> messages(InvalidInputException e) {
    return e.violations().stream().map(v -> v.violation().messageKey()).toList();
  }

  @Test
  void anApplicationIsApprovedAndPaidInTwoDisbursementsWithItsNotice() throws IOException {
    Market m = certified(caseworker, "鼓楼区补贴流程一零工市场");
    String no = fileFirstHalf(caseworker, m.id());
    SubsidyApplication filed = application(no);
    assertThat(filed.stage()).isEqualTo(SubsidyApplication.Stage.CONTENT_REVIEW);
    assertThat(filed.year()).isEqualTo(2026);
    assertThat(item(no, SubsidyItem.RENT).quoted()).isEqualByComparingTo("50000.00");
    assertThat(item(no, SubsidyItem.OPERATING).quoted()).isEqualByComparingTo("102060.00");
    assertThat(task(no, USER_TASK_CONTENT_REVIEW).getDueDate()).isNotNull();

    contentPasses(no);
    assertThat(application(no).stage()).isEqualTo(SubsidyApplication.Stage.CALCULATION_REVIEW);
    calculationPasses(no, "");
    assertThat(notices.published())
        .filteredOn(p -> p.applicationNo().equals(no))
        .singleElement()
        .satisfies(p -> assertThat(p.total()).isEqualByComparingTo("152060.00"));
    assertThat(task(no, USER_TASK_APPROVE)).as("no approval while the notice runs").isNull();
    noticePasses(no);
    assertThat(notices.published())
        .extracting(SubsidyNotices.Published::applicationNo)
        .doesNotContain(no);

    BigDecimal committedBefore =
        budgets.of(as("finance1"), 2026).stream()
            .filter(b -> b.districtId().equals("kf-gulou"))
            .findFirst()
            .orElseThrow()
            .approved();
    approve("supervisor1", no);
    SubsidyApplication approved = application(no);
    assertThat(approved.stage()).isEqualTo(SubsidyApplication.Stage.DISBURSEMENT);
    assertThat(approved.approvedTotal()).isEqualByComparingTo("152060.00");
    assertThat(item(no, SubsidyItem.RENT).approved()).isEqualByComparingTo("50000.00");
    assertThat(
            budgets.of(as("finance1"), 2026).stream()
                .filter(b -> b.districtId().equals("kf-gulou"))
                .findFirst()
                .orElseThrow()
                .approved())
        .isEqualByComparingTo(committedBefore.add(new BigDecimal("152060.00")));
    assertThat(letter(no, "APPROVAL_NOTICE"))
        .contains(
            "补贴核定通知书",
            no,
            "鼓楼区补贴流程一零工市场",
            "152,060.00",
            "场地租金补贴",
            "50,000.00",
            "运营补贴",
            "102,060.00");

    disburse(no, "PZ-" + no + "-1", today(), "100000.00");
    assertThat(application(no).state()).isEqualTo(SubsidyApplication.State.OPEN);
    assertThat(reading.view(as("supervisor3"), no).left()).isEqualByComparingTo("52060.00");
    InvalidInputException above =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> disburse(no, "PZ-" + no + "-X", today(), "52060.01"));
    assertThat(fields(above)).containsExactly("amount");
    assertThat(messages(above)).containsExactly("subsidy.disbursement.aboveApproved");
    assertThat(reading.view(as("supervisor3"), no).disbursements())
        .as("nothing written")
        .hasSize(1);
    disburse(no, "PZ-" + no + "-2", today(), "52060.00");
    SubsidyView paid = reading.view(as("supervisor3"), no);
    assertThat(paid.application().outcome()).isEqualTo(SubsidyApplication.Outcome.PAID);
    assertThat(paid.disbursements()).hasSize(2);
    assertThat(paid.left()).isEqualByComparingTo("0.00");
    assertThat(task(no, USER_TASK_DISBURSE)).isNull();

    SubsidyHistory history = reading.history(caseworker, m.id());
    assertThat(history.firstYear()).isEqualTo(2026);
    assertThat(history.lastYear()).isEqualTo(2028);
    assertThat(history.years())
        .singleElement()
        .satisfies(y -> assertThat(y.paid()).isEqualByComparingTo("152060.00"));
  }

  @Test
  void theLedgerListsEachApprovalWithItsItemsPaymentsAndWhatIsLeft() throws IOException {
    String no = fileFirstHalf(caseworker, certified(caseworker, "鼓楼区补贴台账零工市场").id());
    contentPasses(no);
    calculationPasses(no, "");
    noticePasses(no);
    approve("supervisor1", no);
    disburse(no, "PZ-" + no + "-1", today(), "100000.00");
    SubsidyLedger.Entry entry =
        ledger.entries(as("finance1"), 2026).stream()
            .filter(e -> e.application().applicationNo().equals(no))
            .findFirst()
            .orElseThrow();
    assertThat(entry.districtName()).isEqualTo("鼓楼区");
    assertThat(entry.approved().get(SubsidyItem.OPERATING)).isEqualByComparingTo("102060.00");
    assertThat(entry.left()).isEqualByComparingTo("52060.00");
    assertThat(ledger.entries(directory.principal("supervisor2"), 2026))
        .as("another district's supervisor sees the own district's only")
        .noneMatch(e -> e.application().applicationNo().equals(no));
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(
                ledger.xlsx(as("finance1"), 2026, java.util.Locale.SIMPLIFIED_CHINESE)))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("申请编号");
      var row =
          java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
              .mapToObj(sheet::getRow)
              .filter(r -> no.equals(r.getCell(1).getStringCellValue()))
              .findFirst()
              .orElseThrow();
      int approvedColumn = 6 + SubsidyItem.values().length;
      assertThat(row.getCell(approvedColumn).getNumericCellValue()).isEqualTo(152060.00);
      assertThat(row.getCell(approvedColumn + 3).getNumericCellValue()).isEqualTo(52060.00);
      var payments = book.getSheetAt(1);
      assertThat(
              java.util.stream.IntStream.rangeClosed(1, payments.getLastRowNum())
                  .mapToObj(payments::getRow)
                  .filter(r -> no.equals(r.getCell(1).getStringCellValue()))
                  .map(r -> r.getCell(3).getStringCellValue())
                  .toList())
          .containsExactly("PZ-" + no + "-1");
    }
    assertThat(CaseSteps.pdfText(ledger.pdf(as("finance1"), 2026)))
        .contains("2026 年度零工市场补贴台账", no, "152,060.00", "52,060.00");
  }

  @Test
  void anApplicationRefusedAtContentReviewGetsItsNotice() throws IOException {
    String no = fileFirstHalf(caseworker, certified(caseworker, "鼓楼区补贴流程二零工市场").id());
    complete(
        "reviewer1",
        no,
        USER_TASK_CONTENT_REVIEW,
        "contentDecision",
        "REFUSE",
        "opinion",
        "租赁合同承租人与运营主体不一致");
    SubsidyApplication refused = application(no);
    assertThat(refused.outcome()).isEqualTo(SubsidyApplication.Outcome.REFUSED);
    assertThat(task(no, USER_TASK_CALCULATION_REVIEW)).isNull();
    assertThat(letter(no, "REFUSAL_NOTICE")).contains("不予核定补贴告知书", no, "租赁合同承租人与运营主体不一致");
  }

  @Test
  void missingMaterialIsAskedForOnceAndTheReviewGoesOnWhenItComes() throws IOException {
    Market m = certified(caseworker, "鼓楼区补贴流程三零工市场");
    String no =
        filings
            .file(
                caseworker,
                filing(
                    m.id(),
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 6, 30),
                    claims(SubsidyItem.RENT, "100000.00")))
            .applicationNo();
    evidence(caseworker, no, SubsidyApplication.EvidenceKind.LEASE, null, null, null);
    evidence(
        caseworker,
        no,
        SubsidyApplication.EvidenceKind.RENT_RECEIPT,
        "60000.00",
        "2026-01-05",
        "FP-11");
    InvalidInputException shortOfReceipts =
        catchThrowableOfType(InvalidInputException.class, () -> contentPasses(no));
    assertThat(messages(shortOfReceipts)).containsExactly("subsidy.evidence.incomplete");
    assertThat(shortOfReceipts.violations().get(0).violation().arguments().get(0).toString())
        .isEqualTo("场地租金补贴申报 100,000.00 元，证明材料合计只有 60,000.00 元");
    complete(
        "reviewer1",
        no,
        USER_TASK_CONTENT_REVIEW,
        "contentDecision",
        "SUPPLEMENT",
        "missingItems",
        "2026年4月至6月租金票据");
    assertThat(application(no).stage()).isEqualTo(SubsidyApplication.Stage.SUPPLEMENT);
    assertThat(letter(no, "SUPPLEMENT_NOTICE")).contains("补正材料一次性告知书", "2026年4月至6月租金票据");
    evidence(
        caseworker,
        no,
        SubsidyApplication.EvidenceKind.RENT_RECEIPT,
        "40000.00",
        "2026-04-03",
        "FP-12");
    filings.supplied(caseworker, no);
    assertThat(task(no, USER_TASK_CONTENT_REVIEW)).as("reviewed again").isNotNull();
    InvalidInputException twice =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                complete(
                    "reviewer1",
                    no,
                    USER_TASK_CONTENT_REVIEW,
                    "contentDecision",
                    "SUPPLEMENT",
                    "missingItems",
                    "再补"));
    assertThat(messages(twice)).containsExactly("subsidy.supplement.once");
    contentPasses(no);
    assertThat(application(no).stage()).isEqualTo(SubsidyApplication.Stage.CALCULATION_REVIEW);
  }

  @Test
  void anApplicationWhoseMaterialNeverComesIsClosed() {
    String no = fileFirstHalf(caseworker, certified(caseworker, "鼓楼区补贴流程四零工市场").id());
    complete(
        "reviewer1",
        no,
        USER_TASK_CONTENT_REVIEW,
        "contentDecision",
        "SUPPLEMENT",
        "missingItems",
        "租赁合同原件");
    steps.fire(processInstance(no), SubsidyProcess.TIMER_SUPPLEMENT);
    assertThat(application(no).outcome()).isEqualTo(SubsidyApplication.Outcome.NOT_SUPPLIED);
  }

  @Test
  void financeCorrectsAnAmountWithAReasonAndTheCorrectionIsApproved() {
    String no = fileFirstHalf(caseworker, certified(caseworker, "鼓楼区补贴流程五零工市场").id());
    contentPasses(no);
    InvalidInputException above =
        catchThrowableOfType(
            InvalidInputException.class, () -> calculationPasses(no, "场地租金补贴 50000.01 多算"));
    assertThat(messages(above)).containsExactly("subsidy.correction.aboveQuote");
    InvalidInputException noReason =
        catchThrowableOfType(
            InvalidInputException.class, () -> calculationPasses(no, "RENT 45000.00"));
    assertThat(messages(noReason)).containsExactly("subsidy.correction.reason");
    calculationPasses(no, "场地租金补贴 45000.00 二月租金票据为复印件，不予计入");
    SubsidyApplication.Item rent = item(no, SubsidyItem.RENT);
    assertThat(rent.corrected()).isEqualByComparingTo("45000.00");
    assertThat(rent.correctionReason()).isEqualTo("二月租金票据为复印件，不予计入");
    assertThat(rent.checked()).isEqualByComparingTo("45000.00");
    noticePasses(no);
    approve("supervisor1", no);
    assertThat(application(no).approvedTotal()).isEqualByComparingTo("147060.00");
    assertThat(item(no, SubsidyItem.RENT).approved()).isEqualByComparingTo("45000.00");
  }

  @Test
  void theSamePersonMayNotDoBothReviews() {
    LinggongUser both = TestUsers.of("finance9", null, Roles.REVIEWER, Roles.FINANCE);
    String no = fileFirstHalf(caseworker, certified(caseworker, "鼓楼区补贴流程六零工市场").id());
    complete(both, no, USER_TASK_CONTENT_REVIEW, "contentDecision", "PASS", "opinion", "相符");
    assertThatThrownBy(
            () ->
                complete(
                    both,
                    no,
                    USER_TASK_CALCULATION_REVIEW,
                    "calculationDecision",
                    "PASS",
                    "corrections",
                    "",
                    "opinion",
                    "无误"))
        .isInstanceOf(ForbiddenException.class)
        .hasMessage("subsidy.review.samePerson");
    assertThat(application(no).stage()).isEqualTo(SubsidyApplication.Stage.CALCULATION_REVIEW);
    calculationPasses(no, "");
    assertThat(application(no).calculationReviewer()).isEqualTo("finance1");
  }

  @Test
  void anUpheldObjectionRefusesTheApplication() throws IOException {
    String no = fileFirstHalf(caseworker, certified(caseworker, "鼓楼区补贴流程七零工市场").id());
    contentPasses(no);
    calculationPasses(no, "");
    notices.objectPublicly(
        no, new CertificationNotices.PublicObjection("李先生", "13900001111", "该市场上半年停业两个月"));
    complete(
        "reviewer2",
        no,
        USER_TASK_RESOLVE_OBJECTION,
        "objectionOutcome",
        "UPHELD_REFUSE",
        "resolution",
        "经核实，3月至4月停业，运营补贴不应计算");
    SubsidyView view = reading.view(as("supervisor3"), no);
    assertThat(view.application().outcome()).isEqualTo(SubsidyApplication.Outcome.REFUSED);
    assertThat(view.objections())
        .singleElement()
        .satisfies(o -> assertThat(o.contactMasked()).doesNotContain("00001111"));
    assertThat(task(no, USER_TASK_APPROVE)).isNull();
    assertThat(letter(no, "REFUSAL_NOTICE")).contains("经核实，3月至4月停业");
  }

  @Test
  void aDismissedObjectionLetsTheNoticeRunItsCourse() {
    String no = fileFirstHalf(caseworker, certified(caseworker, "鼓楼区补贴流程八零工市场").id());
    contentPasses(no);
    calculationPasses(no, "");
    notices.objectAsStaff(
        as("reviewer1"), no, new CertificationNotices.PublicObjection(null, null, "来电反映租金偏高"));
    complete(
        "reviewer2",
        no,
        USER_TASK_RESOLVE_OBJECTION,
        "objectionOutcome",
        "DISMISSED",
        "resolution",
        "租金符合市场价");
    assertThat(task(no, USER_TASK_APPROVE)).as("the notice still runs").isNull();
    noticePasses(no);
    assertThat(task(no, USER_TASK_APPROVE)).isNotNull();
  }

  @Test
  void anApprovalBeyondTheRemainingBudgetIsRefusedWithTheFigures() {
    LinggongUser longting = directory.principal("caseworker2");
    budgets.set(
        as("finance1"),
        "kf-longting",
        2026,
        new SubsidyBudgets.Change(new BigDecimal("100000.00"), "汴财社〔2026〕13号"));
    String no = fileFirstHalf(longting, certified(longting, "龙亭区补贴流程一零工市场").id());
    contentPasses(no);
    calculationPasses(no, "");
    noticePasses(no);
    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> approve("supervisor2", no));
    assertThat(messages(refused)).containsExactly("subsidy.budget.exceeded");
    assertThat(refused.violations().get(0).violation().arguments())
        .contains(new BigDecimal("100000.00"), new BigDecimal("152060.00"));
    assertThat(application(no).stage()).isEqualTo(SubsidyApplication.Stage.APPROVAL);
    assertThat(application(no).approvedTotal()).isNull();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM subsidy_approved_item i JOIN subsidy_application a ON"
                    + " a.id = i.application_id WHERE a.application_no = ?",
                Integer.class,
                no))
        .isZero();
    budgets.set(
        as("finance1"),
        "kf-longting",
        2026,
        new SubsidyBudgets.Change(new BigDecimal("200000.00"), "汴财社〔2026〕14号"));
    approve("supervisor2", no);
    assertThat(
            budgets.of(as("finance1"), 2026).stream()
                .filter(b -> b.districtId().equals("kf-longting"))
                .findFirst()
                .orElseThrow()
                .remaining())
        .isEqualByComparingTo("47940.00");
  }

  @Test
  void twoApplicationsOfOneYearShareTheAnnualCap() {
    Market m = certified(caseworker, "鼓楼区补贴流程九零工市场");
    // rent of ¥1,000,000 in each half at 50 %: ¥500,000 each, ¥600,000 a year at most
    String first =
        filings
            .file(
                caseworker,
                filing(
                    m.id(),
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 6, 30),
                    claims(SubsidyItem.RENT, "1000000.00")))
            .applicationNo();
    String second =
        filings
            .file(
                caseworker,
                filing(
                    m.id(),
                    LocalDate.of(2026, 7, 1),
                    LocalDate.of(2026, 11, 30),
                    claims(SubsidyItem.RENT, "1000000.00")))
            .applicationNo();
    for (String no : List.of(first, second)) {
      evidence(caseworker, no, SubsidyApplication.EvidenceKind.LEASE, null, null, null);
      evidence(
          caseworker,
          no,
          SubsidyApplication.EvidenceKind.RENT_RECEIPT,
          "1000000.00",
          no.equals(first) ? "2026-01-05" : "2026-07-05",
          "FP-" + no);
      contentPasses(no);
      calculationPasses(no, "");
      noticePasses(no);
    }
    assertThat(item(second, SubsidyItem.RENT).quoted()).isEqualByComparingTo("500000.00");
    approve("supervisor1", first);
    approve("supervisor1", second);
    assertThat(item(first, SubsidyItem.RENT).approved()).isEqualByComparingTo("500000.00");
    assertThat(item(second, SubsidyItem.RENT).approved())
        .as("what the first left of the year's cap")
        .isEqualByComparingTo("100000.00");
  }

  @Test
  void anApplicationThatCannotBeFiledIsRefusedFieldByFieldAndWritesNothing() {
    Market m = certified(caseworker, "鼓楼区补贴流程十零工市场");
    Market notCertified = markets.register(caseworker, MarketDrafts.draft("鼓楼区未认定零工市场", null));
    Supplier<Integer> applications =
        () -> jdbc.queryForObject("SELECT COUNT(*) FROM subsidy_application", Integer.class);
    int before = applications.get();

    InvalidInputException amounts =
        refusedFiling(
            m.id(),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 6, 30),
            claims(SubsidyItem.RENT, "-1.00", SubsidyItem.OPERATING, "100.005"));
    assertThat(fields(amounts)).containsExactly("items[0].claimed", "items[1].claimed");
    assertThat(messages(amounts))
        .containsExactly("validation.money.negative", "validation.money.scale");

    InvalidInputException outside =
        refusedFiling(
            m.id(),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 6, 30),
            claims(SubsidyItem.RENT, "100.00"));
    assertThat(fields(outside)).containsExactly("periodFrom");
    assertThat(messages(outside)).containsExactly("subsidy.period.notCertified");

    InvalidInputException twoYears =
        refusedFiling(
            m.id(),
            LocalDate.of(2025, 7, 1),
            LocalDate.of(2026, 6, 30),
            claims(SubsidyItem.RENT, "100.00"));
    assertThat(fields(twoYears)).containsExactly("periodTo");

    InvalidInputException uncertified =
        refusedFiling(
            notCertified.id(),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 6, 30),
            claims(SubsidyItem.RENT, "100.00"));
    assertThat(fields(uncertified)).containsExactly("marketId");
    assertThat(messages(uncertified)).containsExactly("subsidy.market.notCertified");
    assertThat(applications.get()).as("nothing written").isEqualTo(before);

    String no = fileFirstHalf(caseworker, m.id());
    Supplier<Integer> evidence =
        () -> jdbc.queryForObject("SELECT COUNT(*) FROM subsidy_evidence", Integer.class);
    int evidenceBefore = evidence.get();
    InvalidInputException lateInvoice =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                evidence(
                    caseworker,
                    no,
                    SubsidyApplication.EvidenceKind.RENT_RECEIPT,
                    "1000.00",
                    "2026-07-01",
                    "FP-99"));
    assertThat(fields(lateInvoice)).containsExactly("dated");
    assertThat(messages(lateInvoice)).containsExactly("subsidy.evidence.outsidePeriod");
    InvalidInputException overlapping =
        refusedFiling(
            m.id(),
            LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 6, 30),
            claims(SubsidyItem.RENT, "100.00"));
    assertThat(messages(overlapping)).containsExactly("subsidy.period.overlaps");
    assertThat(evidence.get()).isEqualTo(evidenceBefore);

    assertThatThrownBy(
            () ->
                filings.file(
                    directory.principal("caseworker2"),
                    filing(
                        m.id(),
                        LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 9, 30),
                        claims(SubsidyItem.RENT, "100.00"))))
        .as("another district's market is not found")
        .isInstanceOf(cn.linggong.shared.NotFoundException.class);
  }
}
