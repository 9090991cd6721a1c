package cn.linggong.assistance;

import static cn.linggong.assistance.AssistanceProcess.USER_TASK_FOLLOW_UP;
import static cn.linggong.assistance.AssistanceProcess.USER_TASK_GUIDANCE;
import static cn.linggong.assistance.AssistanceProcess.USER_TASK_INTAKE;
import static cn.linggong.assistance.AssistanceProcess.USER_TASK_PLACEMENT_APPROVE;
import static cn.linggong.assistance.AssistanceProcess.USER_TASK_PLACEMENT_PROPOSE;
import static cn.linggong.assistance.AssistanceProcess.USER_TASK_PLACEMENT_REVIEW;
import static cn.linggong.assistance.AssistanceProcess.USER_TASK_REFERRAL;
import static cn.linggong.assistance.AssistanceProcess.USER_TASK_REFERRAL_OUTCOME;
import static cn.linggong.assistance.AssistanceProcess.USER_TASK_TRAINING;
import static cn.linggong.demo.DemoSteps.values;

import cn.linggong.demo.DemoPeople;
import cn.linggong.demo.DemoPlan;
import cn.linggong.demo.DemoSteps;
import cn.linggong.demo.DemoStory;
import cn.linggong.employer.JobMatch;
import cn.linggong.employer.SkillLevel;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.worker.HardshipFacts;
import cn.linggong.worker.Worker;
import cn.linggong.worker.WorkerHardship;
import cn.linggong.worker.WorkerRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Hardship assistance cases of the demo city, as caseworkers work them: a worker registered with
 * their hardship facts, the intake check, guidance, up to three referrals (hired on one of them, or
 * not), training and a public-welfare post with the supervisor's approval, follow-up visits, now
 * and then a case withdrawn. Cases opened long ago are closed; recent ones wait at every step, some
 * of them late.
 */
@Component
@RequiredArgsConstructor
class AssistanceDemo implements DemoStory {

  /** How a case will go. */
  private enum Course {
    NOT_HARDSHIP,
    HIRED,
    PLACEMENT,
    WITHDRAWN
  }

  private static final List<String> GUIDANCE =
      List.of(
          "介绍零工市场岗位信息，制定求职计划", "了解就业意愿和技能特长，讲解就业援助政策", "分析求职困难原因，推荐适合的灵活就业岗位", "讲解公益性岗位和技能培训补贴政策");

  /** A training programme and the job category it trains for. */
  private record Programme(String name, String occupation) {}

  private static final List<Programme> TRAINING =
      List.of(
          new Programme("家政服务员（初级）", "domestic"),
          new Programme("保洁员（初级）", "cleaning"),
          new Programme("养老护理员（初级）", "elderly-care"),
          new Programme("中式面点师（初级）", "catering"),
          new Programme("电工（初级）", "electrician"));
  private static final List<String> POSTS =
      List.of("社区保洁公益性岗位", "社区治安巡防公益性岗位", "道路绿化养护公益性岗位", "社区养老服务公益性岗位");
  private static final List<String> SKILLS =
      List.of("cleaning", "domestic", "loading", "catering", "security", "elderly-care");

  private final WorkerRegistry workers;
  private final WorkerHardship hardship;
  private final AssistanceCases cases;
  private final AssistanceJobMatches matches;
  private final DemoSteps steps;

  @Override
  public int order() {
    return 10;
  }

  @Override
  public int sharePercent() {
    return 55;
  }

  @Override
  public void begin(DemoPlan plan, int count) {
    List<String> districts = plan.districtsWith(Roles.CASEWORKER);
    for (int i = 0; i < count; i++) {
      String district = districts.get(i % districts.size());
      int roll = plan.random().nextInt(100);
      Course course =
          roll < 10
              ? Course.NOT_HARDSHIP
              : roll < 68 ? Course.HIRED : roll < 93 ? Course.PLACEMENT : Course.WITHDRAWN;
      plan.at(plan.recentWorkingMoment(), "assistance case", () -> open(plan, district, course));
    }
  }

