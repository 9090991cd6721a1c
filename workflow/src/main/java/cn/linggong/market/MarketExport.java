package cn.linggong.market;

import cn.linggong.casefile.Letters;
import cn.linggong.casefile.PdfLetter;
import cn.linggong.employer.JobCategories;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as a province asks for it: an XLSX sheet with one row per market, the ministry's
 * fields first (名称, 运营性质, 详细地址, 求职人员规模, 主要招聘工种, 日均招聘成功人数; 人社部办公厅 2022), then the city's; and a PDF
 * list to print. The contact's phone is masked in both (an export leaves the system). A district
 * user exports the own district.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MarketExport {

  /** The file's columns in order: the ministry's six first. */
  static final List<String> COLUMNS =
      List.of(
          "name",
          "nature",
          "address",
          "dailySeekers",
          "jobTypes",
          "dailyHires",
          "districtId",
          "kind",
          "operation",
          "operatorName",
          "operatorCreditCode",
          "hrLicenceNo",
          "legalRepresentative",
          "openingHours",
          "contactName",
          "contactPhone",
          "serviceHotline",
          "complaintChannel",
          "floorArea",
          "staff",
          "services",
          "rules",
          "openedOn",
          "status",
          "certification",
          "certifiedSince",
          "certifiedUntil");

  private final MarketMapper mapper;
  private final Districts districts;
  private final JobCategories categories;
  private final MessageSource messages;
  private final Letters letters;
  private final Clock clock;

  /** The directory (as filtered) as an XLSX workbook. */
  @Transactional(readOnly = true)
  public byte[] xlsx(LinggongUser user, MarketFilter filter, Locale locale) {
    List<Market> markets = markets(user, filter);
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(text("market.export.sheet", locale));
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        header.createCell(c).setCellValue(text("market.field." + COLUMNS.get(c), locale));
        header.getCell(c).setCellStyle(bold);
      }
      int r = 1;
      for (Market m : markets) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < COLUMNS.size(); c++) {
          Object value = value(m, COLUMNS.get(c), locale);
          if (value instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else {
            row.createCell(c).setCellValue(value == null ? "" : value.toString());
          }
        }
      }
      sheet.createFreezePane(1, 1);
      for (int c = 0; c < COLUMNS.size(); c++) {
        sheet.setColumnWidth(c, 256 * (c == 0 || c == 2 ? 36 : 16));
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory (as filtered) as a printable PDF list (in Chinese, as letters are). */
  @Transactional(readOnly = true)
  public byte[] pdf(LinggongUser user, MarketFilter filter) {
    Locale zh = cn.linggong.shared.i18n.Languages.CHINESE;
    List<Market> markets = markets(user, filter);
    String district = user.cityLevel() ? filter.districtId() : user.districtId();
    LocalDate today = LocalDate.now(clock);
    try (PdfLetter pdf = letters.start(district, "ML-" + today)) {
      pdf.title(text("market.export.title", zh));
      pdf.right(text("market.export.asOf", zh, today.toString(), markets.size()));
      List<String> shown =
          List.of(
              "name", "districtId", "kind", "address", "openingHours", "jobTypes", "contactPhone");
      List<List<String>> rows = new ArrayList<>();
      for (Market m : markets) {
        rows.add(shown.stream().map(f -> string(value(m, f, zh))).toList());
      }
      pdf.table(
          shown.stream().map(f -> text("market.field." + f, zh)).toList(),
          rows,
          new float[] {0.2f, 0.1f, 0.1f, 0.2f, 0.14f, 0.13f, 0.13f});
      return pdf.toBytes();
    }
  }

  private List<Market> markets(LinggongUser user, MarketFilter filter) {
    MarketPolicy.VIEW.check(user);
    MarketFilter scoped = MarketDirectory.scoped(user, filter);
    List<Market> all = new ArrayList<>();
    int offset = 0;
    List<MarketRow> page;
    do {
      page = mapper.search(scoped, offset, MarketDirectory.PAGE_MAX);
      page.stream().map(MarketRow::view).forEach(all::add);
      offset += page.size();
    } while (page.size() == MarketDirectory.PAGE_MAX);
    return all;
  }

  private Object value(Market m, String field, Locale locale) {
    return switch (field) {
      case "name" -> m.name();
      case "nature" -> label("market.nature.", m.nature(), locale);
      case "address" -> m.address();
      case "dailySeekers" -> m.dailySeekers();
      case "jobTypes" -> joined(m.jobTypes(), c -> categories.label(c, locale), locale);
      case "dailyHires" -> m.dailyHires();
      case "districtId" ->
          districts.district(m.districtId()).map(District::name).orElse(m.districtId());
      case "kind" -> label("market.kind.", m.kind(), locale);
      case "operation" -> label("market.operation.", m.operation(), locale);
      case "operatorName" -> m.operatorName();
      case "operatorCreditCode" -> m.operatorCreditCode();
      case "hrLicenceNo" -> m.hrLicenceNo();
      case "legalRepresentative" -> m.legalRepresentative();
      case "openingHours" -> m.openingHours();
      case "contactName" -> m.contactName();
      case "contactPhone" -> m.contactPhoneMasked();
      case "serviceHotline" -> cn.linggong.shared.validation.PhoneNumbers.shown(m.serviceHotline());
      case "complaintChannel" -> m.complaintChannel();
      case "floorArea" -> m.floorArea();
      case "staff" -> m.staff();
      case "services" -> joined(m.services(), s -> label("market.service.", s, locale), locale);
      case "rules" -> joined(m.rules(), s -> label("market.rule.", s, locale), locale);
      case "openedOn" -> string(m.openedOn());
      case "status" -> label("market.status.", m.status(), locale);
      case "certification" -> label("market.certification.", m.certification(), locale);
      case "certifiedSince" -> string(m.certifiedSince());
      case "certifiedUntil" -> string(m.certifiedUntil());
      default -> throw new IllegalArgumentException(field);
    };
  }

  private <T> String joined(List<T> items, Function<T, String> label, Locale locale) {
    return String.join(text("market.export.separator", locale), items.stream().map(label).toList());
  }

  private String label(String prefix, Enum<?> value, Locale locale) {
    return value == null ? "" : text(prefix + value.name(), locale);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  private static String string(Object value) {
    return value == null ? "" : value.toString();
  }
}
