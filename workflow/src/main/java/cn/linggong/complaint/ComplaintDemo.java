package cn.linggong.complaint;

import static cn.linggong.complaint.ComplaintProcess.USER_TASK_ACCEPT;
import static cn.linggong.complaint.ComplaintProcess.USER_TASK_APPROVE_EXTENSION;
import static cn.linggong.complaint.ComplaintProcess.USER_TASK_CONFIRM_PAYMENT;
import static cn.linggong.complaint.ComplaintProcess.USER_TASK_INVESTIGATE;
import static cn.linggong.complaint.ComplaintProcess.USER_TASK_MEDIATE;
import static cn.linggong.complaint.ComplaintProcess.USER_TASK_REFER;
import static cn.linggong.demo.DemoSteps.values;

import cn.linggong.demo.DemoPeople;
import cn.linggong.demo.DemoPlan;
import cn.linggong.demo.DemoSteps;
import cn.linggong.demo.DemoStory;
import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Unpaid-wage complaints of the demo city, as mediators handle them: filed at the window or by the
 * hotline, one worker or a group, accepted (or asked for missing material, or not accepted),
 * mediated with contacts logged, an agreement paid in one sum or in instalments (one now and then
 * missed), no agreement and a referral to inspection or arbitration, an inspection extended with
 * the supervisor's approval, a complaint withdrawn.
 */
@Component
@RequiredArgsConstructor
class ComplaintDemo implements DemoStory {

  private static final List<String> PROJECTS =
      List.of("幸福里小区3号楼", "汴河花园二期", "金明大道道路改造", "城东物流园仓库", "宋都御街商铺装修", "火车站广场保洁");
  private static final List<String> TRADES =
      List.of("建筑劳务有限公司", "装饰工程有限公司", "物流有限公司", "保洁服务有限公司", "餐饮管理有限公司");

  private final ComplaintIntake intake;
  private final ComplaintActions actions;
  private final ComplaintReading reading;
  private final Districts districts;
  private final DemoSteps steps;

  @Override
  public int order() {
    return 20;
  }

  @Override
  public int sharePercent() {
    return 45;
  }

  @Override
  public void begin(DemoPlan plan, int count) {
    List<String> served = plan.districtsWith(Roles.MEDIATOR);
    for (int i = 0; i < count; i++) {
      String district = served.get(i % served.size());
      plan.at(plan.recentWorkingMoment(), "complaint", () -> file(plan, district));
    }
  }

