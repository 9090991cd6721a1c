package cn.linggong.subsidy;

import cn.linggong.casefile.Letters;
import cn.linggong.casefile.PdfLetter;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.i18n.Languages;
import cn.linggong.shared.validation.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
 * 补贴台账: the subsidies approved from a year's budget, by district — each application's approved
 * amount per item, what was paid with which vouchers and what is left — as the XLSX finance keeps
 * (the ledger and each payment on its own sheet) and as a printable PDF. A district user: the own
 * district's.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SubsidyLedger {

  private final SubsidyApplicationMapper mapper;
  private final SubsidyRecords records;
  private final Districts districts;
  private final MessageSource messages;
  private final Letters letters;
  private final Clock clock;

  /** One approved application as the ledger lists it. */
  public record Entry(
      String districtName,
      SubsidyApplication application,
      Map<SubsidyItem, BigDecimal> approved,
      List<SubsidyApplication.Disbursement> disbursements,
      BigDecimal paid) {

    public BigDecimal left() {
      return application.approvedTotal().subtract(paid);
    }
  }

  /** The applications approved from the year's budget (a district user: of the own district). */
  @Transactional(readOnly = true)
  public List<Entry> entries(LinggongUser user, int year) {
    SubsidyPolicy.VIEW_BUDGET.check(user);
    int thisYear = LocalDate.now(clock).getYear();
    if (year < SubsidyQuotes.FIRST_YEAR || year > thisYear + 1) {
      throw InvalidInputException.of(
          "year", "subsidy.year.range", SubsidyQuotes.FIRST_YEAR, thisYear + 1);
    }
    Map<String, String> names =
        districts.districts().stream().collect(Collectors.toMap(District::id, District::name));
    List<Entry> entries = new ArrayList<>();
    for (SubsidyRow r : mapper.approvedIn(year, user.cityLevel() ? null : user.districtId())) {
      Map<SubsidyItem, BigDecimal> approved = new EnumMap<>(SubsidyItem.class);
      for (SubsidyApplication.Item i : records.items(r)) {
        if (i.approved() != null) {
          approved.put(i.item(), i.approved());
        }
      }
      List<SubsidyApplication.Disbursement> paid = mapper.disbursements(r.id);
      entries.add(
          new Entry(
              names.getOrDefault(r.districtId, r.districtId),
              r.view(),
              approved,
              paid,
              paid.stream()
                  .map(SubsidyApplication.Disbursement::amount)
                  .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)));
    }
    return entries;
  }

  /** The ledger as XLSX: the approvals with their items and payments, and every payment. */
  @Transactional(readOnly = true)
  public byte[] xlsx(LinggongUser user, int year, Locale locale) {
    List<Entry> entries = entries(user, year);
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
      Sheet ledger = book.createSheet(text("subsidy.ledger.sheet", locale, year));
      List<String> headers = new ArrayList<>();
      for (String h : List.of("district", "no", "market", "account", "year", "period")) {
        headers.add(text("subsidy.ledger." + h, locale));
      }
      for (SubsidyItem item : SubsidyItem.values()) {
        headers.add(text("subsidy.item." + item.name(), locale));
      }
      for (String h : List.of("approved", "approvedOn", "paid", "left", "vouchers")) {
        headers.add(text("subsidy.ledger." + h, locale));
      }
      header(ledger, headers, bold);
      int r = 1;
      BigDecimal approvedSum = BigDecimal.ZERO;
      BigDecimal paidSum = BigDecimal.ZERO;
      for (Entry e : entries) {
        SubsidyApplication a = e.application();
        Row row = ledger.createRow(r++);
        int c = 0;
        row.createCell(c++).setCellValue(e.districtName());
        row.createCell(c++).setCellValue(a.applicationNo());
        row.createCell(c++).setCellValue(a.marketName());
        row.createCell(c++).setCellValue(a.account());
        row.createCell(c++).setCellValue(a.year());
        row.createCell(c++).setCellValue(a.periodFrom() + "～" + a.periodTo());
        for (SubsidyItem item : SubsidyItem.values()) {
          amount(row, c++, e.approved().getOrDefault(item, BigDecimal.ZERO), money);
        }
        amount(row, c++, a.approvedTotal(), money);
        row.createCell(c++)
            .setCellValue(LocalDate.ofInstant(a.approvedAt(), clock.getZone()).toString());
        amount(row, c++, e.paid(), money);
        amount(row, c++, e.left(), money);
        row.createCell(c)
            .setCellValue(
                e.disbursements().stream()
                    .map(SubsidyApplication.Disbursement::voucherNo)
                    .collect(Collectors.joining(", ")));
        approvedSum = approvedSum.add(a.approvedTotal());
        paidSum = paidSum.add(e.paid());
      }
      Row total = ledger.createRow(r);
      total.createCell(0).setCellValue(text("subsidy.ledger.total", locale));
      total.getCell(0).setCellStyle(bold);
      int at = 6 + SubsidyItem.values().length;
      amount(total, at, approvedSum, money);
      amount(total, at + 2, paidSum, money);
      amount(total, at + 3, approvedSum.subtract(paidSum), money);
      ledger.createFreezePane(2, 1);
      for (int c = 0; c < headers.size(); c++) {
        ledger.setColumnWidth(c, 256 * (c == 2 || c == 3 ? 30 : 16));
      }
      Sheet payments = book.createSheet(text("subsidy.ledger.paymentsSheet", locale));
      header(
          payments,
          List.of("district", "no", "market", "voucher", "paidOn", "amount", "account").stream()
              .map(h -> text("subsidy.ledger." + h, locale))
              .toList(),
          bold);
      int p = 1;
      for (Entry e : entries) {
        for (SubsidyApplication.Disbursement d : e.disbursements()) {
          Row row = payments.createRow(p++);
          row.createCell(0).setCellValue(e.districtName());
          row.createCell(1).setCellValue(e.application().applicationNo());
          row.createCell(2).setCellValue(e.application().marketName());
          row.createCell(3).setCellValue(d.voucherNo());
          row.createCell(4).setCellValue(d.paidOn().toString());
          amount(row, 5, d.amount(), money);
          row.createCell(6).setCellValue(d.account());
        }
      }
      for (int c = 0; c < 7; c++) {
        payments.setColumnWidth(c, 256 * (c == 2 || c == 6 ? 30 : 16));
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ledger as a printable PDF list (in Chinese, as letters are). */
  @Transactional(readOnly = true)
  public byte[] pdf(LinggongUser user, int year) {
    Locale zh = Languages.CHINESE;
    List<Entry> entries = entries(user, year);
    try (PdfLetter pdf =
        letters.start(user.cityLevel() ? null : user.districtId(), "BTTZ-" + year)) {
      pdf.title(text("subsidy.ledger.title", zh, year));
      pdf.right(text("subsidy.ledger.asOf", zh, LocalDate.now(clock).toString(), entries.size()));
      List<List<String>> rows = new ArrayList<>();
      BigDecimal approved = BigDecimal.ZERO;
      BigDecimal paid = BigDecimal.ZERO;
      for (Entry e : entries) {
        SubsidyApplication a = e.application();
        rows.add(
            List.of(
                e.districtName(),
                a.applicationNo(),
                a.marketName(),
                a.periodFrom() + "～" + a.periodTo(),
                SubsidyLetters.yuan(a.approvedTotal()),
                SubsidyLetters.yuan(e.paid()),
                SubsidyLetters.yuan(e.left())));
        approved = approved.add(a.approvedTotal());
        paid = paid.add(e.paid());
      }
      rows.add(
          List.of(
              text("subsidy.ledger.total", zh),
              "",
              "",
              "",
              SubsidyLetters.yuan(approved),
              SubsidyLetters.yuan(paid),
              SubsidyLetters.yuan(approved.subtract(paid))));
      pdf.table(
          List.of("district", "no", "market", "period", "approvedYuan", "paidYuan", "leftYuan")
              .stream()
              .map(h -> text("subsidy.ledger." + h, zh))
              .toList(),
          rows,
          new float[] {0.08f, 0.19f, 0.18f, 0.19f, 0.12f, 0.12f, 0.12f});
      return pdf.toBytes();
    }
  }

  private static void header(Sheet sheet, List<String> headers, CellStyle bold) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      row.createCell(c).setCellValue(headers.get(c));
      row.getCell(c).setCellStyle(bold);
    }
  }

  private static void amount(Row row, int column, BigDecimal value, CellStyle money) {
    row.createCell(column).setCellValue(value.doubleValue());
    row.getCell(column).setCellStyle(money);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
