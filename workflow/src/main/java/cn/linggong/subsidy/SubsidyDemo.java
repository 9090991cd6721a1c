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
    // the recent applications run to the end of a month three weeks or more past; Y is its year
    LocalDate recent = plan.recentPeriodEnd();
    int year = recent.getYear();
    int endYear = LocalDate.ofInstant(plan.end(), plan.zone()).getYear();
    Instant earliest =
        plan.end().atZone(plan.zone()).minusMonths(DemoPlan.EARLIER_MONTHS).plusDays(1).toInstant();
    plan.atEarlier(earliest, "subsidy budgets", () -> budgets(plan, year - 1));
    plan.atEarlier(january(plan, year, 5), "subsidy budgets", () -> budgets(plan, year));
    if (endYear != year) {
      plan.atEarlier(january(plan, endYear, 5), "subsidy budgets", () -> budgets(plan, endYear));
    }
    Instant lately = plan.calendarDaysLater(plan.end().minus(java.time.Duration.ofDays(6)), 0);
    String third = "城东综合零工市场"; // registered by the directory's demo (MarketDemo.SUBSIDISED)
    // the market in its third year: year Y-2 paid, a repeated network claim refused, Y-1 paid,
    // this year's first months partly paid and the next ones at finance's check
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
    int months = recent.getMonthValue();
    int half = Math.max(1, months / 2);
    LocalDate halfEnd = LocalDate.of(year, half, 1).plusMonths(1).minusDays(1);
    plan.atEarlier(
        halfEnd.plusDays(3).atTime(10, 0).atZone(plan.zone()).toInstant(),
        "subsidy",
        () ->
            file(
                plan,
                d,
                third,
                LocalDate.of(year, 1, 1),
                halfEnd,
                Course.PART_PAID,
                monthly(SubsidyItem.RENT, "35000.00", half),
                monthly(SubsidyItem.OPERATING, "24000.00", half)));
    if (months > half) {
      plan.atEarlier(
          lately,
          "subsidy",
          () ->
              file(
                  plan,
                  d,
                  third,
                  halfEnd.plusDays(1),
                  recent,
                  Course.CALCULATION,
                  monthly(SubsidyItem.RENT, "35000.00", months - half),
                  monthly(SubsidyItem.OPERATING, "24000.00", months - half)));
    }
    // the evaluated logistics market: its first certified months, then this year's under notice
    String logistics = "物流装卸零工市场";
    plan.atEarlier(
        plan.end().atZone(plan.zone()).minusMonths(10).toInstant(),
        "subsidy",
        () -> fileFirstMonths(plan, d, logistics, 3, Course.PAID, "30000.00", "18000.00"));
    plan.atEarlier(
        lately,
        "subsidy",
        () -> fileSince(plan, d, logistics, year, recent, Course.NOTICE, "30000.00", "18000.00"));
    // the city-level market: rent since its certification and its matching award, at approval
    plan.atEarlier(
        plan.calendarDaysLater(plan.end().minus(java.time.Duration.ofDays(21)), 0),
        "subsidy",
        () -> fileSince(plan, d, "家政服务零工市场", year, recent, Course.APPROVAL, "20000.00", null));
    // the provincial market: the receipts do not add up, asked once
    plan.atEarlier(
        plan.calendarDaysLater(plan.end().minus(java.time.Duration.ofDays(9)), 0),
        "subsidy",
        () ->
            fileSince(
                plan,
                d,
                "零工市场",
                year,
                recent,
                Course.SUPPLEMENT,
                "37500.00",
                null,
                new Claim(SubsidyItem.MONITORING, "10000.00")));
  }

  /** A monthly amount times the months, as claimed. */
  private static Claim monthly(SubsidyItem item, String perMonth, int months) {
    return new Claim(
        item, new BigDecimal(perMonth).multiply(BigDecimal.valueOf(months)).toPlainString());
  }

  /** The full calendar months the market was certified from {@code notBefore} to {@code until}. */
  private LocalDate firstFullMonth(Market market, LocalDate notBefore) {
    LocalDate first = null;
    for (var p : markets.certificationPeriods(market.id())) {
      LocalDate start =
          p.from().getDayOfMonth() == 1 ? p.from() : p.from().plusMonths(1).withDayOfMonth(1);
      if (first == null || start.isBefore(first)) {
        first = start;
      }
    }
    return first == null || first.isBefore(notBefore) ? notBefore : first;
  }

  /** The market's first {@code count} certified months (within their year), filed after them. */
  private void fileFirstMonths(
      DemoPlan plan,
      String district,
      String nameEnd,
      int count,
      Course course,
      String rentPerMonth,
      String operatingPerMonth) {
    Market market = market(plan, district, nameEnd);
    if (market == null) {
      return;
    }
    LocalDate from = firstFullMonth(market, LocalDate.MIN);
    LocalDate to = from.plusMonths(count).minusDays(1);
    if (to.getYear() != from.getYear()) {
      to = LocalDate.of(from.getYear(), 12, 31);
    }
    int months = to.getMonthValue() - from.getMonthValue() + 1;
    LocalDate until = to;
    plan.at(
        until.plusDays(10).atTime(10, 0).atZone(plan.zone()).toInstant(),
        "subsidy",
        () ->
            file(
                plan,
                district,
                nameEnd,
                from,
                until,
                course,
                monthly(SubsidyItem.RENT, rentPerMonth, months),
                monthly(SubsidyItem.OPERATING, operatingPerMonth, months)));
  }

  /**
   * The market's certified months of {@code year} after what it applied for, up to {@code until}:
   * rent (and the operating subsidy) by the month, and any other claims.
   */
  private void fileSince(
      DemoPlan plan,
      String district,
      String nameEnd,
      int year,
      LocalDate until,
      Course course,
      String rentPerMonth,
      String operatingPerMonth,
      Claim... others) {
    Market market = market(plan, district, nameEnd);
    if (market == null) {
      return;
    }
    LocalDate from = firstFullMonth(market, LocalDate.of(year, 1, 1));
    for (SubsidyApplication a :
        reading.history(plan.staff(Roles.FINANCE, null), market.id()).applications()) {
      if (!a.periodTo().isBefore(from)) {
        from = a.periodTo().plusDays(1);
      }
    }
    if (course == Course.SUPPLEMENT && from.isBefore(until.minusMonths(4).plusDays(1))) {
      from = until.minusMonths(4).plusDays(1);
    }
    if (from.isAfter(until) || from.getYear() != until.getYear()) {
      return;
    }
    int months = until.getMonthValue() - from.getMonthValue() + 1;
    List<Claim> claims = new ArrayList<>();
    claims.add(monthly(SubsidyItem.RENT, rentPerMonth, months));
    if (operatingPerMonth != null) {
      claims.add(monthly(SubsidyItem.OPERATING, operatingPerMonth, months));
    }
    if (market.certification() == Market.Certification.CITY) {
      claims.add(new Claim(SubsidyItem.MATCHING_AWARD, "100000.00"));
    }
    claims.addAll(List.of(others));
    file(plan, district, nameEnd, from, until, course, claims.toArray(Claim[]::new));
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
              "contentDecision",
              "SUPPLEMENT",
              "missingItems",
              "1. 补贴期间最后一个季度的租金收据；2. 纳入省级监测的文件原件"));
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

  /**
   * Working days to the next step; the recent cases that must be seen waiting at their stage
   * (approval, notice, calculation, the request for material filed nine days ago) act at once,
   * whatever the other stories drew from the shared random before.
   */
  private static int act(DemoPlan plan, Course course) {
    return switch (course) {
      case APPROVAL, NOTICE, CALCULATION, SUPPLEMENT -> 1;
      case PAID, PART_PAID, REFUSED -> plan.workingDaysToAct();
    };
  }
}
