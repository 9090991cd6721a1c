package cn.linggong.certification;

import static cn.linggong.certification.CertificationProcess.USER_TASK_COMPLETENESS;
import static cn.linggong.certification.CertificationProcess.USER_TASK_DECIDE;
import static cn.linggong.certification.CertificationProcess.USER_TASK_INSPECT;
import static cn.linggong.certification.CertificationProcess.USER_TASK_RECOMMEND;
import static cn.linggong.certification.CertificationProcess.USER_TASK_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.market.MarketDraft;
import cn.linggong.shared.validation.FieldViolation;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.testsupport.CaseSteps;
import cn.linggong.testsupport.MarketDrafts;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
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
 * 示范性零工市场认定, every path: recommended, checked complete (or supplemented once, or closed when
 * nothing comes), inspected and reviewed against the criteria sheet filed under, concluded on the
 * reviewers' average and the exclusions, and decided by the city's supervisor with a certificate or
 * a refusal notice; bad input and conflicts of interest refused field by field.
 */
@SpringBootTest
@Import(TestClock.class)
class MarketCertificationProcessTest {

  /** Tuesday 1 December 2026, 10:00 in Beijing. */
  private static final Instant NOW =
      OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();

  @Autowired MutableClock clock;
  @Autowired DirectoryService directory;
  @Autowired MarketDirectory markets;
  @Autowired CertificationFilings filings;
  @Autowired CertificationActions actions;
  @Autowired CertificationReading reading;
  @Autowired CertificationNotices notices;
  @Autowired CertificationTerm term;
  @Autowired CriteriaSheets sheets;
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
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private LinggongUser as(String userId) {
    return directory.principal(userId);
  }

  private long market(String name) {
    return markets.register(caseworker, MarketDrafts.draft(name, null)).id();
  }

  /** Every criterion at the same share of its points (1.0: full marks). */
  private String scores(double share) {
    return sheets.inForce(caseworker).criteria().stream()
        .map(
            c ->
                c.code()
                    + ":"
                    + c.points()
                        .multiply(BigDecimal.valueOf(share))
                        .setScale(1, RoundingMode.DOWN)
                        .toPlainString())
        .collect(Collectors.joining(","));
  }

  /** The total of {@link #scores(double)}. */
  private BigDecimal total(double share) {
    return sheets.inForce(caseworker).criteria().stream()
        .map(c -> c.points().multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.DOWN))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private List<CertificationFilings.SelfScore> selfAssessment() {
    return sheets.inForce(caseworker).criteria().stream()
        .map(c -> new CertificationFilings.SelfScore(c.code(), c.points()))
        .toList();
  }

  private String file(long marketId) {
    return filings
        .file(
            caseworker,
            new CertificationFilings.Filing(
                marketId,
                Certification.Level.CITY,
                Certification.SubmittedBy.OPERATOR,
                "王丽",
                "申报市级示范性零工市场",
                selfAssessment()))
        .applicationNo();
  }

  private Task task(String no, String key) {
    return CaseSteps.waitingAt(taskService, no, key);
  }

  private void complete(String userId, String no, String key, Object... values) {
    Task t =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(no)
            .taskDefinitionKey(key)
            .list()
            .stream()
            .filter(x -> x.getAssignee() == null || x.getAssignee().equals(userId))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no task " + key + " for " + userId));
    completion.complete(as(userId), t.getId(), CaseSteps.values(values));
  }

