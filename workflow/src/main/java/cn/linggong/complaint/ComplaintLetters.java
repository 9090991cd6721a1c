package cn.linggong.complaint;

import cn.linggong.casefile.Letters;
import cn.linggong.casefile.PdfLetter;
import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.i18n.Languages;
import cn.linggong.sla.TimeLimits;
import cn.linggong.worker.WorkerRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The complaint's letters, in Chinese with ID numbers and phones masked (the mediation agreement
 * carries the parties' full ID numbers): the refusal notice (不予受理告知书), the one-time notice of
 * missing material (补正材料一次性告知书), the mediation agreement (调解协议书, with the contents 人民调解法 art. 29
 * requires) and the referral letters.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ComplaintLetters {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final Letters letters;
  private final EmployerRegistry employers;
  private final WorkerRegistry workers;
  private final MessageSource messages;
  private final Clock clock;
  private final TimeLimits timeLimits;

  /** Where a referral goes, in words (for the letter's file name): 劳动保障监察, 法律援助, … */
  String referralName(String kind) {
    return label("complaint.referral." + kind);
  }

  /** A limit's length as the letter says it, from the time-limit table ("5个工作日"). */
  private String limit(String key) {
    return timeLimits.phrase(key, Languages.CHINESE);
  }

  private String label(String key) {
    return messages.getMessage(key, null, key, Languages.CHINESE);
  }

  private static String names(List<Complainant> people) {
    return String.join("、", people.stream().map(Complainant::name).toList());
  }

  private static String yuan(BigDecimal amount) {
    return amount == null ? "—" : amount.setScale(2).toPlainString() + " 元";
  }

  byte[] refusal(ComplaintRow c, List<Complainant> people, String reason, String note, Instant at) {
    try (PdfLetter pdf = letters.start(c.districtId, c.complaintNo + "-BSL")) {
      pdf.title("不予受理告知书")
          .paragraph(names(people) + "：")
          .indented(
              "你（们）于"
                  + DATE.format(c.receivedAt.atZone(clock.getZone()))
                  + "反映"
                  + c.employerName
                  + "拖欠工资一事（投诉编号 "
                  + c.complaintNo
                  + "），经审查，"
                  + label("complaint.refusal." + reason)
                  + "，根据《关于实施〈劳动保障监察条例〉若干规定》第十八条，决定不予受理。")
          .indented(note == null || note.isBlank() ? "" : "说明：" + note)
          .indented("如对本决定不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。")
          .closing(
              letters.bureauName(c.districtId),
              DATE.format(LocalDate.ofInstant(at, clock.getZone())));
      return pdf.toBytes();
    }
  }

  byte[] supplement(
      ComplaintRow c, List<Complainant> people, String items, LocalDate byDay, Instant at) {
    try (PdfLetter pdf = letters.start(c.districtId, c.complaintNo + "-BZ")) {
      pdf.title("补正材料一次性告知书")
          .paragraph(names(people) + "：")
          .indented(
              "你（们）反映"
                  + c.employerName
                  + "拖欠工资一事（投诉编号 "
                  + c.complaintNo
                  + "），材料尚不齐全。现一次性告知需补正的全部材料如下：")
          .paragraph(items)
          .indented(
              "请于"
                  + DATE.format(byDay)
                  + "前补齐。材料补齐之日起重新计算"
                  + limit(ComplaintRecords.ACCEPTANCE)
                  + "受理审查期限；逾期未补正的，视为撤回投诉。")
          .closing(
              letters.bureauName(c.districtId),
              DATE.format(LocalDate.ofInstant(at, clock.getZone())));
      return pdf.toBytes();
    }
  }

  /**
   * The 调解协议书 with each party's full ID number (it may go to a court for 司法确认 or a 支付令; the use is
   * audited on each person), one signature line per complainant, the mediator's and the seal's
   * lines.
   */
  byte[] agreement(
      LinggongUser user,
      ComplaintRow c,
      List<Complainant> people,
      Map<Long, BigDecimal> agreed,
      List<Instalment> schedule,
      String mediatorName,
      Instant at) {
    Employer employer = employers.byId(c.employerId).orElseThrow();
    String use = "调解协议书 " + c.complaintNo;
    Map<Long, String> ids = new java.util.HashMap<>();
    for (Complainant p : people) {
      ids.put(p.workerId(), workers.numbersForLetter(user, p.workerId(), use).idNumber());
    }
    String employerId =
        employer.creditCode() != null
            ? "统一社会信用代码 " + employer.creditCode()
            : "身份证号 " + employers.idNumberForLetter(user, employer.id(), use);
    BigDecimal total = agreed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    try (PdfLetter pdf = letters.start(c.districtId, c.complaintNo + "-TJ")) {
      pdf.title("调解协议书").heading("一、当事人");
      for (Complainant p : people) {
        pdf.field("申请人", p.name() + "，身份证号 " + ids.get(p.workerId()) + "，联系电话 " + p.mobileMasked());
      }
      pdf.field(
              "被申请人",
              employer.name()
                  + "，"
                  + employerId
                  + "，地址 "
                  + employer.address()
                  + "，联系人 "
                  + employer.contactName()
                  + "（"
                  + employer.contactPhoneMasked()
                  + "）")
          .heading("二、主要事实和争议事项")
          .indented(
              "申请人于"
                  + c.workStart
                  + "至"
                  + c.workEnd
                  + "在被申请人“"
                  + c.project
                  + "”务工，工资约定方式为"
                  + label("complaint.payAgreement." + c.payAgreement)
                  + "。申请人主张被申请人拖欠工资合计 "
                  + yuan(c.amountOwed)
                  + "，于"
                  + DATE.format(c.receivedAt.atZone(clock.getZone()))
                  + "投诉（编号 "
                  + c.complaintNo
                  + "）。")
          .heading("三、经调解，双方自愿达成如下协议");
      List<List<String>> rows = new ArrayList<>();
      for (Complainant p : people) {
        rows.add(
            List.of(
                p.name(),
                ids.get(p.workerId()),
                yuan(p.amountOwed()),
                yuan(agreed.get(p.workerId()))));
      }
      rows.add(List.of("合计", "", yuan(c.amountOwed), yuan(total)));
      pdf.paragraph("1. 被申请人向各申请人支付工资如下：")
          .table(
              List.of("申请人", "身份证号", "主张金额", "协议支付金额"),
              rows,
              new float[] {0.2f, 0.34f, 0.23f, 0.23f})
          .space(6)
          .paragraph("2. 履行方式和期限：被申请人以银行转账方式直接支付至申请人本人账户，按下列期限履行：");
      List<List<String>> plan = new ArrayList<>();
      for (Instalment i : schedule) {
        plan.add(List.of("第 " + i.seq() + " 期", DATE.format(i.dueDate()) + "前", yuan(i.amount())));
      }
      pdf.table(List.of("期次", "支付期限", "支付金额"), plan, new float[] {0.2f, 0.45f, 0.35f})
          .space(6)
          .paragraph("3. 被申请人按期足额履行后，申请人不再就本协议所涉工资向被申请人主张权利。")
          .paragraph("4. 被申请人未按期履行的，申请人可依据本协议向人民法院申请支付令（《劳动争议调解仲裁法》第十六条），本机构将移送劳动保障监察机构依法处理。")
          .paragraph("5. 双方可自本协议生效之日起三十日内共同向人民法院申请司法确认（《人民调解法》第三十三条）。")
          .paragraph(
              "6. 本协议自双方当事人签名或盖章、调解员签名并加盖调解组织印章之日起生效。本协议一式 "
                  + (people.size() + 2)
                  + " 份，双方当事人各执一份，调解组织留存一份。")
          .space(18)
          .keepTogether(people.size() * 2 + 2);
      for (Complainant p : people) {
        pdf.paragraph("申请人 " + p.name() + "（签名）：____________　　日期：____________").space(8);
      }
      pdf.paragraph("被申请人 " + employer.name() + "（签名或盖章）：____________　　日期：____________")
          .space(8)
          .keepTogether(6)
          .paragraph("调解员 " + mediatorName + "（签名）：____________　　日期：____________")
          .space(8)
          .paragraph("调解组织（盖章）：")
          .closing(
              letters.bureauName(c.districtId) + "劳动争议调解组织",
              DATE.format(LocalDate.ofInstant(at, clock.getZone())));
      return pdf.toBytes();
    }
  }

  byte[] referral(
      ComplaintRow c,
      List<Complainant> people,
      String kind,
      String receivingBody,
      LocalDate on,
      Instant at) {
    String title =
        switch (kind) {
          case "INSPECTION" -> "劳动保障监察案件移送函";
          case "ARBITRATION" -> "劳动人事争议仲裁告知书";
          case "LEGAL_AID" -> "法律援助转介函";
          default -> "涉嫌拒不支付劳动报酬案件移送函";
        };
    BigDecimal recovered = c.amountRecovered == null ? BigDecimal.ZERO : c.amountRecovered;
    try (PdfLetter pdf = letters.start(c.districtId, c.complaintNo + "-ZB-" + kind)) {
      pdf.title(title).paragraph(receivingBody + "：");
      String facts =
          names(people)
              + "等 "
              + people.size()
              + " 人反映"
              + c.employerName
              + "在“"
              + c.project
              + "”（"
              + c.workStart
              + "至"
              + c.workEnd
              + "）拖欠工资合计 "
              + yuan(c.amountOwed)
              + "（投诉编号 "
              + c.complaintNo
              + "），已追回 "
              + yuan(recovered)
              + "。";
      switch (kind) {
        case "INSPECTION" ->
            pdf.indented(
                facts
                    + "经调解未能解决，现移送你机构依法立案查处（《劳动保障监察条例》第十七条：自立案之日起"
                    + limit(ComplaintRecords.INVESTIGATION)
                    + "内办结，情况复杂的经批准可延长"
                    + limit(ComplaintRecords.EXTENSION)
                    + "）。");
        case "ARBITRATION" ->
            pdf.indented(facts + "经调解未达成协议。申请人可以向" + receivingBody + "申请劳动争议仲裁。")
                .indented(
                    "请注意：劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算；劳动关系存续期间因拖欠劳动报酬发生争议的，不受该时效限制，但劳动关系终止的，应当自劳动关系终止之日起一年内提出（《劳动争议调解仲裁法》第二十七条）。");
        case "LEGAL_AID" -> pdf.indented(facts + "申请人需要法律帮助，现转介你中心依法提供法律援助。");
        default ->
            pdf.indented(facts + "用人单位经责令支付仍拒不支付，涉嫌拒不支付劳动报酬罪，根据《保障农民工工资支付条例》第四十一条，现移送你局依法处理。");
      }
      pdf.field("申请人", names(people))
          .field("移送日期", DATE.format(on))
          .closing(
              letters.bureauName(c.districtId),
              DATE.format(LocalDate.ofInstant(at, clock.getZone())));
      return pdf.toBytes();
    }
  }
}
