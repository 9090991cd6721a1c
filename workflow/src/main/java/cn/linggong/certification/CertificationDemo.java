package cn.linggong.certification;

import cn.linggong.demo.DemoPlan;
import cn.linggong.demo.DemoSteps;
import cn.linggong.demo.DemoStory;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.market.MarketFilter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo city's certification applications, played through the same services and steps a person
 * uses: in the first district with caseworkers its industry market certified at city level months
 * ago (with its certificate) and a street station waiting for missing material; in the second its
 * comprehensive market under site inspection and another refused on its review score.
 */
@Component
@RequiredArgsConstructor
class CertificationDemo implements DemoStory {

  private final CertificationFilings filings;
  private final CertificationActions actions;
  private final CertificationReading reading;
  private final CriteriaSheets sheets;
  private final MarketDirectory markets;
  private final DemoSteps steps;
  private final Districts districts;

  /** How far an application gets. */
  private enum Course {
    CERTIFIED,
    NOTICE,
    SUPPLEMENT,
    INSPECTION,
    REFUSED,
    WITHDRAWN,
    EVALUATED
  }

  @Override
  public int order() {
    return 2;
  }

  @Override
  public int sharePercent() {
    return 0;
  }

  @Override
  public void begin(DemoPlan plan, int cases) {
    List<String> served = plan.districtsWith(Roles.CASEWORKER);
    if (served.isEmpty() || plan.staff(Roles.SUPERVISOR, null) == null) {
      return;
    }
    String first = served.get(0);
    String second = served.size() > 1 ? served.get(1) : first;
    Instant start = plan.start();
    // before the history: certified at district level over a year ago, evaluated on its
    // anniversary (良好: the grade its subsidies go by)
    plan.atEarlier(
        plan.end().atZone(plan.zone()).minusMonths(15).toInstant(),
        "certification",
        () ->
            apply(
                plan,
                first,
                "物流装卸零工市场", // registered by the directory's demo (MarketDemo.LOGISTICS)
                Certification.Level.DISTRICT,
                Course.EVALUATED));
    // 6 months of history: certified in its second month, another certified and withdrawn in its
    // third, refused in its fourth, the rest lately
    plan.at(
        plan.calendarDaysLater(start, 20),
        "certification",
        () -> apply(plan, first, "家政服务零工市场", Certification.Level.CITY, Course.CERTIFIED));
    plan.at(
        plan.calendarDaysLater(start, 12),
        "certification",
        () -> apply(plan, second, "街道零工驿站", Certification.Level.DISTRICT, Course.WITHDRAWN));
    plan.at(
        plan.calendarDaysLater(start, 80),
        "certification",
        () -> apply(plan, second, "人力资源市场零工服务区", Certification.Level.DISTRICT, Course.REFUSED));
    plan.at(
        plan.recentWorkingMoment(),
        "certification",
        () -> apply(plan, second, "零工市场", Certification.Level.CITY, Course.INSPECTION));
    plan.at(
        plan.recentWorkingMoment(),
        "certification",
        () -> apply(plan, first, "街道零工驿站", Certification.Level.DISTRICT, Course.SUPPLEMENT));
    // under public notice now: filed ten days ago, each step done the next working day, the notice
    // runs past today
    plan.at(
        plan.calendarDaysLater(plan.end().minus(java.time.Duration.ofDays(10)), 0),
        "certification",
        () -> apply(plan, second, "建筑业零工市场", Certification.Level.CITY, Course.NOTICE));
  }

  private void apply(
      DemoPlan plan, String district, String nameEnd, Certification.Level level, Course course) {
    LinggongUser caseworker = plan.staff(Roles.CASEWORKER, district);
    String districtName = districts.district(district).map(District::name).orElse(district);
    Market market =
        markets
            .search(
                caseworker,
                new MarketFilter(district, null, null, Market.Status.OPERATING, null, districtName),
                0,
                50)
            .stream()
            .filter(
                m ->
                    nameEnd.startsWith("街道")
                        ? m.name().endsWith(nameEnd)
                        : m.name().equals(districtName + nameEnd))
            .findFirst()
            .orElse(null);
    if (market == null) {
      return;
    }
    CriteriaSheet sheet = sheets.inForce(caseworker);
    String no =
        filings
            .file(
                caseworker,
                new CertificationFilings.Filing(
                    market.id(),
                    level,
                    Certification.SubmittedBy.OPERATOR,
                    market.contactName(),
                    "申报" + market.name() + "为示范性零工市场",
                    sheet.criteria().stream()
                        .map(
                            c ->
                                new CertificationFilings.SelfScore(
                                    c.code(), share(c.points(), 0.95)))
                        .toList()))
            .applicationNo();
    Instant recommend = plan.workingDaysLater(plan.now(), act(plan, course));
    plan.at(
        recommend,
        "certification recommended",
        () -> {
          steps.complete(
              plan.staff(Roles.SUPERVISOR, district),
              no,
              CertificationProcess.USER_TASK_RECOMMEND,
              DemoSteps.values("recommended", "YES", "opinion", "该市场运营规范、公益属性明确，同意推荐"));
          plan.at(
              plan.workingDaysLater(plan.now(), act(plan, course)),
              "certification checked",
              () -> check(plan, no, sheet, course));
        });
  }

