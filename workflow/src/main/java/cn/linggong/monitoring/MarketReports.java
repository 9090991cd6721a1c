package cn.linggong.monitoring;

import cn.linggong.audit.AuditService;
import cn.linggong.employer.JobCategories;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.validation.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each market reports for a month that the system cannot know, entered on a form or imported
 * from an XLSX sheet after a row-by-row preview. A market's month is replaced as a whole; a sheet
 * is taken only when every row of it is right, so a bad file writes nothing.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MarketReports {

  /** The import sheet's columns, in order (README: 市场报送数据导入). */
  public static final List<String> IMPORT_COLUMNS =
      List.of(
          "market",
          "seekersServed",
          "dailyHires",
          "category",
          "seekers",
          "positions",
          "avgDailyPay");

  private static final long COUNT_MAX = 10_000_000L;

  private final MonitoringMapper mapper;
  private final JobCategories categories;
  private final MonitoringProperties properties;
  private final AuditService audit;
  private final MessageSource messages;
  private final Clock clock;

  /** One category a market reports. */
  public record CategoryFigure(String code, Long seekers, Long positions, BigDecimal avgDailyPay) {}

  /** A market's month as entered. */
  public record MarketFigure(
      long marketId, Long seekersServed, BigDecimal dailyHires, List<CategoryFigure> categories) {}

  /** A market's month as stored, with who entered it and when. */
  public record Entered(
      long seekersServed,
      BigDecimal dailyHires,
      String enteredBy,
      java.time.Instant enteredAt,
      List<CategoryFigure> categories) {}

  /** An operating market of the district. */
  public record Market(long id, String name) {}

  /** A row of an imported sheet: what it says and what is wrong with it, field by field. */
  public record PreviewRow(
      int row,
      String market,
      Long marketId,
      String category,
      String categoryCode,
      Long seekersServed,
      BigDecimal dailyHires,
      Long seekers,
      Long positions,
      BigDecimal avgDailyPay,
      List<String> errors) {}

  /** A sheet read: its rows, and whether it may be taken. */
  public record Preview(String districtId, String month, List<PreviewRow> rows) {
    public boolean valid() {
      return !rows.isEmpty() && rows.stream().allMatch(r -> r.errors().isEmpty());
    }
  }

  /** The district's operating markets (for the form). */
  @Transactional(readOnly = true)
  public List<Market> markets(LinggongUser user, String districtId) {
    MonitoringPolicy.VIEW.check(user);
    return mapper.markets(MonitoringReports.own(user, districtId)).stream()
        .map(m -> new Market(m.id(), m.name()))
        .toList();
  }

  /** What the district's markets reported for the month, by market. */
  @Transactional(readOnly = true)
  public Map<Long, Entered> entered(LinggongUser user, String districtId, YearMonth month) {
    MonitoringPolicy.VIEW.check(user);
    String district = MonitoringReports.own(user, districtId);
    Map<Long, Entered> entered = new LinkedHashMap<>();
    List<MonitoringMapper.MarketCategory> all = mapper.marketCategories(district, month.toString());
    for (MonitoringMapper.MarketMonth m : mapper.marketMonths(district, month.toString())) {
      entered.put(
          m.marketId(),
          new Entered(
              m.seekersServed(),
              m.dailyHires(),
              m.enteredBy(),
              m.enteredAt(),
              all.stream()
                  .filter(c -> c.marketId() == m.marketId())
                  .map(
                      c ->
                          new CategoryFigure(
                              c.categoryCode(), c.seekers(), c.positions(), c.avgDailyPay()))
                  .toList()));
    }
    return entered;
  }

  /** Enters (replaces) one market's month; refused field by field, writing nothing. */
  @Transactional
  public void enter(LinggongUser user, String districtId, YearMonth month, MarketFigure figure) {
    MonitoringPolicy.ENTER.check(user);
    String district = MonitoringReports.own(user, districtId);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (mapper.markets(district).stream().noneMatch(m -> m.id() == figure.marketId())) {
      errors.add("marketId", "monitoring.market.notInDistrict", figure.marketId());
    }
    count(errors, "seekersServed", figure.seekersServed(), true);
    if (figure.dailyHires() == null) {
      errors.add("dailyHires", "validation.required");
    } else if (figure.dailyHires().signum() < 0
        || figure.dailyHires().compareTo(BigDecimal.valueOf(COUNT_MAX)) > 0
        || figure.dailyHires().scale() > 2) {
      errors.add("dailyHires", "monitoring.figure.decimal");
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<CategoryFigure> rows = figure.categories() == null ? List.of() : figure.categories();
    for (int i = 0; i < rows.size(); i++) {
      CategoryFigure c = rows.get(i);
      String at = "categories[" + i + "].";
      if (c.code() == null || c.code().isBlank()) {
        errors.add(at + "code", "validation.required");
      } else if (!categories.isActive(c.code())) {
        errors.add(at + "code", "monitoring.category.unknown", String.valueOf(c.code()));
      } else if (!seen.add(c.code())) {
        errors.add(at + "code", "monitoring.category.twice", c.code());
      }
      count(errors, at + "seekers", c.seekers(), true);
      count(errors, at + "positions", c.positions(), true);
      pay(errors, at + "avgDailyPay", c.avgDailyPay());
    }
    errors.throwIfAny();
    write(user, district, month, figure);
  }

  private void write(LinggongUser user, String district, YearMonth month, MarketFigure figure) {
    String m = month.toString();
    mapper.deleteMarketCategories(figure.marketId(), m);
    mapper.deleteMarketMonth(figure.marketId(), m);
    mapper.insertMarketMonth(
        new MonitoringMapper.MarketMonth(
            figure.marketId(),
            m,
            district,
            figure.seekersServed(),
            figure.dailyHires(),
            user.userId(),
            clock.instant()));
    for (CategoryFigure c :
        figure.categories() == null ? List.<CategoryFigure>of() : figure.categories()) {
      mapper.insertMarketCategory(
          new MonitoringMapper.MarketCategory(
              figure.marketId(), m, c.code(), c.seekers(), c.positions(), c.avgDailyPay()));
    }
    audit.record(
        user.userId(),
        "MARKET_FIGURES_ENTERED",
        "market",
        String.valueOf(figure.marketId()),
        district,
        m);
  }

  /**
   * Reads an XLSX sheet (the import template's columns) into a preview, every row checked: the
   * market named (by name, of the district), the job category (by name or code), the counts and the
   * pay; a market's own figures must agree on all its rows.
   */
  @Transactional(readOnly = true)
  public Preview preview(
      LinggongUser user, String districtId, YearMonth month, byte[] xlsx, Locale locale) {
    MonitoringPolicy.ENTER.check(user);
    String district = MonitoringReports.own(user, districtId);
    Map<String, Long> marketIds = new java.util.HashMap<>();
    mapper.markets(district).forEach(m -> marketIds.put(m.name().strip(), m.id()));
    Map<String, String> codes = new java.util.HashMap<>();
    for (var c : categories.active()) {
      codes.put(c.code(), c.code());
      codes.put(categories.label(c.code(), Locale.SIMPLIFIED_CHINESE), c.code());
      codes.put(categories.label(c.code(), Locale.ENGLISH).toLowerCase(Locale.ROOT), c.code());
    }
    List<PreviewRow> rows = new ArrayList<>();
    Workbook book;
    try {
      book = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
    } catch (IOException | RuntimeException e) {
      throw InvalidInputException.of("file", "monitoring.import.unreadable");
    }
    try (book) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter format = new DataFormatter(Locale.ROOT);
      Map<Long, String> marketTotals = new java.util.HashMap<>();
      java.util.Set<String> marketCategory = new java.util.HashSet<>();
      int last = sheet.getLastRowNum();
      if (last > properties.importMaxRows()) {
        throw InvalidInputException.of(
            "file", "monitoring.import.tooLong", properties.importMaxRows());
      }
      for (int r = 1; r <= last; r++) {
        Row row = sheet.getRow(r);
        if (row == null || blank(row, format)) {
          continue;
        }
        List<String> problems = new ArrayList<>();
        String market = text(row, 0, format);
        Long marketId = marketIds.get(market);
        if (market.isEmpty()) {
          problems.add(message("monitoring.import.marketMissing", locale));
        } else if (marketId == null) {
          problems.add(message("monitoring.import.marketUnknown", locale, market));
        }
        Long served = number(row, 1, format, "seekersServed", problems, locale);
        BigDecimal hires = decimal(row, 2, format, "dailyHires", problems, locale);
        String category = text(row, 3, format);
        String code = category.isEmpty() ? null : codes.get(category.toLowerCase(Locale.ROOT));
        if (code == null) {
          code = codes.get(category);
        }
        if (!category.isEmpty() && code == null) {
          problems.add(message("monitoring.import.categoryUnknown", locale, category));
        }
        Long seekers = number(row, 4, format, "seekers", problems, locale);
        Long positions = number(row, 5, format, "positions", problems, locale);
        BigDecimal pay = decimal(row, 6, format, "avgDailyPay", problems, locale);
        if (category.isEmpty()
            && (!text(row, 4, format).isEmpty()
                || !text(row, 5, format).isEmpty()
                || !text(row, 6, format).isEmpty())) {
          problems.add(message("monitoring.import.categoryMissing", locale));
        }
        if (pay != null && pay.signum() <= 0) {
          problems.add(message("monitoring.figure.pay", locale));
        } else if (pay != null && pay.compareTo(properties.dailyPayMax()) > 0) {
          problems.add(message("monitoring.figure.payMax", locale, properties.dailyPayMax()));
        }
        if (marketId != null && served != null && hires != null) {
          String totals = served + "/" + hires.stripTrailingZeros().toPlainString();
          String before = marketTotals.putIfAbsent(marketId, totals);
          if (before != null && !before.equals(totals)) {
            problems.add(message("monitoring.import.totalsDiffer", locale, market));
          }
        }
        if (marketId != null && code != null && !marketCategory.add(marketId + "/" + code)) {
          problems.add(message("monitoring.import.twice", locale, market, category));
        }
        rows.add(
            new PreviewRow(
                r + 1,
                market,
                marketId,
                category,
                code,
                served,
                hires,
                seekers,
                positions,
                pay,
                List.copyOf(problems)));
      }
    } catch (IOException e) {
      throw InvalidInputException.of("file", "monitoring.import.unreadable");
    }
    if (rows.isEmpty()) {
      throw InvalidInputException.of("file", "monitoring.import.empty");
    }
    return new Preview(district, month.toString(), rows);
  }

  /** Takes a previewed sheet: every market in it replaced, or nothing when a row is wrong. */
  @Transactional
  public int take(LinggongUser user, Preview preview) {
    MonitoringPolicy.ENTER.check(user);
    String district = MonitoringReports.own(user, preview.districtId());
    if (!preview.valid()) {
      throw InvalidInputException.of("file", "monitoring.import.hasErrors");
    }
    Map<Long, MarketFigure> byMarket = new LinkedHashMap<>();
    for (PreviewRow r : preview.rows()) {
      MarketFigure m =
          byMarket.computeIfAbsent(
              r.marketId(),
              id -> new MarketFigure(id, r.seekersServed(), r.dailyHires(), new ArrayList<>()));
      if (r.categoryCode() != null) {
        m.categories()
            .add(
                new CategoryFigure(
                    r.categoryCode(),
                    Optional.ofNullable(r.seekers()).orElse(0L),
                    Optional.ofNullable(r.positions()).orElse(0L),
                    r.avgDailyPay()));
      }
    }
    YearMonth month = YearMonth.parse(preview.month());
    for (MarketFigure m : byMarket.values()) {
      enter(user, district, month, m);
    }
    return byMarket.size();
  }

  /** The import template: the columns, one row per operating market of the district. */
  @Transactional(readOnly = true)
  public byte[] template(LinggongUser user, String districtId, Locale locale) {
    List<Market> markets = markets(user, districtId);
    try (cn.linggong.shared.report.XlsxBook book = new cn.linggong.shared.report.XlsxBook()) {
      return book.sheet(
              message("monitoring.import.sheet", locale),
              IMPORT_COLUMNS.stream()
                  .map(c -> message("monitoring.import.column." + c, locale))
                  .toList(),
              markets.stream().map(m -> java.util.Arrays.asList(m.name())).toList())
          .toBytes();
    }
  }

  private void count(
      InvalidInputException.Collector errors, String field, Long value, boolean required) {
    if (value == null) {
      if (required) {
        errors.add(field, "validation.required");
      }
    } else if (value < 0 || value > COUNT_MAX) {
      errors.add(field, "monitoring.figure.count", COUNT_MAX);
    }
  }

  private void pay(InvalidInputException.Collector errors, String field, BigDecimal value) {
    if (value == null) {
      return;
    }
    if (value.signum() <= 0 || value.scale() > 2) {
      errors.add(field, "monitoring.figure.pay");
    } else if (value.compareTo(properties.dailyPayMax()) > 0) {
      errors.add(field, "monitoring.figure.payMax", properties.dailyPayMax());
    }
  }

  private static boolean blank(Row row, DataFormatter format) {
    for (int c = 0; c < IMPORT_COLUMNS.size(); c++) {
      if (!text(row, c, format).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static String text(Row row, int column, DataFormatter format) {
    Cell cell = row.getCell(column);
    return cell == null ? "" : format.formatCellValue(cell).strip();
  }

  private Long number(
      Row row,
      int column,
      DataFormatter format,
      String field,
      List<String> problems,
      Locale locale) {
    BigDecimal d = decimal(row, column, format, field, problems, locale);
    if (d == null) {
      return null;
    }
    if (d.stripTrailingZeros().scale() > 0
        || d.signum() < 0
        || d.compareTo(BigDecimal.valueOf(COUNT_MAX)) > 0) {
      problems.add(
          message("monitoring.import.notCount", locale, column(field, locale), d.toPlainString()));
      return null;
    }
    return d.longValueExact();
  }

  private BigDecimal decimal(
      Row row,
      int column,
      DataFormatter format,
      String field,
      List<String> problems,
      Locale locale) {
    Cell cell = row.getCell(column);
    if (cell != null && cell.getCellType() == CellType.NUMERIC) {
      return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
    }
    String text = text(row, column, format);
    if (text.isEmpty()) {
      if (!"avgDailyPay".equals(field) && !"seekers".equals(field) && !"positions".equals(field)) {
        problems.add(message("monitoring.import.missing", locale, column(field, locale)));
      }
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(text.replace(",", ""));
      if (d.signum() < 0) {
        problems.add(message("monitoring.import.notCount", locale, column(field, locale), text));
        return null;
      }
      return d;
    } catch (NumberFormatException e) {
      problems.add(message("monitoring.import.notNumber", locale, column(field, locale), text));
      return null;
    }
  }

  private String column(String field, Locale locale) {
    return message("monitoring.import.column." + field, locale);
  }

  private String message(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
