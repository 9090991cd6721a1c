package cn.linggong.subsidy;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.certification.CertificationNotices;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.validation.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Subsidies for certified markets (零工市场补贴). */
@RestController
@RequestMapping("/api/subsidies")
@Tag(name = "subsidy", description = "零工市场补贴 · subsidies for certified markets")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SubsidyApi {

  private final SubsidyQuotes quotes;
  private final SubsidyFilings filings;
  private final SubsidyReading reading;
  private final SubsidyNotices notices;
  private final HigherGrants higherGrants;
  private final SubsidyBudgets budgets;
  private final SubsidyLedger ledger;

  @PostMapping("/quote")
  @Operation(
      summary =
          "What a market would be paid for a year's claimed items: per item the rate, cap,"
              + " earlier approvals, the higher level's payment, the years used, the payable"
              + " amount and the rules that decided it (nothing is written)")
  SubsidyQuotes.Quote quote(LinggongUser user, @RequestBody SubsidyQuotes.Request request) {
    return quotes.quote(user, request);
  }

  @PostMapping("/applications")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "File a certified market's application for a period within one year and its"
              + " certification, with the claimed items, the account and the higher-level grants"
              + " received; the system quotes it and a reviewer checks the material")
  SubsidyApplication file(LinggongUser user, @RequestBody SubsidyFilings.Filing filing) {
    return filings.file(user, filing);
  }

  @GetMapping("/applications")
  @Operation(summary = "The open applications (a district user: the own district's)")
  List<SubsidyApplication> open(LinggongUser user) {
    return reading.open(user);
  }

  @GetMapping("/applications/{no}")
  @Operation(
      summary =
          "An application with its items (claimed, quoted, corrected, approved), evidence,"
              + " payments, objections, open steps, letters and timeline")
  SubsidyView one(LinggongUser user, @PathVariable String no) {
    return reading.view(user, no);
  }

  @PostMapping(
      value = "/applications/{no}/evidence",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Add a lease, rent receipt, network invoice, floor plan or document (JPEG, PNG or PDF);"
              + " receipts and invoices with their amount, date within the period and number")
  SubsidyApplication.Evidence evidence(
      LinggongUser user,
      @PathVariable String no,
      @RequestParam(required = false) SubsidyApplication.EvidenceKind kind,
      @RequestParam(required = false) BigDecimal amount,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dated,
      @RequestParam(required = false) String referenceNo,
      @RequestPart(required = false) MultipartFile file)
      throws IOException {
    return filings.attach(
        user,
        no,
        new SubsidyFilings.EvidenceFiling(kind, amount, dated, referenceNo),
        file == null ? null : file.getOriginalFilename(),
        file == null ? null : file.getContentType(),
        file == null ? null : file.getBytes());
  }

  @PostMapping("/applications/{no}/supplement")
  @Operation(summary = "The material the one-time notice asked for has come")
  SubsidyApplication supplied(LinggongUser user, @PathVariable String no) {
    return filings.supplied(user, no);
  }

  @PostMapping("/applications/{no}/objections")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record an objection received by letter or call while the notice runs")
  void object(
      LinggongUser user,
      @PathVariable String no,
      @RequestBody CertificationNotices.PublicObjection objection) {
    notices.objectAsStaff(user, no, objection);
  }

  @GetMapping("/applications/{no}/documents/{id}")
  @Operation(summary = "A letter or piece of evidence of the application")
  ResponseEntity<byte[]> document(
      LinggongUser user, @PathVariable String no, @PathVariable long id) {
    CaseDocuments.File file = reading.document(user, no, id);
    return cn.linggong.shared.api.Downloads.inline(
        file.document().fileName(), file.document().contentType(), file.content());
  }

  @GetMapping("/markets/{marketId}")
  @Operation(
      summary =
          "A market's subsidies across years: approved per item, paid, years used of the"
              + " limit, the network one-off, higher-level grants, applications")
  SubsidyHistory history(LinggongUser user, @PathVariable long marketId) {
    return reading.history(user, marketId);
  }

  @PostMapping("/higher-grants")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Record what a higher level paid a market for an item and year, with the paying body"
              + " and document number (finance)")
  HigherGrants.Recorded recordHigherGrant(
      LinggongUser user, @RequestBody HigherGrants.Grant grant) {
    return higherGrants.record(user, grant);
  }

  @GetMapping("/budgets")
  @Operation(
      summary =
          "Each district's market-subsidy budget of a year with what was approved and paid and"
              + " what remains")
  List<SubsidyBudgets.Budget> budgets(LinggongUser user, @RequestParam int year) {
    return budgets.of(user, year);
  }

  @GetMapping("/ledger")
  @Operation(
      summary =
          "The subsidies approved from a year's budget by district (补贴台账): XLSX with the items,"
              + " payments and vouchers, or a PDF list",
      description = "format: xlsx or pdf")
  ResponseEntity<byte[]> ledger(
      LinggongUser user,
      @RequestParam int year,
      @RequestParam(defaultValue = "xlsx") String format) {
    return switch (format) {
      case "xlsx" ->
          cn.linggong.shared.api.Downloads.attachment(
              "补贴台账-" + year + ".xlsx",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              ledger.xlsx(user, year, user.locale()));
      case "pdf" ->
          cn.linggong.shared.api.Downloads.attachment(
              "补贴台账-" + year + ".pdf", "application/pdf", ledger.pdf(user, year));
      default -> throw InvalidInputException.of("format", "market.export.format");
    };
  }

  @PutMapping("/budgets/{districtId}/{year}")
  @Operation(summary = "Set a district's budget of a year from the employment-subsidy fund")
  SubsidyBudgets.Budget setBudget(
      LinggongUser user,
      @PathVariable String districtId,
      @PathVariable int year,
      @RequestBody SubsidyBudgets.Change change) {
    return budgets.set(user, districtId, year, change);
  }
}