  /** The completeness check naming these scorers, refused: each refusal's field and message. */
  private List<org.assertj.core.groups.Tuple> refusedAssignment(
      String no, String inspector, String reviewers) {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                complete(
                    "reviewer1",
                    no,
                    USER_TASK_COMPLETENESS,
                    "completenessDecision",
                    "COMPLETE",
                    "inspector",
                    inspector,
                    "reviewerIds",
                    reviewers));
    assertThat(refused).as("refused").isNotNull();
    return refused.violations().stream()
        .map(v -> org.assertj.core.groups.Tuple.tuple(v.field(), v.violation().messageKey()))
        .toList();
  }

  /** The decision step: certified from 2026-12-01, for this reason. */
  private void certify(String userId, String no, String reason) {
    complete(
        userId,
        no,
        USER_TASK_DECIDE,
        "decision",
        "CERTIFY",
        "certifiedOn",
        "2026-12-01",
        "reason",
        reason);
  }

  private void recommendAndAssign(String no) {
    complete("supervisor1", no, USER_TASK_RECOMMEND, "recommended", "YES", "opinion", "运营规范，推荐申报");
    complete(
        "reviewer1",
        no,
        USER_TASK_COMPLETENESS,
        "completenessDecision",
        "COMPLETE",
        "inspector",
        "reviewer2",
        "reviewerIds",
        "reviewer1,reviewer3");
  }

  private void inspectAndReview(String no, double inspector, double reviewers, String exclusions) {
    complete(
        "reviewer2",
        no,
        USER_TASK_INSPECT,
        "noConflict",
        true,
        "scores",
        scores(inspector),
        "exclusions",
        exclusions,
        "note",
        "现场核查情况属实");
    for (String r : List.of("reviewer1", "reviewer3")) {
      complete(
          r,
          no,
          USER_TASK_REVIEW,
          "noConflict",
          true,
          "scores",
          scores(reviewers),
          "exclusions",
          "",
          "note",
          "同意");
    }
  }

  /** The public notice runs its full period without objection. */
  private void noticePasses(String no) {
    assertThat(application(no).stage()).isEqualTo(Certification.Stage.PUBLIC_NOTICE);
    steps.fire(processInstance(no), CertificationProcess.TIMER_NOTICE);
  }

  private Certification application(String no) {
    return reading.view(caseworker, no).application();
  }

  private String letter(String no, String kind) throws IOException {
    return steps.letterText(new cn.linggong.casefile.CaseRef("certification", no), kind);
  }

  private static List<String> fields(InvalidInputException e) {
    return e.violations().stream().map(FieldViolation::field).toList();
  }

  @Test
  void aMarketIsCertifiedOnTheFirstPassWithItsCertificate() throws IOException {
    long marketId = market("鼓楼区认定一零工市场");
    String no = file(marketId);
    assertThat(application(no).stage()).isEqualTo(Certification.Stage.RECOMMENDATION);
    assertThat(task(no, USER_TASK_RECOMMEND).getDueDate()).isNotNull();
    recommendAndAssign(no);
    assertThat(task(no, USER_TASK_INSPECT).getAssignee()).isEqualTo("reviewer2");
    inspectAndReview(no, 1.0, 0.9, "");
    Certification concluded = application(no);
    assertThat(concluded.stage()).isEqualTo(Certification.Stage.PUBLIC_NOTICE);
    assertThat(concluded.reviewScore()).isEqualByComparingTo("90.00");
    assertThat(notices.published()).extracting(PublicNotice::applicationNo).contains(no);
    assertThat(task(no, USER_TASK_DECIDE)).as("no decision while the notice runs").isNull();
    noticePasses(no);
    assertThat(application(no).stage()).isEqualTo(Certification.Stage.DECISION);
    assertThat(notices.published()).extracting(PublicNotice::applicationNo).doesNotContain(no);
    assertThat(
            taskService
                .createTaskQuery()
                .taskId(task(no, USER_TASK_DECIDE).getId())
                .taskCandidateUser("supervisor3")
                .count())
        .as("the city's supervisor decides")
        .isOne();
    assertThatThrownBy(() -> certify("supervisor1", no, "x"))
        .as("a district supervisor does not decide")
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

    certify("supervisor3", no, "评审通过，予以认定");
    Certification done = application(no);
    assertThat(done.outcome()).isEqualTo(Certification.Outcome.CERTIFIED);
    assertThat(done.certifiedUntil()).isEqualTo(LocalDate.of(2029, 11, 30));
    Market m = markets.find(caseworker, marketId);
    assertThat(m.certification()).isEqualTo(Market.Certification.CITY);
    assertThat(m.certifiedSince()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(letter(no, "CERTIFICATE"))
        .contains("认定证书", no, "鼓楼区认定一零工市场", "市级示范性零工市场", "2029年11月30日", "90.00");
    assertThat(reading.view(caseworker, no).scorings())
        .extracting(CertificationView.Scoring::role)
        .containsExactly("SELF", "INSPECTOR", "REVIEWER", "REVIEWER");
  }

  @Test
  void anIncompleteApplicationIsSupplementedOnceAndThenCertified() throws IOException {
    String no = file(market("鼓楼区认定二零工市场"));
    complete("supervisor1", no, USER_TASK_RECOMMEND, "recommended", "YES", "opinion", "推荐");
    complete(
        "reviewer1",
        no,
        USER_TASK_COMPLETENESS,
        "completenessDecision",
        "SUPPLEMENT",
        "missingItems",
        "1. 场地租赁合同；2. 五个工作日志台账");
    assertThat(application(no).stage()).isEqualTo(Certification.Stage.SUPPLEMENT);
    assertThat(letter(no, "SUPPLEMENT_NOTICE"))
        .contains("补正材料一次性告知书", "场地租赁合同", "五个工作日志台账", "10个工作日");
    assertThat(task(no, USER_TASK_COMPLETENESS)).as("the clock is paused: no step runs").isNull();

    actions.supplied(caseworker, no);
    assertThat(task(no, USER_TASK_COMPLETENESS))
        .as("checked again, its clock started again")
        .isNotNull();
    complete(
        "reviewer1",
        no,
        USER_TASK_COMPLETENESS,
        "completenessDecision",
        "COMPLETE",
        "inspector",
        "reviewer2",
        "reviewerIds",
        "reviewer1,reviewer3");
    inspectAndReview(no, 0.95, 0.85, "");
    noticePasses(no);
    certify("supervisor3", no, "予以认定");
    assertThat(application(no).outcome()).isEqualTo(Certification.Outcome.CERTIFIED);
  }

  @Test
  void anApplicationWhoseMaterialNeverComesIsClosed() {
    String no = file(market("鼓楼区认定三零工市场"));
    complete("supervisor1", no, USER_TASK_RECOMMEND, "recommended", "YES", "opinion", "推荐");
    complete(
        "reviewer1",
        no,
        USER_TASK_COMPLETENESS,
        "completenessDecision",
        "SUPPLEMENT",
        "missingItems",
        "场地照片");
    steps.fire(processInstance(no), CertificationProcess.TIMER_SUPPLEMENT);
    Certification closed = application(no);
    assertThat(closed.outcome()).isEqualTo(Certification.Outcome.NOT_SUPPLIED);
    assertThat(closed.state()).isEqualTo(Certification.State.CLOSED);
    assertThatThrownBy(() -> actions.supplied(caseworker, no))
        .isInstanceOf(cn.linggong.shared.ConflictException.class);
  }

  private String processInstance(String no) {
    return jdbc.queryForObject(
        "SELECT process_instance_id FROM certification_application WHERE application_no = ?",
        String.class,
        no);
  }

  @Test
  void aScoreBelowThePassMarkIsRefusedWithItsNotice() throws IOException {
    String no = file(market("鼓楼区认定四零工市场"));
    recommendAndAssign(no);
    inspectAndReview(no, 0.8, 0.7, "");
    assertThat(application(no).reviewScore()).isLessThan(new BigDecimal("80"));
    assertThatThrownBy(() -> certify("supervisor3", no, "x"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("decision"));
    complete("supervisor3", no, USER_TASK_DECIDE, "decision", "REFUSE", "reason", "评审平均分未达到80分");
    assertThat(application(no).outcome()).isEqualTo(Certification.Outcome.REFUSED);
    assertThat(letter(no, "REFUSAL_NOTICE")).contains("不予认定告知书", "评审平均分未达到80分");
  }

  @Test
  void anExclusionFailsAHighScore() {
    String no = file(market("鼓楼区认定五零工市场"));
    recommendAndAssign(no);
    inspectAndReview(no, 1.0, 1.0, "falsified");
    Certification concluded = application(no);
    assertThat(concluded.reviewScore()).isEqualByComparingTo("100.00");
    assertThat(concluded.exclusionFound()).isTrue();
    assertThatThrownBy(() -> certify("supervisor3", no, "x"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aReviewerWhoWorksForTheMarketsOperatorMayNotInspectOrReview() {
    String expert = "expert-" + Long.toString(System.nanoTime(), 36);
    directory.createUser(
        new DirectoryService.UserDraft(
            expert,
            "钱立",
            null,
            java.util.Set.of(cn.linggong.identity.Roles.REVIEWER),
            null,
            "Kaifeng-2026!",
            // the operator of MarketDrafts' markets, written with a space
            "开封市汴梁人力资源服务 有限公司"),
        as("admin"));
    assertThat(directory.findUser(expert).orElseThrow().organisation())
        .isEqualTo("开封市汴梁人力资源服务 有限公司");
    String no = file(market("鼓楼区认定利益冲突零工市场"));
    complete("supervisor1", no, USER_TASK_RECOMMEND, "recommended", "YES", "opinion", "推荐");
    assertThat(refusedAssignment(no, "reviewer2", "reviewer3," + expert))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "reviewerIds", "certification.conflict.organisation"));
    assertThat(task(no, USER_TASK_COMPLETENESS)).as("nothing written, the step waits").isNotNull();
    assertThat(CertificationSteps.sameOrganisation("开封市人社局", "开封市汴梁人力资源服务有限公司")).isFalse();
  }

  @Test
  void aPersonRegisteredAsTheMarketsContactMayNotInspectOrReview() {
    MarketDraft d = MarketDrafts.draft("鼓楼区认定六零工市场", null);
    MarketDraft withContact = d.withContactName("李华");
    String no = file(markets.register(caseworker, withContact).id());
    complete("supervisor1", no, USER_TASK_RECOMMEND, "recommended", "YES", "opinion", "推荐");
    assertThat(refusedAssignment(no, "reviewer2", "reviewer1,reviewer3"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("inspector", "certification.conflict.contact"));
    assertThat(task(no, USER_TASK_COMPLETENESS)).as("nothing written, the step waits").isNotNull();
    assertThatThrownBy(
            () ->
                complete(
                    "reviewer1",
                    no,
                    USER_TASK_COMPLETENESS,
                    "completenessDecision",
                    "COMPLETE",
                    "inspector",
                    "reviewer3",
                    "reviewerIds",
                    "reviewer3,reviewer1"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("reviewerIds"));
  }

  @Test
  void anApplicationThatCannotBeFiledIsRefusedFieldByFieldAndWritesNothing() {
    MarketDraft d = MarketDrafts.draft("鼓楼区新开零工驿站", null);
    MarketDraft fresh = d.withOpenedOn(LocalDate.of(2026, 10, 8));
    long young = markets.register(caseworker, fresh).id();
    int before =
        jdbc.queryForObject("SELECT COUNT(*) FROM certification_application", Integer.class);
    var over = new java.util.ArrayList<>(selfAssessment());
    over.set(0, new CertificationFilings.SelfScore(over.get(0).criterion(), new BigDecimal("99")));
    over.add(new CertificationFilings.SelfScore("Z9", BigDecimal.ONE));
    assertThatThrownBy(
            () ->
                filings.file(
                    caseworker,
                    new CertificationFilings.Filing(
                        young, null, Certification.SubmittedBy.OPERATOR, " ", null, over)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(fields(e))
                    .containsExactlyInAnyOrder(
                        "marketId",
                        "level",
                        "operatorContact",
                        "selfAssessment",
                        "selfAssessment"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certification_application", Integer.class))
        .isEqualTo(before);

    long marketId = market("鼓楼区认定七零工市场");
    String first = file(marketId);
    assertThatThrownBy(() -> file(marketId))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.violation().arguments().get(0))
                    .containsExactly(first));
    assertThatThrownBy(
            () ->
                filings.file(
                    as("caseworker2"),
                    new CertificationFilings.Filing(
                        marketId,
                        Certification.Level.CITY,
                        Certification.SubmittedBy.DISTRICT_BUREAU,
                        null,
                        null,
                        selfAssessment())))
        .as("another district's market is not found")
        .isInstanceOf(cn.linggong.shared.NotFoundException.class);
  }

  @Test
  void anUpheldObjectionRefusesTheApplication() {
    String no = file(market("鼓楼区认定八零工市场"));
    recommendAndAssign(no);
    inspectAndReview(no, 1.0, 0.9, "");
    notices.objectPublicly(
        no, new CertificationNotices.PublicObjection(null, "13900001111", "该市场向求职者收取中介费"));
    assertThat(task(no, CertificationProcess.USER_TASK_RESOLVE_OBJECTION)).isNotNull();
    complete(
        "reviewer3",
        no,
        CertificationProcess.USER_TASK_RESOLVE_OBJECTION,
        "objectionOutcome",
        "UPHELD_REFUSE",
        "resolution",
        "经核实，确有违规收费");
    assertThat(task(no, USER_TASK_DECIDE))
        .as("the decision does not wait for the notice's end")
        .isNotNull();
    assertThatThrownBy(() -> certify("supervisor3", no, "x"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("decision"));
    complete("supervisor3", no, USER_TASK_DECIDE, "decision", "REFUSE", "reason", "公示期间异议成立");
    assertThat(application(no).outcome()).isEqualTo(Certification.Outcome.REFUSED);
    var objection = reading.view(caseworker, no).objections().get(0);
    assertThat(objection.contactMasked()).isEqualTo("139****1111");
    assertThat(objection.outcome()).isEqualTo(Objection.Outcome.UPHELD_REFUSE);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM certification_objection WHERE contact_enc LIKE '%13900001111%'",
                Integer.class))
        .as("the contact is kept encrypted")
        .isZero();
  }

  @Test
  void dismissedObjectionsLetTheNoticeRunItsCourseAndTheMarketIsCertified() {
    String no = file(market("鼓楼区认定九零工市场"));
    recommendAndAssign(no);
    inspectAndReview(no, 1.0, 0.9, "");
    notices.objectPublicly(no, new CertificationNotices.PublicObjection("张先生", null, "场地面积太小"));
    notices.objectAsStaff(
        as("caseworker1"), no, new CertificationNotices.PublicObjection("来信", null, "周边交通拥堵"));
    complete(
        "reviewer3",
        no,
        CertificationProcess.USER_TASK_RESOLVE_OBJECTION,
        "objectionOutcome",
        "DISMISSED",
        "resolution",
        "场地面积符合要求");
    assertThat(task(no, CertificationProcess.USER_TASK_RESOLVE_OBJECTION))
        .as("the second objection, filed while the first was resolved, comes next")
        .isNotNull();
    complete(
        "reviewer3",
        no,
        CertificationProcess.USER_TASK_RESOLVE_OBJECTION,
        "objectionOutcome",
        "DISMISSED",
        "resolution",
        "已设置即停即走区域");
    assertThat(task(no, USER_TASK_DECIDE)).as("the notice still runs").isNull();
    noticePasses(no);
    certify("supervisor3", no, "异议不成立，予以认定");
    assertThat(application(no).outcome()).isEqualTo(Certification.Outcome.CERTIFIED);
  }

  @Test
  void anObjectionUpheldForReinspectionStartsAnotherRound() {
    String no = file(market("鼓楼区认定十零工市场"));
    recommendAndAssign(no);
    inspectAndReview(no, 1.0, 0.9, "");
    notices.objectPublicly(no, new CertificationNotices.PublicObjection(null, null, "台账数据与实际不符"));
    complete(
        "reviewer1",
        no,
        CertificationProcess.USER_TASK_RESOLVE_OBJECTION,
        "objectionOutcome",
        "UPHELD_REINSPECT",
        "resolution",
        "需重新核查台账");
    Certification again = application(no);
    assertThat(again.stage()).isEqualTo(Certification.Stage.INSPECTION);
    assertThat(again.inspectionRound()).isEqualTo(2);
    assertThat(again.reviewScore()).isNull();
    inspectAndReview(no, 0.9, 0.88, "");
    assertThat(application(no).reviewScore())
        .as("the second round's reviews only")
        .isEqualByComparingTo(total(0.88));
    noticePasses(no);
    assertThat(task(no, USER_TASK_DECIDE)).isNotNull();
  }

  @Test
  void objectionsOutsideTheNoticeOrTooManyFromOneAddressAreRefused() {
    // a day of its own: the other tests' objections are not in this hour
    steps.moveTo(NOW.plus(java.time.Duration.ofDays(40)));
    String no = file(market("鼓楼区认定十一零工市场"));
    assertThatThrownBy(
            () ->
                notices.objectPublicly(
                    no, new CertificationNotices.PublicObjection(null, null, "不符合条件")))
        .isInstanceOf(cn.linggong.shared.ConflictException.class);
    recommendAndAssign(no);
    inspectAndReview(no, 1.0, 0.9, "");
    assertThatThrownBy(
            () ->
                notices.objectPublicly(
                    no, new CertificationNotices.PublicObjection(null, null, " ")))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("text"));
    assertThatThrownBy(
            () ->
                notices.objectPublicly(
                    no, new CertificationNotices.PublicObjection(null, null, "短")))
        .as("a word says nothing of the facts")
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations().get(0).violation().messageKey())
                    .isEqualTo("certification.objection.tooShort"));
    int before = jdbc.queryForObject("SELECT COUNT(*) FROM certification_objection", Integer.class);
    int allowed = 5;
    for (int i = 0; i < allowed; i++) {
      notices.objectPublicly(
          no, new CertificationNotices.PublicObjection(null, null, "第" + i + "条异议：台账不实"));
    }
    assertThatThrownBy(
            () ->
                notices.objectPublicly(
                    no, new CertificationNotices.PublicObjection(null, null, "再提一条异议")))
        .isInstanceOf(cn.linggong.shared.TooManyRequestsException.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certification_objection", Integer.class))
        .isEqualTo(before + allowed);
  }

  /** Filed, recommended, inspected, reviewed, published and certified on 1 December 2026. */
  private String certified(String name, long[] marketId) {
    marketId[0] = market(name);
    String no = file(marketId[0]);
    recommendAndAssign(no);
    inspectAndReview(no, 1.0, 0.9, "");
    noticePasses(no);
    certify("supervisor3", no, "予以认定");
    return no;
  }

  private void evaluate(String no, double share, String outcome, String grade, String note) {
    if (grade.isEmpty()) {
      complete(
          "reviewer1",
          no,
          CertificationProcess.USER_TASK_EVALUATE,
          "scores",
          scores(share),
          "exclusions",
          "",
          "evaluationOutcome",
          outcome,
          "note",
          note);
    } else {
      complete(
          "reviewer1",
          no,
          CertificationProcess.USER_TASK_EVALUATE,
          "scores",
          scores(share),
          "exclusions",
          "",
          "evaluationOutcome",
          outcome,
          "grade",
          grade,
          "note",
          note);
    }
  }

  private java.util.List<Evaluation> evaluations(String no) {
    return jdbc.query(
        "SELECT e.outcome, e.grade FROM certification_evaluation e JOIN certification_application a ON a.id = e.application_id WHERE a.application_no = ? ORDER BY e.id",
        (rs, n) ->
            new Evaluation(0, null, null, rs.getString(1), rs.getString(2), null, null, null),
        no);
  }

  @Test
  void aCertifiedMarketIsEvaluatedOnEachAnniversaryAndItsTermEnds() {
    long[] marketId = new long[1];
    String no = certified("鼓楼区评估一零工市场", marketId);
    var anniversary = steps.timer(processInstance(no), CertificationProcess.TIMER_ANNIVERSARY);
    assertThat(anniversary.getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.of(2027, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant());
    steps.fire(processInstance(no), CertificationProcess.TIMER_ANNIVERSARY);
    assertThatThrownBy(() -> evaluate(no, 0.7, "QUALIFIED", "PASS", "基本达标"))
        .as("below the pass mark is not qualified")
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(fields(e)).containsExactly("evaluationOutcome"));
    evaluate(no, 0.9, "QUALIFIED", "GOOD", "运行良好");
    assertThat(
            steps
                .timer(processInstance(no), CertificationProcess.TIMER_ANNIVERSARY)
                .getDuedate()
                .toInstant())
        .isEqualTo(OffsetDateTime.of(2028, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant());
    steps.fire(processInstance(no), CertificationProcess.TIMER_ANNIVERSARY);
    evaluate(no, 0.95, "QUALIFIED", "EXCELLENT", "运行优秀");
    assertThat(evaluations(no)).extracting(Evaluation::grade).containsExactly("GOOD", "EXCELLENT");
    assertThat(markets.find(caseworker, marketId[0]).certification())
        .as("no third anniversary in the term, but it holds to its last day")
        .isEqualTo(Market.Certification.CITY);
    assertThat(
            steps
                .timer(processInstance(no), CertificationProcess.TIMER_TERM_ENDS)
                .getDuedate()
                .toInstant())
        .as("the term runs to 2029-11-30")
        .isEqualTo(OffsetDateTime.of(2029, 12, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant());
    steps.fire(processInstance(no), CertificationProcess.TIMER_TERM_ENDS);
    assertThat(markets.find(caseworker, marketId[0]).certification())
        .isEqualTo(Market.Certification.NONE);
    assertThat(markets.history(caseworker, marketId[0]).get(0).changedBy())
        .as("nobody ended it: the system did")
        .isEqualTo("system");
    assertThat(application(no).outcome()).isEqualTo(Certification.Outcome.CERTIFIED);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).count()).isZero();
  }

  @Test
  void aWithdrawalCanStillBeAskedForInTheTermsLastYear() {
    long[] marketId = new long[1];
    String no = certified("鼓楼区评估末年零工市场", marketId);
    steps.fire(processInstance(no), CertificationProcess.TIMER_ANNIVERSARY);
    evaluate(no, 0.9, "QUALIFIED", "GOOD", "运行良好");
    steps.fire(processInstance(no), CertificationProcess.TIMER_ANNIVERSARY);
    evaluate(no, 0.9, "QUALIFIED", "GOOD", "运行良好");
    actions.requestWithdrawal(as("reviewer1"), no, "被市人社局约谈，整改不到位");
    complete(
        "supervisor3",
        no,
        CertificationProcess.USER_TASK_APPROVE_REQUESTED_WITHDRAWAL,
        "withdrawalApproved",
        "YES",
        "opinion",
        "同意退出");
    assertThat(application(no).outcome()).isEqualTo(Certification.Outcome.WITHDRAWN);
    assertThat(steps.timer(processInstance(no), CertificationProcess.TIMER_TERM_ENDS)).isNull();
  }

  @Test
  void aMarketToldToRectifyIsEvaluatedAgainAfterTheLimit() {
    long[] marketId = new long[1];
    String no = certified("鼓楼区评估二零工市场", marketId);
    steps.fire(processInstance(no), CertificationProcess.TIMER_ANNIVERSARY);
    evaluate(no, 0.75, "RECTIFY", "", "线上服务不足，限期整改");
    assertThat(task(no, CertificationProcess.USER_TASK_EVALUATE)).isNull();
    steps.fire(processInstance(no), CertificationProcess.TIMER_RECTIFICATION);
    evaluate(no, 0.85, "QUALIFIED", "PASS", "整改到位");
    assertThat(evaluations(no))
        .extracting(Evaluation::outcome)
        .containsExactly("RECTIFY", "QUALIFIED");
    assertThat(markets.find(caseworker, marketId[0]).certification())
        .isEqualTo(Market.Certification.CITY);
  }

  @Test
  void aFailedEvaluationWithdrawsTheCertificationOnceApprovedAndTheMarketWaitsToApplyAgain()
      throws IOException {
    long[] marketId = new long[1];
    String no = certified("鼓楼区评估三零工市场", marketId);
    steps.fire(processInstance(no), CertificationProcess.TIMER_ANNIVERSARY);
    complete(
        "reviewer1",
        no,
        CertificationProcess.USER_TASK_EVALUATE,
        "scores",
        scores(1.0),
        "exclusions",
        "falsified",
        "evaluationOutcome",
        "WITHDRAW",
        "note",
        "台账数据造假");
    assertThatThrownBy(
            () ->
                complete(
                    "supervisor1",
                    no,
                    CertificationProcess.USER_TASK_APPROVE_WITHDRAWAL,
                    "withdrawalApproved",
                    "YES",
                    "opinion",
                    "同意"))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    complete(
        "supervisor3",
        no,
        CertificationProcess.USER_TASK_APPROVE_WITHDRAWAL,
        "withdrawalApproved",
        "YES",
        "opinion",
        "同意退出");
    assertThat(application(no).outcome()).isEqualTo(Certification.Outcome.WITHDRAWN);
    assertThat(markets.find(caseworker, marketId[0]).certification())
        .isEqualTo(Market.Certification.NONE);
    assertThat(letter(no, "WITHDRAWAL_NOTICE")).contains("退出认定通知书", "台账数据造假");
    assertThatThrownBy(() -> file(marketId[0]))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.violation().messageKey())
                    .contains("certification.market.withdrawnRecently"));
  }

  @Test
  void aReviewerAsksForAWithdrawalMidTermAndTheSupervisorDecides() {
    long[] marketId = new long[1];
    String no = certified("鼓楼区评估四零工市场", marketId);
    assertThatThrownBy(() -> actions.requestWithdrawal(caseworker, no, "x"))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    assertThatThrownBy(() -> actions.requestWithdrawal(as("reviewer1"), no, " "))
        .isInstanceOf(InvalidInputException.class);
    actions.requestWithdrawal(as("reviewer1"), no, "受到通报批评");
    complete(
        "supervisor3",
        no,
        CertificationProcess.USER_TASK_APPROVE_REQUESTED_WITHDRAWAL,
        "withdrawalApproved",
        "NO",
        "opinion",
        "情节轻微，不予退出");
    assertThat(application(no).outcome()).isEqualTo(Certification.Outcome.CERTIFIED);
    assertThat(steps.timer(processInstance(no), CertificationProcess.TIMER_ANNIVERSARY))
        .as("the term goes on")
        .isNotNull();
    actions.requestWithdrawal(as("reviewer1"), no, "丧失公益属性，向求职者收费");
    complete(
        "supervisor3",
        no,
        CertificationProcess.USER_TASK_APPROVE_REQUESTED_WITHDRAWAL,
        "withdrawalApproved",
        "YES",
        "opinion",
        "同意退出");
    assertThat(application(no).outcome()).isEqualTo(Certification.Outcome.WITHDRAWN);
    assertThat(markets.find(caseworker, marketId[0]).certification())
        .isEqualTo(Market.Certification.NONE);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).count()).isZero();
    assertThatThrownBy(() -> actions.requestWithdrawal(as("reviewer1"), no, "再次"))
        .isInstanceOf(cn.linggong.shared.ConflictException.class);
  }

  @Test
  void theDeskListsOpenApplicationsWithTheClockThatEndsFirstOnTop() {
    String earlier = file(market("鼓楼区排序一零工市场"));
    steps.moveTo(NOW.plus(java.time.Duration.ofDays(1)));
    String later = file(market("鼓楼区排序二零工市场"));
    List<String> desk =
        reading.search(as("reviewer1"), Certification.State.OPEN, null, 0, 200).stream()
            .map(Certification::applicationNo)
            .toList();
    assertThat(desk.indexOf(earlier))
        .as("filed first, due first: on top although filed earlier")
        .isNotNegative()
        .isLessThan(desk.indexOf(later));
  }
}
