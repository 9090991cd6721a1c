package cn.linggong.subsidy;

import cn.linggong.casefile.Letters;
import cn.linggong.casefile.PdfLetter;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo city's subsidies, played through the same services and steps a person uses: budgets for
 * every district; in the first district with caseworkers a market in its third year of subsidy (two
 * years paid, the first half of this year partly paid, the second half at finance's check, an
 * earlier claim for the network refused as the one-off was used), the evaluated logistics market
 * paid for its first months and now under public notice, the city-level market with its matching
 * award waiting for approval, the provincial one asked for missing receipts.
 */
@Component
@RequiredArgsConstructor
class SubsidyDemo implements DemoStory {

  private final SubsidyFilings filings;
  private final SubsidyBudgets budgets;
  private final SubsidyReading reading;
  private final MarketDirectory markets;
  private final Districts districts;
  private final DemoSteps steps;
  private final Letters letters;

  /** How far an application gets. */
  private enum Course {
    PAID,
    PART_PAID,
    APPROVAL,
    NOTICE,
    CALCULATION,
    SUPPLEMENT,
    REFUSED
  }

  /** An application's claims and evidence. */
  private record Claim(SubsidyItem item, String amount) {}

  @Override
  public int order() {
    return 3;
  }

  @Override
  public int sharePercent() {
    return 0;
  }

