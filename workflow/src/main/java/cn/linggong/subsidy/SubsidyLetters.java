package cn.linggong.subsidy;

import cn.linggong.casefile.Letters;
import cn.linggong.casefile.PdfLetter;
import cn.linggong.market.Market;
import cn.linggong.shared.i18n.Languages;
import cn.linggong.sla.TimeLimits;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The application's letters, issued in Chinese by the district bureau that pays: the one-time
 * notice of missing material (补正材料一次性告知书), the notice of approval (补贴核定通知书) with each item's
 * claimed and approved amount and the rules that decided it, and the refusal notice (不予核定补贴告知书).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SubsidyLetters {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final Letters letters;
  private final TimeLimits timeLimits;
  private final cn.linggong.engine.LimitExpressions limits;
  private final MessageSource messages;
  private final Clock clock;

  private String text(String key) {
    return messages.getMessage(key, null, key, Languages.CHINESE);
  }

  /** "你单位申报的…（申请编号 …，补贴期间 …至…）". */
  private String application(SubsidyRow row, Market market) {
    return "你单位为"
        + market.name()
        + "申报的零工市场补贴（申请编号 "
        + row.applicationNo
        + "，补贴期间 "
        + DATE.format(row.periodFrom)
        + "至"
        + DATE.format(row.periodTo)
        + "）";
  }

  byte[] supplementNotice(SubsidyRow row, Market market, String missing) {
    try (PdfLetter pdf = letters.start(row.districtId, row.applicationNo + "-BZ")) {
      pdf.title("补正材料一次性告知书")
          .paragraph(market.operatorName() + "：")
          .indented(application(row, market) + "经审核，申报材料不齐全或与申报金额不符。现一次性告知需补正的全部材料如下：")
          .indented(missing)
          .indented(
              "请于"
                  + timeLimits.phrase("subsidy.supplement", Languages.CHINESE)
                  + "内（"
                  + DATE.format(
                      LocalDate.ofInstant(
                          limits.due("subsidy.supplement").toInstant(), clock.getZone()))
                  + "前）补齐上述材料，补齐后继续审核；逾期未补正的，视为放弃本次申请。")
          .closing(letters.bureauName(row.districtId), DATE.format(LocalDate.now(clock)));
      return pdf.toBytes();
    }
  }

  byte[] approval(
      SubsidyRow row,
      Market market,
      List<SubsidyApplication.Item> items,
      BigDecimal total,
      String reason) {
    List<List<String>> rows = new ArrayList<>();
    for (SubsidyApplication.Item i : items) {
      rows.add(
          List.of(
              text("subsidy.item." + i.item().name()),
              yuan(i.claimed()),
              yuan(i.approved() == null ? BigDecimal.ZERO : i.approved()),
              basis(i)));
    }
    rows.add(List.of("合计", "", yuan(total), ""));
    try (PdfLetter pdf = letters.start(row.districtId, row.applicationNo + "-HD")) {
      pdf.title("补贴核定通知书")
          .paragraph(market.operatorName() + "：")
          .indented(
              application(row, market) + "，经材料审核、计算复核、公示和审批，核定补贴金额人民币" + yuan(total) + "元，明细如下：")
          .table(
              List.of("补贴项目", "申报金额（元）", "核定金额（元）", "核定依据"),
              rows,
              new float[] {0.2f, 0.18f, 0.18f, 0.44f})
          .space(6)
          .indented(
              "补贴资金从就业补助资金中列支，拨付至你单位账户 "
                  + row.account
                  + "。上述补贴与上级政策重复的，已按就高不重复原则核定。"
                  + (reason == null || reason.isBlank() ? "" : "审批意见：" + reason.strip()))
          .closing(letters.bureauName(row.districtId), DATE.format(LocalDate.now(clock)));
      return pdf.toBytes();
    }
  }

  byte[] refusal(SubsidyRow row, Market market, String reason) {
    try (PdfLetter pdf = letters.start(row.districtId, row.applicationNo + "-BY")) {
      pdf.title("不予核定补贴告知书")
          .paragraph(market.operatorName() + "：")
          .indented(application(row, market) + "，经审核，决定不予核定。理由如下：")
          .indented(reason)
          .indented("如对本决定有异议，可自收到本告知书之日起依法申请行政复议或者提起行政诉讼。")
          .closing(letters.bureauName(row.districtId), DATE.format(LocalDate.now(clock)));
      return pdf.toBytes();
    }
  }

  /** The rules that decided an item, the rate where one applied ("…（比例 75%）"), a correction. */
  private String basis(SubsidyApplication.Item i) {
    String rules =
        i.rules().stream()
            .map(r -> text("subsidy.rule." + r.name()))
            .collect(Collectors.joining("；"));
    String rate =
        i.rate() == null
            ? ""
            : "（比例 " + i.rate().movePointRight(2).stripTrailingZeros().toPlainString() + "%）";
    String correction = i.correctionReason() == null ? "" : "；复核更正：" + i.correctionReason();
    return rules + rate + correction;
  }

  /** An amount in yuan with two decimals and thousands separators: 12,345.60. */
  static String yuan(BigDecimal amount) {
    return String.format("%,.2f", amount);
  }
}