  private void file(DemoPlan plan, String district) {
    LinggongUser mediator = plan.staff(Roles.MEDIATOR, district);
    DemoPeople people = plan.people();
    int size = plan.chance(70) ? 1 : 2 + plan.random().nextInt(5);
    List<ComplaintIntake.ComplainantInput> workers = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      boolean female = plan.chance(30);
      workers.add(
          new ComplaintIntake.ComplainantInput(
              people.name(female),
              people.idNumber(district, people.birth(plan.today(), 22, 58), female),
              people.mobile(),
              new BigDecimal((1200 + plan.random().nextInt(80) * 100) + ".00")));
    }
    boolean construction = plan.chance(35);
    String trade = construction ? TRADES.get(0) : plan.pick(TRADES);
    String districtName = districts.district(district).map(District::name).orElse("");
    LocalDate workEnd = plan.today().minusDays(10 + plan.random().nextInt(60));
    String no =
        intake
            .file(
                mediator,
                new ComplaintIntake.Filing(
                    plan.chance(75) ? Complaint.Channel.WALK_IN : Complaint.Channel.HOTLINE,
                    workers,
                    null,
                    new EmployerRegistry.Registration(
                        Employer.Kind.ORGANIZATION,
                        people.companyName(trade),
                        people.creditCode(district),
                        null,
                        people.name(false).charAt(0) + "经理",
                        people.mobile(),
                        people.address(district, districtName),
                        null),
                    plan.pick(PROJECTS),
                    construction,
                    workEnd.minusDays(20 + plan.random().nextInt(90)),
                    workEnd,
                    Complaint.PayAgreement.DAILY,
                    "每天" + (150 + plan.random().nextInt(10) * 10) + "元",
                    "支付拖欠工资"))
            .complaintNo();
    new Case(plan, district, districtName, no).next("acceptance", c -> c.accept(false));
  }

  /** One complaint's course, played step by step. */
  private final class Case {
    private final DemoPlan plan;
    private final String district;
    private final String districtName;
    private final String no;

    Case(DemoPlan plan, String district, String districtName, String no) {
      this.plan = plan;
      this.district = district;
      this.districtName = districtName;
      this.no = no;
    }

    private LinggongUser mediator() {
      return plan.staff(Roles.MEDIATOR, district);
    }

    private void next(String what, java.util.function.Consumer<Case> step) {
      plan.at(
          plan.workingDaysLater(plan.now(), plan.workingDaysToAct()),
          what + " " + no,
          () -> step.accept(this));
    }

    private void accept(boolean supplied) {
      int roll = plan.random().nextInt(100);
      if (!supplied && roll < 10) {
        if (steps.complete(
            mediator(),
            no,
            USER_TASK_ACCEPT,
            values("acceptanceDecision", "SUPPLEMENT", "missingItems", "1. 考勤记录；2. 工资欠条"))) {
          plan.at(
              plan.workingDaysLater(plan.now(), 2 + plan.random().nextInt(3)),
              "supply " + no,
              () -> {
                intake.supply(mediator(), no, "已补交考勤记录和工资欠条");
                next("acceptance", c -> c.accept(true));
              });
        }
        return;
      }
      if (!supplied && roll < 16) {
        steps.complete(
            mediator(),
            no,
            USER_TASK_ACCEPT,
            values(
                "acceptanceDecision",
                "REFUSE",
                "refusalReason",
                plan.pick(List.of("ARBITRATION_OR_COURT", "NOT_JURISDICTION"))));
        return;
      }
      if (steps.complete(
          mediator(), no, USER_TASK_ACCEPT, values("acceptanceDecision", "ACCEPT"))) {
        plan.at(
            plan.workingDaysLater(plan.now(), 1),
            "contact " + no,
            () ->
                actions.logContact(
                    mediator(),
                    no,
                    ComplaintActions.ContactKind.CALL,
                    plan.today(),
                    "电话联系用人单位负责人，约定调解时间"));
        if (plan.chance(8)) {
          plan.at(
              plan.workingDaysLater(plan.now(), 2 + plan.random().nextInt(4)),
              "withdraw " + no,
              () ->
                  actions.withdraw(
                      mediator(),
                      no,
                      ComplaintActions.WithdrawalReason.PAID_DIRECTLY,
                      "用人单位已当面支付"));
        } else if (plan.chance(90)) {
          // now and then nobody mediates in time: the 15-day limit moves the case on by itself
          next("mediation", Case::mediate);
          plan.at(
              plan.calendarDaysLater(plan.now(), 16 + plan.random().nextInt(3)),
              "referral " + no,
              () -> {
                if (steps.waitsAt(no, USER_TASK_REFER)) {
                  refer();
                }
              });
        }
      }
    }

    private void mediate() {
      ComplaintView view = reading.view(mediator(), no);
      if (plan.chance(30)) {
        steps.complete(
            mediator(), no, USER_TASK_MEDIATE, values("mediationOutcome", "NO_AGREEMENT"));
        return;
      }
      actions.logContact(
          mediator(), no, ComplaintActions.ContactKind.SESSION, plan.today(), "双方到场调解");
      int parts = plan.chance(60) ? 1 : 2 + plan.random().nextInt(2);
      BigDecimal total = BigDecimal.ZERO;
      StringBuilder json = new StringBuilder("{\"amounts\":{");
      for (int i = 0; i < view.complainants().size(); i++) {
        Complainant person = view.complainants().get(i);
        total = total.add(person.amountOwed());
        json.append(i == 0 ? "" : ",")
            .append('"')
            .append(person.workerId())
            .append("\":\"")
            .append(person.amountOwed().toPlainString())
            .append('"');
      }
      json.append("},\"instalments\":[");
      BigDecimal each = total.divide(BigDecimal.valueOf(parts), 2, RoundingMode.DOWN);
      List<LocalDate> dues = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        LocalDate due = plan.today().plusDays(7L + 20L * i + plan.random().nextInt(5));
        dues.add(due);
        BigDecimal amount =
            i == parts - 1 ? total.subtract(each.multiply(BigDecimal.valueOf(parts - 1))) : each;
        json.append(i == 0 ? "" : ",")
            .append("{\"due\":\"")
            .append(due)
            .append("\",\"amount\":\"")
            .append(amount.toPlainString())
            .append("\"}");
      }
      json.append("]}");
      if (steps.complete(
          mediator(),
          no,
          USER_TASK_MEDIATE,
          values("mediationOutcome", "AGREEMENT", "agreement", json.toString()))) {
        for (LocalDate due : dues) {
          plan.at(
              plan.calendarDaysLater(
                  due.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant(),
                  1 + plan.random().nextInt(3)),
              "payment " + no,
              this::payment);
        }
      }
    }

    private void payment() {
      if (plan.chance(88)) {
        steps.complete(mediator(), no, USER_TASK_CONFIRM_PAYMENT, values("payment", "PAID"));
        return;
      }
      if (steps.complete(
          mediator(),
          no,
          USER_TASK_CONFIRM_PAYMENT,
          values("payment", "MISSED", "amountPaid", "0"))) {
        next("referral", Case::refer);
      }
    }

    private void refer() {
      boolean inspection = plan.chance(65);
      if (steps.complete(
              mediator(),
              no,
              USER_TASK_REFER,
              values(
                  "referralKind", inspection ? "INSPECTION" : "ARBITRATION",
                  "receivingBody",
                      inspection ? "开封市" + districtName + "劳动保障监察大队" : "开封市劳动人事争议仲裁委员会",
                  "referredOn", plan.today().toString()))
          && inspection) {
        if (plan.chance(20)) {
          plan.at(
              plan.workingDaysLater(plan.now(), 20 + plan.random().nextInt(20)),
              "extension " + no,
              () -> {
                if (!steps.waitsAt(no, USER_TASK_INVESTIGATE)) {
                  return; // the inspection ended first
                }
                actions.requestExtension(mediator(), no, "涉及多个分包单位，需调取银行流水");
                plan.at(
                    plan.workingDaysLater(plan.now(), plan.workingDaysToAct()),
                    "extension approval " + no,
                    () -> {
                      LinggongUser supervisor = plan.staff(Roles.SUPERVISOR, district);
                      if (supervisor != null) {
                        steps.complete(
                            supervisor,
                            no,
                            USER_TASK_APPROVE_EXTENSION,
                            values("extensionDecision", "APPROVED"));
                      }
                    });
              });
        }
        plan.at(
            plan.workingDaysLater(plan.now(), 25 + plan.random().nextInt(40)),
            "investigation " + no,
            this::investigate);
      }
    }

    private void investigate() {
      ComplaintView view = reading.view(mediator(), no);
      StringBuilder recovered = new StringBuilder("{");
      for (int i = 0; i < view.complainants().size(); i++) {
        Complainant person = view.complainants().get(i);
        recovered
            .append(i == 0 ? "" : ",")
            .append('"')
            .append(person.workerId())
            .append("\":\"")
            .append(
                person
                    .amountOwed()
                    .subtract(
                        person.amountRecovered() == null
                            ? BigDecimal.ZERO
                            : person.amountRecovered())
                    .toPlainString())
            .append('"');
      }
      steps.complete(
          mediator(),
          no,
          USER_TASK_INVESTIGATE,
          values(
              "investigationResult",
              "PAID_IN_FULL",
              "recovered",
              recovered.append('}').toString()));
    }
  }
}