  @Override
  public void begin(DemoPlan plan, int cases) {
    List<String> served = plan.districtsWith(Roles.CASEWORKER);
    if (served.isEmpty()
        || plan.staff(Roles.FINANCE, null) == null
        || plan.staff(Roles.REVIEWER, null) == null
        || plan.staff(Roles.SUPERVISOR, served.get(0)) == null) {
      return;
    }
    String d = served.get(0);
    int year = LocalDate.ofInstant(plan.end(), plan.zone()).getYear();
    Instant earliest =
        plan.end().atZone(plan.zone()).minusMonths(DemoPlan.EARLIER_MONTHS).plusDays(1).toInstant();
    plan.atEarlier(earliest, "subsidy budgets", () -> budgets(plan, year - 1));
    plan.atEarlier(january(plan, year, 5), "subsidy budgets", () -> budgets(plan, year));
    String third = "城东综合零工市场"; // registered by the directory's demo (MarketDemo.SUBSIDISED)
    // the market in its third year: its first year filed early last year, the second this January
    plan.atEarlier(
        january(plan, year - 1, 8),
        "subsidy",
        () ->
            file(
                plan,
                d,
                third,
                LocalDate.of(year - 2, 1, 1),
                LocalDate.of(year - 2, 12, 31),
                Course.PAID,
                new Claim(SubsidyItem.RENT, "400000.00"),
                new Claim(SubsidyItem.OPERATING, "288000.00"),
                new Claim(SubsidyItem.NETWORK, "180000.00")));
    plan.atEarlier(
        january(plan, year - 1, 8).atZone(plan.zone()).plusMonths(6).toInstant(),
        "subsidy",
        () ->
            file(
                plan,
                d,
                third,
                LocalDate.of(year - 1, 1, 1),
                LocalDate.of(year - 1, 5, 31),
                Course.REFUSED,
                new Claim(SubsidyItem.NETWORK, "60000.00")));
    plan.atEarlier(
        january(plan, year, 8),
        "subsidy",
        () ->
            file(
                plan,
                d,
                third,
                LocalDate.of(year - 1, 1, 1),
                LocalDate.of(year - 1, 12, 31),
                Course.PAID,
                new Claim(SubsidyItem.RENT, "420000.00"),
                new Claim(SubsidyItem.OPERATING, "288000.00")));
    plan.at(
        plan.start(),
        "subsidy",
        () ->
            file(
                plan,
                d,
                third,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 6, 30),
                Course.PART_PAID,
                new Claim(SubsidyItem.RENT, "210000.00"),
                new Claim(SubsidyItem.OPERATING, "144000.00")));
    plan.at(
        plan.calendarDaysLater(plan.end().minus(java.time.Duration.ofDays(6)), 0),
        "subsidy",
        () ->
            file(
                plan,
                d,
                third,
                LocalDate.of(year, 7, 1),
                LocalDate.of(year, 11, 30),
                Course.CALCULATION,
                new Claim(SubsidyItem.RENT, "175000.00"),
                new Claim(SubsidyItem.OPERATING, "120000.00")));
    // the evaluated logistics market: its first three certified months, then this year's
    String logistics = "物流装卸零工市场";
    plan.atEarlier(
        january(plan, year, 12),
        "subsidy",
        () ->
            file(
                plan,
                d,
                logistics,
                LocalDate.of(year - 1, 10, 1),
                LocalDate.of(year - 1, 12, 31),
                Course.PAID,
                new Claim(SubsidyItem.RENT, "90000.00"),
                new Claim(SubsidyItem.OPERATING, "54000.00")));
    plan.at(
        plan.calendarDaysLater(plan.end().minus(java.time.Duration.ofDays(6)), 0),
        "subsidy",
        () ->
            file(
                plan,
                d,
                logistics,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 11, 30),
                Course.NOTICE,
                new Claim(SubsidyItem.RENT, "330000.00"),
                new Claim(SubsidyItem.OPERATING, "198000.00")));
    // the city-level market: its matching award and rent since its certification
    plan.at(
        plan.calendarDaysLater(plan.end().minus(java.time.Duration.ofDays(21)), 0),
        "subsidy",
        () ->
            file(
                plan,
                d,
                "家政服务零工市场",
                LocalDate.of(year, 9, 1),
                LocalDate.of(year, 10, 31),
                Course.APPROVAL,
                new Claim(SubsidyItem.RENT, "40000.00"),
                new Claim(SubsidyItem.MATCHING_AWARD, "100000.00")));
    // the provincial market: the receipts do not add up, asked once
    plan.at(
        plan.calendarDaysLater(plan.end().minus(java.time.Duration.ofDays(9)), 0),
        "subsidy",
        () ->
            file(
                plan,
                d,
                "零工市场",
                LocalDate.of(year, 7, 1),
                LocalDate.of(year, 10, 31),
                Course.SUPPLEMENT,
                new Claim(SubsidyItem.RENT, "150000.00"),
                new Claim(SubsidyItem.MONITORING, "10000.00")));
  }

  private static Instant january(DemoPlan plan, int year, int day) {
    return LocalDate.of(year, 1, day).atTime(9, 30).atZone(plan.zone()).toInstant();
  }

  /** Every district's budget of the year, the served ones larger. */
  private void budgets(DemoPlan plan, int year) {
    LinggongUser finance = plan.staff(Roles.FINANCE, null);
    List<String> served = plan.districtsWith(Roles.CASEWORKER);
    for (District d : districts.districts()) {
      budgets.set(
          finance,
          d.id(),
          year,
          new SubsidyBudgets.Change(
              new BigDecimal(served.contains(d.id()) ? "3000000.00" : "800000.00"),
              "汴财社〔" + year + "〕" + (3 + districts.districts().indexOf(d)) + "号"));
    }
  }

  private Market market(DemoPlan plan, String district, String nameEnd) {
    LinggongUser caseworker = plan.staff(Roles.CASEWORKER, district);
    String districtName = districts.district(district).map(District::name).orElse(district);
    return markets
        .search(caseworker, new MarketFilter(district, null, null, null, null, districtName), 0, 50)
        .stream()
        .filter(m -> m.name().equals(districtName + nameEnd))
        .findFirst()
        .orElse(null);
  }

  private void file(
      DemoPlan plan,
      String district,
      String nameEnd,
      LocalDate from,
      LocalDate to,
      Course course,
      Claim... claims) {
    Market market = market(plan, district, nameEnd);
    if (market == null || markets.certificationPeriods(market.id()).isEmpty()) {
      return;
    }
    LinggongUser caseworker = plan.staff(Roles.CASEWORKER, district);
    List<SubsidyQuotes.Claim> items = new ArrayList<>();
    for (Claim c : claims) {
      items.add(new SubsidyQuotes.Claim(c.item(), new BigDecimal(c.amount())));
    }
    List<HigherGrants.Grant> grants =
        java.util.Arrays.stream(claims).anyMatch(c -> c.item() == SubsidyItem.MATCHING_AWARD)
            ? List.of(
                new HigherGrants.Grant(
                    market.id(),
                    SubsidyItem.MATCHING_AWARD,
                    from.getYear(),
                    new BigDecimal("100000.00"),
                    "开封市人力资源和社会保障局",
                    "汴人社〔" + from.getYear() + "〕18号"))
            : List.of();
    String no;
    try {
      no =
          filings
              .file(
                  caseworker,
                  new SubsidyFilings.Filing(
                      market.id(),
                      from,
                      to,
                      SubsidyApplication.SubmittedBy.OPERATOR,
                      market.contactName(),
                      "中国建设银行开封分行 4100 1500 " + String.format("%04d", market.id()) + " 0521 6688",
                      "申请" + from.getYear() + "年度零工市场补贴",
                      items,
                      grants))
              .applicationNo();
    } catch (cn.linggong.shared.validation.InvalidInputException notForThisCity) {
      return; // a smaller city: the market's certification does not cover the period
    }
    evidence(plan, caseworker, no, market, from, to, claims, course);
    Instant next = plan.workingDaysLater(plan.now(), act(plan, course));
    plan.at(next, "subsidy content review", () -> content(plan, no, course));
  }

  private void evidence(
      DemoPlan plan,
      LinggongUser caseworker,
      String no,
      Market market,
      LocalDate from,
      LocalDate to,
      Claim[] claims,
      Course course) {
    int receipt = 1;
    for (Claim c : claims) {
      BigDecimal amount = new BigDecimal(c.amount());
      switch (c.item()) {
        case RENT -> {
          attach(caseworker, no, SubsidyApplication.EvidenceKind.LEASE, null, null, null, market);
          // quarterly receipts; the provincial market's last quarter is missing
          List<LocalDate> quarters = new ArrayList<>();
          for (LocalDate q = from; !q.isAfter(to); q = q.plusMonths(3)) {
            quarters.add(q.plusDays(4));
          }
          int paid = course == Course.SUPPLEMENT ? quarters.size() - 1 : quarters.size();
          BigDecimal each =
              amount.divide(BigDecimal.valueOf(quarters.size()), 2, java.math.RoundingMode.DOWN);
          for (int i = 0; i < paid; i++) {
            BigDecimal part =
                i == quarters.size() - 1
                    ? amount.subtract(each.multiply(BigDecimal.valueOf(i)))
                    : each;
            attach(
                caseworker,
                no,
                SubsidyApplication.EvidenceKind.RENT_RECEIPT,
                part,
                quarters.get(i),
                "ZJ" + from.getYear() + "-" + no.substring(no.length() - 4) + "-" + receipt++,
                market);
          }
        }
        case OPERATING ->
            attach(
                caseworker,
                no,
                SubsidyApplication.EvidenceKind.FLOOR_PLAN,
                null,
                null,
                null,
                market);
        case NETWORK ->
            attach(
                caseworker,
                no,
                SubsidyApplication.EvidenceKind.NETWORK_INVOICE,
                amount,
                from.plusMonths(4).plusDays(19),
                "FP" + from.getYear() + "-" + no.substring(no.length() - 4),
                market);
        case MONITORING ->
            attach(
                caseworker,
                no,
                SubsidyApplication.EvidenceKind.MONITORING_DOCUMENT,
                null,
                null,
                null,
                market);
        case MATCHING_AWARD ->
            attach(
                caseworker,
                no,
                SubsidyApplication.EvidenceKind.HIGHER_GRANT_DOCUMENT,
                null,
                null,
                null,
                market);
      }
    }
  }

  private void attach(
      LinggongUser caseworker,
      String no,
      SubsidyApplication.EvidenceKind kind,
      BigDecimal amount,
      LocalDate dated,
      String reference,
      Market market) {
    byte[] scan;
    try (PdfLetter pdf = letters.start(market.districtId(), no + "-" + kind.ordinal())) {
      pdf.title(scanTitle(kind)).field("单位", market.operatorName()).field("场所", market.name());
      if (amount != null) {
        pdf.field("金额", SubsidyLetters.yuan(amount) + " 元")
            .field("日期", dated.toString())
            .field("票据号", reference);
      }
      scan = pdf.toBytes();
    }
    filings.attach(
        caseworker,
        no,
        new SubsidyFilings.EvidenceFiling(kind, amount, dated, reference),
        scanTitle(kind) + (reference == null ? "" : "-" + reference) + ".pdf",
        "application/pdf",
        scan);
  }

  private static String scanTitle(SubsidyApplication.EvidenceKind kind) {
    return switch (kind) {
      case LEASE -> "场地租赁合同";
      case RENT_RECEIPT -> "租金收据";
      case FLOOR_PLAN -> "场地面积测绘报告";
      case NETWORK_INVOICE -> "信息网络建设发票";
      case HIGHER_GRANT_DOCUMENT -> "上级补贴文件";
      case MONITORING_DOCUMENT -> "纳入省级监测证明";
      case OTHER -> "其他材料";
    };
  }

  private void content(DemoPlan plan, String no, Course course) {
    LinggongUser reviewer = plan.staff(Roles.REVIEWER, null);
    if (course == Course.SUPPLEMENT) {
      steps.complete(
          reviewer,
          no,
          SubsidyProcess.USER_TASK_CONTENT_REVIEW,
          DemoSteps.values(
              "contentDecision", "SUPPLEMENT", "missingItems", "1. 10月份租金收据；2. 纳入省级监测的文件原件"));
      return;
    }
    if (course == Course.REFUSED) {
      steps.complete(
          reviewer,
          no,
          SubsidyProcess.USER_TASK_CONTENT_REVIEW,
          DemoSteps.values(
              "contentDecision", "REFUSE", "opinion", "信息网络建设补贴为一次性补贴，该市场已于上一年度核定，不再重复补贴"));
      return;
    }
    steps.complete(
        reviewer,
        no,
        SubsidyProcess.USER_TASK_CONTENT_REVIEW,
        DemoSteps.values("contentDecision", "PASS", "opinion", "租赁合同、租金收据与申报金额一致，日期均在补贴期间内"));
    if (course == Course.CALCULATION) {
      return;
    }
    plan.at(
        plan.workingDaysLater(plan.now(), act(plan, course)),
        "subsidy calculation review",
        () -> {
          steps.complete(
              plan.staff(Roles.FINANCE, null),
              no,
              SubsidyProcess.USER_TASK_CALCULATION_REVIEW,
              DemoSteps.values(
                  "calculationDecision",
                  "PASS",
                  "corrections",
                  "",
                  "opinion",
                  "按认定面积、认定月数和评估等级复核无误"));
          if (course == Course.NOTICE) {
            return;
          }
          // the notice runs subsidy.public-notice; the supervisor approves in the days after
          plan.at(
              plan.workingDaysLater(plan.now(), 6 + act(plan, course)),
              "subsidy approval",
              () -> approve(plan, no, course));
        });
  }

  private void approve(DemoPlan plan, String no, Course course) {
    if (course == Course.APPROVAL) {
      return;
    }
    String district = plan.districtsWith(Roles.CASEWORKER).get(0);
    boolean approved =
        steps.complete(
            plan.staff(Roles.SUPERVISOR, district),
            no,
            SubsidyProcess.USER_TASK_APPROVE,
            DemoSteps.values("approvalDecision", "APPROVE", "reason", "经公示无异议，同意按复核金额核定"));
    if (!approved) {
      return;
    }
    plan.at(
        plan.workingDaysLater(plan.now(), act(plan, course)),
        "subsidy disbursement",
        () -> disburse(plan, no, course, 1));
  }

  private void disburse(DemoPlan plan, String no, Course course, int payment) {
    LinggongUser finance = plan.staff(Roles.FINANCE, null);
    if (!steps.waitsAt(no, SubsidyProcess.USER_TASK_DISBURSE)) {
      return;
    }
    BigDecimal left = reading.view(finance, no).left();
    BigDecimal amount =
        payment == 1 && course == Course.PART_PAID
            ? left.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN)
            : left;
    steps.complete(
        finance,
        no,
        SubsidyProcess.USER_TASK_DISBURSE,
        DemoSteps.values(
            "voucherNo",
            "JZ" + plan.today().getYear() + "-" + no.substring(no.length() - 6) + "-" + payment,
            "paidOn",
            plan.today().toString(),
            "amount",
            amount,
            "account",
            ""));
  }

  /** Working days to the next step: the recent applications move day by day. */
  private static int act(DemoPlan plan, Course course) {
    return course == Course.NOTICE || course == Course.CALCULATION ? 1 : plan.workingDaysToAct();
  }
}
