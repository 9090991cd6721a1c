package cn.linggong.market;

import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.api.Downloads;
import cn.linggong.shared.validation.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 零工市场名录 over REST: the directory, a market's record and history, the export. */
@RestController
@RequestMapping("/api/markets")
@Tag(name = "markets", description = "零工市场名录 · gig-market directory")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MarketApi {

  private final MarketDirectory directory;
  private final MarketExport export;
  private final java.time.Clock clock;

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Register a market in the directory")
  Market register(LinggongUser user, @RequestBody MarketDraft draft) {
    return directory.register(user, draft);
  }

  @GetMapping
  @Operation(summary = "The directory, by district and name, narrowed by the filters given")
  List<Market> search(
      LinggongUser user,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) Market.Kind kind,
      @RequestParam(required = false) Market.Nature nature,
      @RequestParam(required = false) Market.Status status,
      @RequestParam(required = false) Market.Certification certification,
      @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    return directory.search(
        user, new MarketFilter(district, kind, nature, status, certification, name), offset, limit);
  }

  @GetMapping("/{id}")
  Market one(LinggongUser user, @PathVariable long id) {
    return directory.find(user, id);
  }

  @PutMapping("/{id}")
  @Operation(
      summary =
          "Change a market's record: the version read, the whole record, a reason for a status change")
  Market update(LinggongUser user, @PathVariable long id, @RequestBody MarketDraft.Update update) {
    return directory.update(user, id, update);
  }

  @PutMapping("/{id}/certification")
  @Operation(summary = "Record, correct or end a certification granted outside this system")
  Market certification(
      LinggongUser user,
      @PathVariable long id,
      @RequestBody MarketDraft.CertificationRecord record) {
    return directory.recordCertification(user, id, record);
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "Every change of the market's record, newest first")
  List<MarketChange> history(LinggongUser user, @PathVariable long id) {
    return directory.history(user, id);
  }

  @GetMapping("/export")
  @Operation(
      summary = "The directory as XLSX (the ministry's columns first) or as a PDF list",
      description = "format: xlsx or pdf; the same filters as the list")
  ResponseEntity<byte[]> export(
      LinggongUser user,
      @RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) Market.Kind kind,
      @RequestParam(required = false) Market.Nature nature,
      @RequestParam(required = false) Market.Status status,
      @RequestParam(required = false) Market.Certification certification) {
    MarketFilter filter = new MarketFilter(district, kind, nature, status, certification, null);
    String day = LocalDate.now(clock).toString();
    return switch (format) {
      case "xlsx" ->
          Downloads.attachment(
              "零工市场名录-" + day + ".xlsx",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              export.xlsx(user, filter, user.locale()));
      case "pdf" ->
          Downloads.attachment(
              "零工市场名录-" + day + ".pdf", "application/pdf", export.pdf(user, filter));
      default -> throw InvalidInputException.of("format", "market.export.format");
    };
  }
}
