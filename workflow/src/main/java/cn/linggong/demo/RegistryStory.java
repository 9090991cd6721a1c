package cn.linggong.demo;

import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.employer.JobBoard;
import cn.linggong.employer.PayUnit;
import cn.linggong.employer.Settlement;
import cn.linggong.employer.SkillLevel;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.worker.WorkerRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The registries of the demo city: employers of the trades gig workers go to (most of them verified
 * by a caseworker a few days after registering), the postings they keep putting up, and gig workers
 * who registered without needing a case.
 */
@Component
@RequiredArgsConstructor
class RegistryStory implements DemoStory {

  /** A job an enterprise of a trade posts: its category and its title. */
  private record Opening(String category, String title) {}

  /** A trade: the end of an enterprise's name and the jobs it posts. */
  private record Trade(String suffix, List<Opening> openings) {}

  private static final List<Trade> TRADES =
      List.of(
          new Trade(
              "保洁服务有限公司",
              List.of(
                  new Opening("cleaning", "商场保洁员"),
                  new Opening("cleaning", "写字楼保洁员"),
                  new Opening("cleaning", "小区保洁员"))),
          new Trade(
              "物业管理有限公司",
              List.of(
                  new Opening("cleaning", "物业保洁"),
                  new Opening("security", "小区保安"),
                  new Opening("security", "门岗保安"))),
          new Trade(
              "建筑劳务有限公司",
              List.of(
                  new Opening("construction", "钢筋工"),
                  new Opening("construction", "木工"),
                  new Opening("welder", "焊工"))),
          new Trade(
              "装饰工程有限公司",
              List.of(
                  new Opening("decoration", "油漆工"),
                  new Opening("electrician", "水电工"),
                  new Opening("decoration", "瓦工"))),
          new Trade(
              "物流有限公司",
              List.of(
                  new Opening("loading", "装卸工"),
                  new Opening("warehouse", "理货员"),
                  new Opening("delivery", "快递分拣员"))),
          new Trade(
              "家政服务有限公司",
              List.of(
                  new Opening("domestic", "家政保洁"),
                  new Opening("domestic", "育儿嫂"),
                  new Opening("elderly-care", "护工"))),
          new Trade(
              "餐饮管理有限公司",
              List.of(
                  new Opening("catering", "后厨帮工"),
                  new Opening("catering", "传菜员"),
                  new Opening("catering", "洗碗工"))),
          new Trade(
              "园林绿化工程有限公司",
              List.of(new Opening("landscaping", "绿化养护工"), new Opening("landscaping", "苗木工"))),
          new Trade(
              "电子科技有限公司",
              List.of(
                  new Opening("factory", "普工"),
                  new Opening("factory", "包装工"),
                  new Opening("factory", "质检员"))));

  private static final List<String> SKILLS =
      List.of(
          "cleaning",
          "loading",
          "warehouse",
          "delivery",
          "construction",
          "decoration",
          "domestic",
          "catering",
          "security",
          "landscaping",
          "factory",
          "elderly-care");

  private final EmployerRegistry employers;
  private final JobBoard jobs;
  private final WorkerRegistry workers;
  private final Districts districts;

  @Override
  public int order() {
    return 0;
  }

  @Override
  public int sharePercent() {
    return 0;
  }

  @Override
  public void begin(DemoPlan plan, int cases) {
    List<String> served = plan.districtsWith(Roles.CASEWORKER);
    int employerCount = Math.max(6, cases / 4);
    for (int i = 0; i < employerCount; i++) {
      String district = served.get(i % served.size());
      // a first group is there when the history starts; the rest come over the months
      Instant when = i < employerCount / 2 ? plan.start() : plan.anyWorkingMoment();
      plan.at(when, "employer", () -> employer(plan, district));
    }
    int workerCount = Math.max(10, cases / 2);
    for (int i = 0; i < workerCount; i++) {
      String district = served.get(i % served.size());
      plan.at(plan.anyWorkingMoment(), "worker", () -> worker(plan, district));
    }
  }

  private void employer(DemoPlan plan, String district) {
    LinggongUser caseworker = plan.staff(Roles.CASEWORKER, district);
    Trade trade = plan.pick(TRADES);
    DemoPeople people = plan.people();
    boolean female = plan.chance(50);
    Employer employer =
        employers.register(
            caseworker,
            new EmployerRegistry.Registration(
                Employer.Kind.ORGANIZATION,
                people.companyName(trade.suffix()),
                people.creditCode(district),
                null,
                people.name(female).charAt(0) + (female ? "女士" : "经理"),
                people.mobile(),
                people.address(district, districtName(district)),
                null));
    if (plan.chance(80)) {
      Instant verified = plan.workingDaysLater(plan.now(), 1 + plan.random().nextInt(4));
      plan.at(
          verified,
          "verify employer",
          () -> {
            employers.verify(plan.staff(Roles.CASEWORKER, district), employer.id());
            post(plan, district, employer, trade);
          });
    }
  }

  /** A posting now, and the employer's next one in a month or two. */
  private void post(DemoPlan plan, String district, Employer employer, Trade trade) {
    LinggongUser caseworker = plan.staff(Roles.CASEWORKER, district);
    LocalDate today = plan.today();
    Opening opening = plan.pick(trade.openings());
    PayUnit unit = plan.chance(80) ? PayUnit.DAY : PayUnit.HOUR;
    int pay =
        unit == PayUnit.DAY ? 130 + plan.random().nextInt(18) * 10 : 18 + plan.random().nextInt(12);
    jobs.post(
        caseworker,
        new JobBoard.Draft(
            employer.id(),
            opening.title(),
            opening.category(),
            plan.chance(75) ? SkillLevel.NONE : SkillLevel.JUNIOR,
            1 + plan.random().nextInt(6),
            null,
            employer.address(),
            today,
            today.plusDays(60 + plan.random().nextInt(90)),
            plan.pick(List.of("8:00-17:00", "7:30-16:30", "9:00-18:00", "6:00-14:00")),
            new BigDecimal(pay + ".00"),
            unit,
            plan.pick(List.of(Settlement.DAILY, Settlement.WEEKLY, Settlement.MONTHLY)),
            today.plusDays(plan.random().nextInt(7)),
            employer.contactName(),
            plan.people().mobile()));
    plan.at(
        plan.calendarDaysLater(plan.now(), 25 + plan.random().nextInt(40)),
        "posting",
        () -> post(plan, district, employer, trade));
  }

  private void worker(DemoPlan plan, String district) {
    DemoPeople people = plan.people();
    boolean female = plan.chance(50);
    LocalDate birth = people.birth(plan.today(), 20, 58);
    workers.register(
        plan.staff(Roles.CASEWORKER, district),
        new WorkerRegistry.Registration(
            people.name(female),
            people.idNumber(district, birth, female),
            people.mobile(),
            null,
            List.of(plan.pick(SKILLS)),
            plan.chance(70) ? SkillLevel.NONE : SkillLevel.JUNIOR,
            new BigDecimal((120 + plan.random().nextInt(15) * 10) + ".00")));
  }

  private String districtName(String id) {
    return districts.district(id).map(District::name).orElse("");
  }
}
