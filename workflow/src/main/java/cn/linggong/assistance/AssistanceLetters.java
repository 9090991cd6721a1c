package cn.linggong.assistance;

import cn.linggong.casefile.Letters;
import cn.linggong.casefile.PdfLetter;
import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.employer.JobBoard;
import cn.linggong.employer.JobCategories;
import cn.linggong.employer.JobPosting;
import cn.linggong.identity.DirectoryService;
import cn.linggong.shared.i18n.Languages;
import cn.linggong.worker.Worker;
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
 * ID numbers and phones appear masked.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AssistanceLetters {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Locale ZH = Languages.CHINESE;

  private final Letters letters;
  private final JobBoard jobs;
  private final EmployerRegistry employers;
  private final JobCategories categories;
  private final DirectoryService directory;
  private final MessageSource messages;
  private final Clock clock;

  byte[] referralLetter(
      String caseNo, String districtId, int seq, Worker worker, long jobId, String caseworkerId) {
    JobPosting job = jobs.byId(jobId).orElseThrow();
    Employer employer = employers.byId(job.employerId()).orElseThrow();
    String bureau = letters.bureauName(districtId);
    LocalDate today = LocalDate.now(clock);
    try (PdfLetter pdf = letters.start(districtId, caseNo + "-R" + seq)) {
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
                  + " 次岗位推荐），请予优先面试，并将录用结果告知我局。")
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
          .field("到岗日期", DATE.format(job.hiringDate()))
          .field("用工联系人", job.contactName() + "（" + job.contactPhoneMasked() + "）")
          .field("求职人联系电话", worker.mobileMasked())
          .field("推荐经办人", userName(caseworkerId))
          .space(24)
          .right(bureau)
          .right(DATE.format(today));
      return pdf.toBytes();
    }
  }

  byte[] assistanceRecord(
      AssistanceCase c, Worker worker, List<AssistanceStep> steps, String outcome) {
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
          .field("结案日期", TIME.format(clock.instant().atZone(zone)))
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
          .space(24)
          .right(letters.bureauName(c.districtId()))
          .right(DATE.format(LocalDate.now(clock)));
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
