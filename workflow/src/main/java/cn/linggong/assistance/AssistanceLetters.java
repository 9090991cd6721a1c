package cn.linggong.assistance;

import cn.linggong.casefile.Letters;
import cn.linggong.casefile.PdfLetter;
import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.employer.JobBoard;
import cn.linggong.employer.JobCategories;
import cn.linggong.employer.JobPosting;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.i18n.Languages;
import cn.linggong.worker.Worker;
import cn.linggong.worker.WorkerRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The assistance letters: the referral letter (岗位推荐函) an employer receives with the worker, and the
 * assistance record (援助服务记录表) made at close-out with every step. Official documents are in Chinese;
 * ID numbers and phones appear masked, except the phones the referral letter's reader needs.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AssistanceLetters {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Locale ZH = Languages.CHINESE;

  private final Letters letters;
  private final WorkerRegistry workers;
  private final JobBoard jobs;
  private final EmployerRegistry employers;
  private final JobCategories categories;
  private final DirectoryService directory;
  private final MessageSource messages;
  private final Clock clock;

  /**
   * The 岗位推荐函 the worker takes to the employer: the posting, the employer's address and the
   * contact's full phone, the worker's full phone (masked ID number), and a 回执 slip for the
   * employer to return with the result. The full numbers are an audited use.
   */
  byte[] referralLetter(
      LinggongUser user,
      String caseNo,
      String districtId,
      int seq,
      Worker worker,
      long jobId,
      java.time.Instant at) {
    JobPosting job = jobs.byId(jobId).orElseThrow();
    Employer employer = employers.byId(job.employerId()).orElseThrow();
    String bureau = letters.bureauName(districtId);
    String letterNo = caseNo + "-R" + seq;
    String use = "岗位推荐函 " + letterNo;
    String workerMobile = workers.numbersForLetter(user, worker.id(), use).mobile();
    String contactPhone = jobs.contactPhoneForLetter(user, jobId, use);
    LocalDate today = LocalDate.ofInstant(at, clock.getZone());
    try (PdfLetter pdf = letters.start(districtId, letterNo)) {
      pdf.title("岗位推荐函")
          .paragraph(employer.name() + "：")
          .indented(
              "兹推荐我局登记的零工人员"
                  + worker.name()
                  + "（身份证号 "
                  + worker.idNumberMasked()
                  + "）前往贵单位应聘“"
                  + job.title()
                  + "”岗位（"
                  + categories.label(job.categoryCode(), ZH)
                  + "）。该同志为我局帮扶对象（帮扶案件编号 "
                  + caseNo
                  + "，第 "
                  + seq
                  + " 次岗位推荐），请予优先面试，并将录用结果填写下方回执告知我局。")
          .space(6)
          .field("岗位名称", job.title())
          .field("工作地点", job.workPlace())
          .field("工作时间", job.workHours())
          .field(
              "工作期间",
              job.periodStart() + (job.periodEnd() == null ? " 起" : " 至 " + job.periodEnd()))
          .field(
              "薪酬",
              job.payAmount().toPlainString()
                  + " 元/"
                  + label("employer.payUnit." + job.payUnit())
                  + "，"
                  + label("employer.settlement." + job.settlement()))
          .field("到岗日期", hiringDate(job.hiringDate(), today))
          .field("用工单位地址", employer.address())
          .field("用工联系人", job.contactName() + "，联系电话 " + contactPhone)
          .field("求职人", worker.name() + "，联系电话 " + workerMobile)
          .field("推荐经办人", userName(user.userId()))
          .closing(bureau, DATE.format(today))
          .keepTogether(14)
          .cutLine("沿此线剪下，由用工单位填写后交回")
          .title("回执")
          .paragraph(bureau + "：")
          .indented(
              "你局推荐的零工人员"
                  + worker.name()
                  + "（推荐函编号 "
                  + letterNo
                  + "）已到我单位应聘“"
                  + job.title()
                  + "”岗位，结果如下：")
          .paragraph("□ 录用，到岗日期：　　　　年　　月　　日")
          .paragraph("□ 未录用，原因：")
          .space(18)
          .closing("用工单位（盖章）：" + "　".repeat(10), "经办人（签名）：" + "　".repeat(10), "　　　　年　　月　　日");
      return pdf.toBytes();
    }
  }

  /**
   * The posting's hiring date, or, where it has passed since the posting was made, that the date is
   * agreed with the employer (a letter never sends someone to start on a day gone by).
   */
  private static String hiringDate(LocalDate hiring, LocalDate today) {
    if (hiring == null) {
      return "与用工单位商定";
    }
    if (hiring.isBefore(today)) {
      return "与用工单位商定（岗位原定 " + DATE.format(hiring) + "，已过）";
    }
    return DATE.format(hiring);
  }

  byte[] assistanceRecord(
      AssistanceCase c,
      Worker worker,
      List<AssistanceStep> steps,
      String outcome,
      java.time.Instant at) {
    ZoneId zone = clock.getZone();
    try (PdfLetter pdf = letters.start(c.districtId(), c.caseNo())) {
      pdf.title("困难零工援助服务记录表")
          .field("帮扶案件编号", c.caseNo())
          .field("姓名", worker.name())
          .field("身份证号", worker.idNumberMasked())
          .field("性别", label("assistance.sex." + worker.sex()))
          .field("出生年份", worker.birthYear() + "年")
          .field("联系电话", worker.mobileMasked())
          .field("服务等级", c.tier() == null ? "—" : label("assistance.tier." + c.tier()))
          .field(
              "就业困难人员", c.employmentHardship() == null ? "—" : c.employmentHardship() ? "是" : "否")
          .field("建档日期", TIME.format(c.openedAt().atZone(zone)))
          .field("结案日期", TIME.format(at.atZone(zone)))
          .field("结案结果", label("assistance.outcome." + outcome))
          .heading("服务记录");
      List<List<String>> rows = new ArrayList<>();
      for (AssistanceStep s : steps) {
        rows.add(
            List.of(
                TIME.format(s.doneAt().atZone(zone)),
                label("assistance.step." + s.kind()) + (s.seq() > 1 ? "（第" + s.seq() + "次）" : ""),
                describe(s),
                userName(s.doneBy())));
      }
      pdf.table(
              List.of("时间", "服务事项", "内容及结果", "经办人"), rows, new float[] {0.2f, 0.18f, 0.47f, 0.15f})
          .closing(letters.bureauName(c.districtId()), DATE.format(LocalDate.ofInstant(at, zone)));
      return pdf.toBytes();
    }
  }

  /** A step's outcome and facts in words, for the record. */
  String describe(AssistanceStep s) {
    StringBuilder out = new StringBuilder();
    if (s.outcome() != null) {
      out.append(label("assistance.outcome." + s.kind() + "." + s.outcome(), s.outcome()));
    }
    if (s.jobId() != null) {
      jobs.byId(s.jobId())
          .ifPresent(j -> append(out, "岗位：" + j.employerName() + " · " + j.title()));
    }
    Map<String, Object> d = s.details();
    for (String key :
        List.of(
            "date",
            "content",
            "categories",
            "programme",
            "provider",
            "startDate",
            "endDate",
            "post",
            "unit",
            "termMonths",
            "termEnd",
            "reason",
            "opinion",
            "problems",
            "note")) {
      Object value = d.get(key);
      if (value == null || value.toString().isBlank()) {
        continue;
      }
      String text = value.toString();
      if ("categories".equals(key)) {
        text =
            String.join(
                "、", JobCategories.split(text).stream().map(c -> categories.label(c, ZH)).toList());
      } else if ("reason".equals(key)) {
        text = label("assistance.reason." + text, text);
      }
      append(out, label("assistance.detail." + key, key) + "：" + text);
    }
    return out.length() == 0 ? "—" : out.toString();
  }

  private static void append(StringBuilder out, String text) {
    if (out.length() > 0) {
      out.append("；");
    }
    out.append(text);
  }

  private String userName(String userId) {
    if (userId == null || AssistanceCases.SYSTEM.equals(userId)) {
      return "系统";
    }
    return directory.findUser(userId).map(DirectoryService.UserSummary::name).orElse(userId);
  }

  private String label(String key) {
    return messages.getMessage(key, null, key, ZH);
  }

  private String label(String key, String fallback) {
    return messages.getMessage(key, null, fallback, ZH);
  }
}