  private void check(DemoPlan plan, String no, CriteriaSheet sheet, Course course) {
    List<String> scorers = List.copyOf(reading.scorers(plan.staff(Roles.REVIEWER, null)).keySet());
    if (scorers.size() < 3) {
      return;
    }
    LinggongUser checker = plan.staff(Roles.REVIEWER, null);
    if (course == Course.SUPPLEMENT) {
      steps.complete(
          checker,
          no,
          CertificationProcess.USER_TASK_COMPLETENESS,
          DemoSteps.values(
              "completenessDecision",
              "SUPPLEMENT",
              "missingItems",
              "1. 场地租赁合同复印件；2. 近三个月的五个工作日志台账；3. 服务项目公示栏照片"));
      return;
    }
    String inspector = scorers.get(1);
    List<String> reviewers = List.of(scorers.get(0), scorers.get(2));
    steps.complete(
        checker,
        no,
        CertificationProcess.USER_TASK_COMPLETENESS,
        DemoSteps.values(
            "completenessDecision",
            "COMPLETE",
            "inspector",
            inspector,
            "reviewerIds",
            String.join(",", reviewers)));
    if (course == Course.INSPECTION) {
      return;
    }
    double share = course == Course.REFUSED ? 0.72 : 0.9;
    plan.at(
        plan.workingDaysLater(plan.now(), act(plan, course)),
        "certification inspected",
        () -> {
          steps.completeAssigned(
              no,
              CertificationProcess.USER_TASK_INSPECT,
              inspector,
              scoring(sheet, share, "现场核查与申报材料相符"));
          plan.at(
              plan.workingDaysLater(plan.now(), act(plan, course)),
              "certification reviewed",
              () -> {
                for (String r : reviewers) {
                  steps.completeAssigned(
                      no,
                      CertificationProcess.USER_TASK_REVIEW,
                      r,
                      scoring(sheet, share - 0.03, "同意核查意见"));
                }
                if (course != Course.NOTICE) {
                  // a passed review is under public notice first (certification.public-notice)
                  int wait = course == Course.REFUSED ? 0 : 6;
                  plan.at(
                      plan.workingDaysLater(plan.now(), wait + act(plan, course)),
                      "certification decided",
                      () -> decide(plan, no, course));
                }
              });
        });
  }

  private void decide(DemoPlan plan, String no, Course course) {
    LinggongUser supervisor = plan.staff(Roles.SUPERVISOR, null);
    if (course == Course.CERTIFIED || course == Course.WITHDRAWN || course == Course.EVALUATED) {
      steps.complete(
          supervisor,
          no,
          CertificationProcess.USER_TASK_DECIDE,
          DemoSteps.values(
              "decision",
              "CERTIFY",
              "certifiedOn",
              plan.today().toString(),
              "reason",
              "评审平均分达到合格线，未发现否决情形，予以认定"));
      if (course == Course.EVALUATED) {
        // the anniversary's timer starts the evaluation; a reviewer does it within days
        Instant anniversary =
            plan.today().plusYears(1).atTime(9, 0).atZone(plan.zone()).toInstant();
        plan.at(
            plan.workingDaysLater(anniversary, plan.workingDaysToAct()),
            "certification evaluated",
            () -> evaluate(plan, no));
      }
      if (course == Course.WITHDRAWN) {
        plan.at(
            plan.workingDaysLater(plan.now(), 30),
            "certification withdrawal",
            () -> withdraw(plan, no));
      }
    } else {
      steps.complete(
          supervisor,
          no,
          CertificationProcess.USER_TASK_DECIDE,
          DemoSteps.values(
              "decision", "REFUSE", "reason", "评审平均分未达到合格线：线上服务和服务成效两项差距较大，建议整改后下一批次重新申报"));
    }
  }

  private void evaluate(DemoPlan plan, String no) {
    CriteriaSheet sheet = sheets.inForce(plan.staff(Roles.REVIEWER, null));
    java.util.Map<String, Object> values =
        new java.util.HashMap<>(scoring(sheet, 0.88, "台账规范，线上服务仍需加强"));
    values.remove("noConflict");
    values.put("evaluationOutcome", "QUALIFIED");
    values.put("grade", "GOOD");
    steps.complete(
        plan.staff(Roles.REVIEWER, null), no, CertificationProcess.USER_TASK_EVALUATE, values);
  }

  /** Mid-term, a reviewer asks for the withdrawal after an official criticism; approved. */
  private void withdraw(DemoPlan plan, String no) {
    actions.requestWithdrawal(
        plan.staff(Roles.REVIEWER, null), no, "该驿站发布含性别、年龄限制的招聘信息，被市人社局通报批评（否决情形：就业歧视）");
    plan.at(
        plan.workingDaysLater(plan.now(), plan.workingDaysToAct()),
        "certification withdrawn",
        () ->
            steps.complete(
                plan.staff(Roles.SUPERVISOR, null),
                no,
                CertificationProcess.USER_TASK_APPROVE_REQUESTED_WITHDRAWAL,
                DemoSteps.values("withdrawalApproved", "YES", "opinion", "情况属实，同意退出认定")));
  }

  private static java.util.Map<String, Object> scoring(
      CriteriaSheet sheet, double share, String note) {
    return DemoSteps.values(
        "noConflict",
        true,
        "scores",
        sheet.criteria().stream()
            .map(c -> c.code() + ":" + share(c.points(), share).toPlainString())
            .collect(Collectors.joining(",")),
        "exclusions",
        "",
        "note",
        note);
  }

  /** Working days to the next step: the application under notice now moves day by day. */
  private static int act(DemoPlan plan, Course course) {
    return course == Course.NOTICE ? 1 : plan.workingDaysToAct();
  }

  private static BigDecimal share(BigDecimal points, double share) {
    return points.multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.DOWN);
  }
}
