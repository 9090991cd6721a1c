package cn.linggong.monitoring;

import cn.linggong.casefile.Letters;
import cn.linggong.casefile.PdfLetter;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.shared.i18n.Languages;
import cn.linggong.shared.report.Charts;
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
 * A report's files. The PDF (Chinese, as letters are): one page per district with the main figures
 * against the month before and the same month a year before, the job categories with their 求人倍率 and
 * pay, the industries, the markets, and charts; the city's file a page per district and the roll-up
 * first. The XLSX: one sheet per table, each row naming its district and month so that a province
 * platform can stack the districts' files (columns in the README).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportFiles {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final int CHART_WIDTH = 900;
  private static final int CHART_HEIGHT = 420;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The main figures in their order, by the key their label and column go by. */
  public static final List<Map.Entry<String, Function<Figures.Totals, Number>>> METRICS =
      List.of(
          Map.entry("jobSeekers", Figures.Totals::jobSeekers),
          Map.entry("registeredSeekers", Figures.Totals::registeredSeekers),
          Map.entry("marketSeekers", Figures.Totals::marketSeekers),
          Map.entry("postings", Figures.Totals::postings),
          Map.entry("positions", Figures.Totals::positions),
          Map.entry("ratio", Figures.Totals::ratio),
          Map.entry("referrals", Figures.Totals::referrals),
          Map.entry("hires", Figures.Totals::hires),
          Map.entry("marketDailyHires", Figures.Totals::marketDailyHires),
          Map.entry("hardshipServed", Figures.Totals::hardshipServed),
          Map.entry("hardshipPlaced", Figures.Totals::hardshipPlaced),
          Map.entry("complaintsReceived", Figures.Totals::complaintsReceived),
          Map.entry("complaintsAccepted", Figures.Totals::complaintsAccepted),
          Map.entry("complaintsMediated", Figures.Totals::complaintsMediated),
          Map.entry("wagesRecovered", Figures.Totals::wagesRecovered),
          Map.entry("ledgerEntries", Figures.Totals::ledgerEntries));

  private final Letters letters;
  private final Districts districts;
  private final MonitoringMapper mapper;
  private final MessageSource messages;

  /** A district's version as a PDF. */
  public byte[] pdf(Figures f, int version) {
    try (PdfLetter pdf = letters.start(f.districtId(), reportNo(f))) {
      page(pdf, f, version);
      return pdf.toBytes();
    }
  }

  /** The city's month: the roll-up first, then a page per district. */
  public byte[] cityPdf(Figures rollUp, List<Figures> perDistrict, int districtCount) {
    try (PdfLetter pdf = letters.start(null, reportNo(rollUp))) {
      page(pdf, rollUp, 0);
      pdf.paragraph(
          text(
              "monitoring.pdf.coverage",
              Languages.CHINESE,
              perDistrict.size(),
              districtCount,
              perDistrict.stream()
                  .map(f -> districtName(f.districtId(), Languages.CHINESE))
                  .collect(Collectors.joining("、"))));
      for (Figures f : perDistrict) {
        pdf.pageBreak();
        page(pdf, f, 0);
      }
      return pdf.toBytes();
    }
  }

  private void page(PdfLetter pdf, Figures f, int version) {
    Locale zh = Languages.CHINESE;
    pdf.title(text("monitoring.pdf.title", zh, districtName(f.districtId(), zh), f.month()));
    pdf.right(
        text(
            version > 0 ? "monitoring.pdf.periodVersion" : "monitoring.pdf.period",
            zh,
            String.valueOf(f.periodFrom()),
            String.valueOf(f.periodTo()),
            version));
    pdf.heading(text("monitoring.sheet.totals", zh));
    List<List<String>> rows = new ArrayList<>();
    for (var metric : METRICS) {
      Number now = metric.getValue().apply(f.totals());
      Number before = f.previousMonth() == null ? null : metric.getValue().apply(f.previousMonth());
      Number year = f.lastYear() == null ? null : metric.getValue().apply(f.lastYear());
      rows.add(
          List.of(
              text("monitoring.metric." + metric.getKey(), zh),
              show(now),
              show(before),
              change(now, before),
              show(year),
              change(now, year)));
    }
    pdf.table(
        columns(zh, "metric", "current", "previousMonth", "monthOnMonth", "lastYear", "yearOnYear"),
        rows,
        new float[] {0.3f, 0.14f, 0.14f, 0.14f, 0.14f, 0.14f});

    Map<String, MonitoringMapper.Category> names = categoryNames();
    Map<String, MonitoringMapper.Category> industryNames = industryNames();
    List<Figures.CategoryRow> sought =
        f.categories().stream().filter(c -> c.seekers() > 0 || c.positions() > 0).toList();
    pdf.heading(text("monitoring.sheet.categories", zh));
    pdf.table(
        columns(zh, "category", "industry", "seekers", "positions", "ratio", "avgDailyPay"),
        sought.stream()
            .map(
                c ->
                    List.of(
                        name(names, c.code(), zh),
                        c.industryCode() == null ? "—" : name(industryNames, c.industryCode(), zh),
                        Long.toString(c.seekers()),
                        Long.toString(c.positions()),
                        show(c.ratio()),
                        show(c.avgDailyPay())))
            .toList(),
        new float[] {0.18f, 0.26f, 0.13f, 0.13f, 0.13f, 0.17f});
    if (!sought.isEmpty()) {
      pdf.image(
          Charts.bars(
              text("monitoring.chart.categories", zh),
              text("monitoring.chart.people", zh),
              sought.stream().map(c -> name(names, c.code(), zh)).toList(),
              List.of(
                  new Charts.Series(
                      text("monitoring.column.seekers", zh),
                      sought.stream().map(Figures.CategoryRow::seekers).toList()),
                  new Charts.Series(
                      text("monitoring.column.positions", zh),
                      sought.stream().map(Figures.CategoryRow::positions).toList())),
              CHART_WIDTH,
              CHART_HEIGHT),
          1f);
    }
    pdf.heading(text("monitoring.sheet.industries", zh));
    pdf.table(
        columns(zh, "industry", "seekers", "positions", "ratio"),
        f.industries().stream()
            .map(
                i ->
                    List.of(
                        name(industryNames, i.code(), zh),
                        Long.toString(i.seekers()),
                        Long.toString(i.positions()),
                        show(i.ratio())))
            .toList(),
        new float[] {0.4f, 0.2f, 0.2f, 0.2f});
    if (f.districtId() != null) {
      pdf.heading(text("monitoring.sheet.markets", zh));
      pdf.table(
          columns(zh, "market", "reported", "seekersServed", "dailyHires", "positions", "ledgers"),
          f.markets().stream()
              .map(
                  m ->
                      List.of(
                          m.name(),
                          text(
                              m.reported() ? "monitoring.reported.yes" : "monitoring.reported.no",
                              zh),
                          Long.toString(m.seekersServed()),
                          show(m.dailyHires()),
                          Long.toString(m.positions()),
                          Long.toString(
                              m.ledgerEntries().values().stream()
                                  .mapToLong(Long::longValue)
                                  .sum())))
              .toList(),
          new float[] {0.3f, 0.12f, 0.15f, 0.15f, 0.13f, 0.15f});
    }
  }

  /** One sheet per table, in the reader's language; the columns are the README's. */
  public byte[] xlsx(Figures f, Locale locale) {
    Map<String, MonitoringMapper.Category> names = categoryNames();
    Map<String, MonitoringMapper.Category> industryNames = industryNames();
    String district = f.districtId() == null ? "" : f.districtId();
    try (XlsxBook book = new XlsxBook()) {
      List<List<?>> totals = new ArrayList<>();
      for (var metric : METRICS) {
        totals.add(
            Arrays.asList(
                district,
                f.month(),
                metric.getKey(),
                text("monitoring.metric." + metric.getKey(), locale),
                metric.getValue().apply(f.totals()),
                f.previousMonth() == null ? null : metric.getValue().apply(f.previousMonth()),
                f.lastYear() == null ? null : metric.getValue().apply(f.lastYear())));
      }
      book.sheet(
          text("monitoring.sheet.totals", locale),
          columns(
              locale,
              "districtId",
              "month",
              "metricCode",
              "metric",
              "current",
              "previousMonth",
              "lastYear"),
          totals);
      book.sheet(
          text("monitoring.sheet.categories", locale),
          columns(
              locale,
              "districtId",
              "month",
              "categoryCode",
              "category",
              "industryCode",
              "industry",
              "seekers",
              "positions",
              "ratio",
              "avgDailyPay"),
          f.categories().stream()
              .map(
                  c ->
                      Arrays.<Object>asList(
                          district,
                          f.month(),
                          c.code(),
                          name(names, c.code(), locale),
                          c.industryCode(),
                          c.industryCode() == null
                              ? null
                              : name(industryNames, c.industryCode(), locale),
                          c.seekers(),
                          c.positions(),
                          c.ratio(),
                          c.avgDailyPay()))
              .toList());
      book.sheet(
          text("monitoring.sheet.industries", locale),
          columns(
              locale,
              "districtId",
              "month",
              "industryCode",
              "industry",
              "seekers",
              "positions",
              "ratio"),
          f.industries().stream()
              .map(
                  i ->
                      Arrays.<Object>asList(
                          district,
                          f.month(),
                          i.code(),
                          name(industryNames, i.code(), locale),
                          i.seekers(),
                          i.positions(),
                          i.ratio()))
              .toList());
      book.sheet(
          text("monitoring.sheet.markets", locale),
          columns(
              locale,
              "districtId",
              "month",
              "marketId",
              "market",
              "reported",
              "seekersServed",
              "dailyHires",
              "positions"),
          f.markets().stream()
              .map(
                  m ->
                      Arrays.<Object>asList(
                          district,
                          f.month(),
                          m.marketId(),
                          m.name(),
                          m.reported() ? 1 : 0,
                          m.seekersServed(),
                          m.dailyHires(),
                          m.positions()))
              .toList());
      List<List<?>> ledgers = new ArrayList<>();
      for (Figures.MarketRow m : f.markets()) {
        for (String ledger : MonitoringFigures.LEDGERS) {
          ledgers.add(
              Arrays.asList(
                  district,
                  f.month(),
                  m.marketId(),
                  m.name(),
                  ledger,
                  text("worklog.ledger." + ledger, locale),
                  m.ledgerEntries().getOrDefault(ledger, 0L),
                  m.ledgerPeople().getOrDefault(ledger, 0L)));
        }
      }
      book.sheet(
          text("monitoring.sheet.ledgers", locale),
          columns(
              locale,
              "districtId",
              "month",
              "marketId",
              "market",
              "ledgerCode",
              "ledger",
              "entries",
              "people"),
          ledgers);
      return book.toBytes();
    }
  }

  private String reportNo(Figures f) {
    return "JC-" + f.month() + (f.districtId() == null ? "" : "-" + f.districtId());
  }

  private String districtName(String id, Locale locale) {
    if (id == null) {
      return text("monitoring.city", locale);
    }
    return districts.districts().stream()
        .filter(d -> d.id().equals(id))
        .map(District::name)
        .findFirst()
        .orElse(id);
  }

  private Map<String, MonitoringMapper.Category> categoryNames() {
    return mapper.categories().stream()
        .collect(Collectors.toMap(MonitoringMapper.Category::code, c -> c));
  }

  private Map<String, MonitoringMapper.Category> industryNames() {
    return mapper.industries().stream()
        .collect(Collectors.toMap(MonitoringMapper.Category::code, c -> c));
  }

  private static String name(
      Map<String, MonitoringMapper.Category> names, String code, Locale locale) {
    MonitoringMapper.Category c = names.get(code);
    if (c == null) {
      return code;
    }
    return Languages.CHINESE.getLanguage().equals(locale.getLanguage()) ? c.nameZh() : c.nameEn();
  }

  private List<String> columns(Locale locale, String... keys) {
    return Arrays.stream(keys).map(k -> text("monitoring.column." + k, locale)).toList();
  }

  private static String show(Number n) {
    if (n == null) {
      return "—";
    }
    return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
  }

  /** The change in percent, one decimal ("+12.5%"); none without a base. */
  public static String change(Number now, Number before) {
    if (now == null || before == null) {
      return "—";
    }
    BigDecimal b = new BigDecimal(before.toString());
    if (b.signum() == 0) {
      return "—";
    }
    BigDecimal pct =
        new BigDecimal(now.toString())
            .subtract(b)
            .multiply(HUNDRED)
            .divide(b, 1, RoundingMode.HALF_UP);
    return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