  private void open(DemoPlan plan, String district, Course course) {
    LinggongUser caseworker = plan.staff(Roles.CASEWORKER, district);
    DemoPeople people = plan.people();
    boolean female = plan.chance(60);
    // two years or more before the statutory retirement age: a public-welfare post may run a year
    LocalDate birth = people.birth(plan.today(), 24, female ? 47 : 57);
    Worker worker =
        workers.register(
            caseworker,
            new WorkerRegistry.Registration(
                people.name(female),
                people.idNumber(district, birth, female),
                people.mobile(),
                null,
                List.of(plan.pick(SKILLS)),
                SkillLevel.NONE,
                new BigDecimal((120 + plan.random().nextInt(10) * 10) + ".00")));
    if (course != Course.NOT_HARDSHIP) {
      hardship.recordHardship(caseworker, worker.id(), facts(plan));
    }
    String caseNo = cases.open(caseworker, worker.id()).caseNo();
    Case c = new Case(plan, district, caseNo, course, worker);
    c.next("intake", c::intake);
  }

  private static HardshipFacts facts(DemoPlan plan) {
    int roll = plan.random().nextInt(100);
    if (roll < 45) {
      return new HardshipFacts(HardshipFacts.LowIncome.DIBAO, null, null, false, false, null);
    }
    if (roll < 60) {
      return new HardshipFacts(HardshipFacts.LowIncome.LOW_INCOME, null, null, false, false, null);
    }
    if (roll < 75) {
      String certificate =
          "4102" + String.format("%016d", plan.random().nextLong(1L, 9_999_999_999L));
      return new HardshipFacts(
          HardshipFacts.LowIncome.NONE,
          certificate,
          3 + plan.random().nextInt(2),
          false,
          false,
          null);
    }
    if (roll < 85) {
      return new HardshipFacts(HardshipFacts.LowIncome.NONE, null, null, true, false, null);
    }
    return new HardshipFacts(
        HardshipFacts.LowIncome.NONE,
        null,
        null,
        false,
        true,
        plan.today().minusMonths(13 + plan.random().nextInt(12)));
  }

  /** One case's course, played step by step. */
  private final class Case {
    private final DemoPlan plan;
    private final String district;
    private final String caseNo;
    private final Course course;
    private final Worker worker;
    private final int hiredOn;
    private int referrals;

    Case(DemoPlan plan, String district, String caseNo, Course course, Worker worker) {
      this.plan = plan;
      this.district = district;
      this.caseNo = caseNo;
      this.course = course;
      this.worker = worker;
      this.hiredOn = course == Course.HIRED ? 1 + plan.random().nextInt(3) : 0;
    }

    private LinggongUser caseworker() {
      return plan.staff(Roles.CASEWORKER, district);
    }

    private void next(String what, Runnable step) {
      plan.at(
          plan.workingDaysLater(plan.now(), plan.workingDaysToAct()), what + " " + caseNo, step);
    }

    private void intake() {
      steps.complete(caseworker(), caseNo, USER_TASK_INTAKE, values("factsConfirmed", true));
      if (course == Course.WITHDRAWN) {
        plan.at(
            plan.workingDaysLater(plan.now(), 3 + plan.random().nextInt(10)),
            "withdraw " + caseNo,
            () ->
                cases.withdraw(
                    caseworker(),
                    caseNo,
                    plan.pick(
                        List.of(
                            AssistanceCases.WithdrawalReason.MOVED,
                            AssistanceCases.WithdrawalReason.FOUND_WORK,
                            AssistanceCases.WithdrawalReason.UNREACHABLE)),
                    "本人电话告知"));
      }
      if (course != Course.NOT_HARDSHIP) {
        next("guidance", this::guidance);
      }
    }

    private void guidance() {
      if (steps.complete(
          caseworker(),
          caseNo,
          USER_TASK_GUIDANCE,
          values(
              "guidanceDate", plan.today().toString(),
              "content", plan.pick(GUIDANCE),
              "intendedCategories", String.join(",", worker.skills()),
              "intendedDistricts", district,
              "expectedDailyPay", "150"))) {
        next("referral", this::refer);
      }
    }

    private void refer() {
      List<JobMatch> offered = matches.jobMatches(caseworker(), caseNo, 5);
      if (offered.isEmpty()) {
        // no posting fits today: the caseworker looks again in a few days
        next("referral", this::refer);
        return;
      }
      JobMatch match = offered.get(plan.random().nextInt(Math.min(2, offered.size())));
      if (steps.complete(
          caseworker(),
          caseNo,
          USER_TASK_REFERRAL,
          values("jobId", String.valueOf(match.job().id())))) {
        referrals++;
        next("referral outcome", this::outcome);
      }
    }

