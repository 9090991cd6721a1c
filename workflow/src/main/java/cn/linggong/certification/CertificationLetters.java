package cn.linggong.certification;

import cn.linggong.casefile.Letters;
import cn.linggong.casefile.PdfLetter;
import cn.linggong.market.Market;
import cn.linggong.shared.i18n.Languages;
import cn.linggong.sla.TimeLimits;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The application's letters, issued by the city bureau in Chinese: the one-time notice of missing
 * material (补正材料一次性告知书), the certificate (认定证书) and the refusal notice (不予认定告知书).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CertificationLetters {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final Letters letters;
  private final TimeLimits timeLimits;
  private final MessageSource messages;
  private final Clock clock;

  private String level(String level) {
    return messages.getMessage("certification.level." + level, null, level, Languages.CHINESE);
  }

  /** How a letter names the application it answers: "你单位申报的…认定申请（申请编号 …）". */
  private String application(CertificationRow row, Market market) {
    return "你单位申报的"
        + market.name()
        + level(row.level)
        + "示范性零工市场认定申请（申请编号 "
        + row.applicationNo
        + "）";
  }

  byte[] supplementNotice(CertificationRow row, Market market, String missing) {
    try (PdfLetter pdf = letters.start(null, row.applicationNo + "-BZ")) {
      pdf.title("补正材料一次性告知书")
          .paragraph(market.operatorName() + "：")
          .indented(application(row, market) + "经审查，申报材料不齐全。现一次性告知需补正的全部材料如下：")
          .indented(missing)
          .indented(
              "请于"
                  + timeLimits.phrase("certification.supplement", Languages.CHINESE)
                  + "内通过所在区县人力资源和社会保障部门补齐上述材料，补齐之日起重新审查；逾期未补正的，视为放弃本次申请。")
          .closing(letters.bureauName(null), DATE.format(LocalDate.now(clock)));
      return pdf.toBytes();
    }
  }

  byte[] certificate(
      CertificationRow row, Market market, LocalDate since, LocalDate until, BigDecimal score) {
    try (PdfLetter pdf = letters.start(null, row.applicationNo + "-ZS")) {
      pdf.title("认定证书")
          .field("证书编号", row.applicationNo)
          .field("零工市场", market.name())
          .field("地址", market.address())
          .field("运营主体", market.operatorName())
          .field("认定等级", level(row.level) + "示范性零工市场")
          .field("评审得分", score == null ? "—" : score.toPlainString())
          .field("认定日期", DATE.format(since))
          .field("有效期至", DATE.format(until))
          .indented(
              "经申报、区县推荐、材料审查、实地核查和评审，"
                  + market.name()
                  + "符合"
                  + level(row.level)
                  + "示范性零工市场认定条件，特发此证。认定有效期内每年开展绩效评估，评估不合格或丧失公益属性的，予以退出。")
          .closing(letters.bureauName(null), DATE.format(LocalDate.now(clock)));
      return pdf.toBytes();
    }
  }

  byte[] withdrawal(CertificationRow row, Market market, String reason) {
    try (PdfLetter pdf = letters.start(null, row.applicationNo + "-TC")) {
      pdf.title("退出认定通知书")
          .paragraph(market.operatorName() + "：")
          .indented(
              "你单位运营的"
                  + market.name()
                  + "于"
                  + DATE.format(row.certifiedSince)
                  + "被认定为"
                  + level(row.level)
                  + "示范性零工市场（认定申请编号 "
                  + row.applicationNo
                  + "）。经评估审核，决定予以退出，理由如下：")
          .indented(reason)
          .indented("自本通知书发出之日起，不得再以示范性零工市场名义开展活动，相关扶持政策同时停止。")
          .closing(letters.bureauName(null), DATE.format(LocalDate.now(clock)));
      return pdf.toBytes();
    }
  }

  byte[] refusal(CertificationRow row, Market market, String reason) {
    try (PdfLetter pdf = letters.start(null, row.applicationNo + "-BY")) {
      pdf.title("不予认定告知书")
          .paragraph(market.operatorName() + "：")
          .indented(application(row, market) + "，经评审，决定不予认定。理由如下：")
          .indented(reason)
          .indented("整改完善后，可在下一批次重新申报。")
          .closing(letters.bureauName(null), DATE.format(LocalDate.now(clock)));
      return pdf.toBytes();
    }
  }
}
