package cn.linggong.supervision;

import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.shared.cases.StageCount;
import cn.linggong.shared.report.XlsxBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The dashboard's figures as a workbook: one sheet per table of the screen, in the reader's
 * language, numbers as numbers (durations in hours, two decimals).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DashboardExport {

  private static final BigDecimal MS_PER_HOUR = BigDecimal.valueOf(3_600_000L);

  private final MessageSource messages;
  private final Districts districts;
  private final DirectoryService directory;
  private final cn.linggong.sla.TimeLimits timeLimits;

  /** The workbook of a dashboard the caller was allowed to see ({@link Dashboards#dashboard}). */
  public byte[] xlsx(Dashboard d, Locale locale) {
    Map<String, String> districtNames =
        districts.districts().stream().collect(Collectors.toMap(District::id, District::name));
    Function<String, String> district =
        id -> id == null ? text("dashboard.cityLevel", locale) : districtNames.getOrDefault(id, id);
    Function<String, String> person =
        id ->
            id == null
                ? text("dashboard.unassigned", locale)
                : directory.findUser(id).map(DirectoryService.UserSummary::name).orElse(id);
    try (XlsxBook book = new XlsxBook()) {
      book.sheet(
          text("dashboard.sheet.summary", locale),
          headers(
              locale, "asOf", "district", "from", "to", "open", "dueSoon", "overdue", "escalated"),
          List.of(
              List.of(
                  java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                      .format(d.asOf().atZone(timeLimits.zone())),
                  d.districtId() == null
                      ? text("dashboard.allDistricts", locale)
                      : district.apply(d.districtId()),
                  d.from().toString(),
                  d.to().toString(),
                  d.total().open(),
                  d.total().dueSoon(),
                  d.total().overdue(),
                  d.total().escalated())));
      book.sheet(
          text("dashboard.sheet.byProcess", locale),
          headers(locale, "process", "open", "dueSoon", "overdue", "escalated"),
          rows(d.byProcess(), w -> List.of(process(w.processKey(), w.processName(), locale))));
      book.sheet(
          text("dashboard.sheet.byStep", locale),
          headers(locale, "process", "step", "open", "dueSoon", "overdue", "escalated"),
          rows(
              d.byStep(),
              w ->
                  List.of(
                      process(w.processKey(), w.processName(), locale),
                      step(w.stepKey(), w.stepName(), locale))));
      book.sheet(
          text("dashboard.sheet.byDistrict", locale),
          headers(locale, "district", "open", "dueSoon", "overdue", "escalated"),
          rows(d.byDistrict(), w -> List.of(district.apply(w.districtId()))));
      book.sheet(
          text("dashboard.sheet.byPerson", locale),
          headers(locale, "person", "userId", "open", "dueSoon", "overdue", "escalated"),
          rows(
              d.byPerson(),
              w ->
                  Arrays.asList(
                      person.apply(w.assignee()), w.assignee() == null ? "" : w.assignee())));
      List<List<Object>> times = new ArrayList<>();
      for (Dashboard.StepTime s : d.stepTimes()) {
        times.add(
            Arrays.asList(
                process(s.processKey(), s.processName(), locale),
                step(s.stepKey(), s.stepName(), locale),
                s.timeLimitKey() == null ? "" : timeLimits.phrase(s.timeLimitKey(), locale),
                s.completed(),
                hours(s.averageMs()),
                hours(s.p90Ms()),
                s.onTime()));
      }
      book.sheet(
          text("dashboard.sheet.stepTimes", locale),
          headers(
              locale,
              "process",
              "step",
              "timeLimit",
              "completed",
              "averageHours",
              "p90Hours",
              "onTime"),
          times);
      book.sheet(
          text("dashboard.sheet.caseloads", locale),
          headers(locale, "person", "userId", "open", "overdue", "completedThisMonth"),
          d.caseloads().stream()
              .map(
                  c ->
                      List.<Object>of(
                          person.apply(c.userId()),
                          c.userId(),
                          c.open(),
                          c.overdue(),
                          c.completedThisMonth()))
              .toList());
      book.sheet(
          text("dashboard.sheet.certification", locale),
          headers(locale, "stage", "cases"),
          stages(d.certificationPipeline(), "certification.stage.", locale));
      book.sheet(
          text("dashboard.sheet.subsidy", locale),
          headers(locale, "stage", "cases"),
          stages(d.subsidyPipeline(), "subsidy.stage.", locale));
      book.sheet(
          text("dashboard.sheet.trend", locale),
          headers(locale, "weekStart", "overdue"),
          d.overdueTrend().stream()
              .map(p -> List.<Object>of(p.weekStart().toString(), p.overdue()))
              .toList());
      return book.toBytes();
    }
  }

  private static List<List<Object>> rows(
      List<Dashboard.Work> work, Function<Dashboard.Work, List<String>> labels) {
    List<List<Object>> rows = new ArrayList<>();
    for (Dashboard.Work w : work) {
      List<Object> row = new ArrayList<>(labels.apply(w));
      row.addAll(List.of(w.open(), w.dueSoon(), w.overdue(), w.escalated()));
      rows.add(row);
    }
    return rows;
  }

  private List<List<Object>> stages(List<StageCount> stages, String prefix, Locale locale) {
    return stages.stream()
        .map(s -> List.<Object>of(text(prefix + s.stage(), s.stage(), locale), s.count()))
        .toList();
  }

  private List<String> headers(Locale locale, String... columns) {
    return Arrays.stream(columns).map(c -> text("dashboard.column." + c, locale)).toList();
  }

  private String process(String key, String name, Locale locale) {
    return text("process." + key, name == null ? key : name, locale);
  }

  private String step(String key, String name, Locale locale) {
    return text("step." + key, name == null ? key : name, locale);
  }

  private static BigDecimal hours(long ms) {
    return BigDecimal.valueOf(ms).divide(MS_PER_HOUR, 2, RoundingMode.HALF_UP);
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private String text(String key, String fallback, Locale locale) {
    return messages.getMessage(key, null, fallback, locale);
  }
}