    private void outcome() {
      boolean hired = course == Course.HIRED && referrals == hiredOn;
      if (hired) {
        LocalDate start = plan.today().plusDays(1 + plan.random().nextInt(4));
        if (steps.complete(
            caseworker(),
            caseNo,
            USER_TASK_REFERRAL_OUTCOME,
            values("referralOutcome", "HIRED", "startDate", start.toString()))) {
          followUp(31 + plan.random().nextInt(6));
        }
        return;
      }
      boolean noShow = plan.chance(15);
      boolean done =
          steps.complete(
              caseworker(),
              caseNo,
              USER_TASK_REFERRAL_OUTCOME,
              noShow
                  ? values("referralOutcome", "NO_SHOW")
                  : values(
                      "referralOutcome",
                      "NOT_HIRED",
                      "reason",
                      plan.pick(List.of("SKILLS", "TERMS", "FILLED", "DECLINED"))));
      if (done) {
        next(referrals < 3 ? "referral" : "training", referrals < 3 ? this::refer : this::train);
      }
    }

    private void followUp(int days) {
      plan.at(
          plan.calendarDaysLater(plan.now(), days),
          "follow-up " + caseNo,
          () ->
              steps.complete(
                  caseworker(),
                  caseNo,
                  USER_TASK_FOLLOW_UP,
                  values(
                      "visitDate",
                      plan.today().toString(),
                      "stillEmployed",
                      plan.chance(88) ? "YES" : "NO")));
    }

    private void train() {
      LocalDate end = plan.today().minusDays(1 + plan.random().nextInt(3));
      Programme programme =
          TRAINING.stream()
              .filter(p -> worker.skills().contains(p.occupation()))
              .findFirst()
              .orElse(plan.pick(TRAINING));
      if (steps.complete(
          caseworker(),
          caseNo,
          USER_TASK_TRAINING,
          values(
              "programme", programme.name(),
              "provider", "开封市职业技能培训中心",
              "occupation", programme.occupation(),
              "startDate", end.minusDays(7 + plan.random().nextInt(14)).toString(),
              "endDate", end.toString(),
              "trainingOutcome", plan.chance(85) ? "CERTIFIED" : "DROPPED",
              "trainingSubsidy", plan.chance(70)))) {
        next("placement", this::propose);
      }
    }

    private void propose() {
      boolean post = plan.chance(85);
      boolean done =
          steps.complete(
              caseworker(),
              caseNo,
              USER_TASK_PLACEMENT_PROPOSE,
              post
                  ? values(
                      "placementDecision", "PROPOSE",
                      "post", plan.pick(POSTS),
                      "employingUnit", "街道办事处",
                      "startDate", plan.today().plusDays(3 + plan.random().nextInt(5)).toString(),
                      "termMonths", plan.pick(List.of("6", "12")))
                  : values("placementDecision", "NO_POST"));
      if (done && post) {
        plan.at(
            plan.workingDaysLater(plan.now(), plan.workingDaysToAct()),
            "placement approval " + caseNo,
            this::approve);
      }
    }

    private void approve() {
      LinggongUser supervisor = plan.staff(Roles.SUPERVISOR, district);
      if (supervisor != null
          && steps.complete(
              supervisor,
              caseNo,
              USER_TASK_PLACEMENT_APPROVE,
              plan.chance(90)
                  ? values("placementApproval", "APPROVED")
                  : values("placementApproval", "REFUSED", "opinion", "本期岗位已满，请另行推荐就业"))) {
        if (steps.waitsAt(caseNo, USER_TASK_PLACEMENT_PROPOSE)) {
          next("placement", this::propose); // refused: the caseworker proposes again or closes
        } else {
          followUp(35 + plan.random().nextInt(6));
          plan.at(
              plan.calendarDaysLater(plan.now(), 150 + plan.random().nextInt(30)),
              "placement review " + caseNo,
              () ->
                  steps.complete(
                      caseworker(),
                      caseNo,
                      USER_TASK_PLACEMENT_REVIEW,
                      values("reviewResult", "TERM_ENDED")));
        }
      }
    }
  }
}
