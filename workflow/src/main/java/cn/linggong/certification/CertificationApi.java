package cn.linggong.certification;

import cn.linggong.casefile.CaseDocument;
import cn.linggong.casefile.CaseDocuments;
import cn.linggong.identity.LinggongUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Applications for certification as a demonstration market over REST. */
@RestController
@RequestMapping("/api/certifications")
@Tag(name = "certification", description = "示范性零工市场认定 · market certification")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CertificationApi {

  private final CertificationFilings filings;
  private final CertificationReading reading;
  private final CertificationActions actions;
  private final CertificationNotices notices;

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "File a market's application with its self-assessment; the prerequisites are checked at"
              + " once")
  Certification file(LinggongUser user, @RequestBody CertificationFilings.Filing filing) {
    return filings.file(user, filing);
  }

  @GetMapping
  List<Certification> search(
      LinggongUser user,
      @RequestParam(required = false) Certification.State state,
      @RequestParam(required = false) Long market,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    return reading.search(user, state, market, offset, limit);
  }

  @GetMapping("/{no}")
  @Operation(summary = "An application with its sheets, scores, open steps, documents and timeline")
  CertificationView one(LinggongUser user, @PathVariable String no) {
    return reading.view(user, no);
  }

  @PostMapping(value = "/{no}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Attach a site photo, lease, rules or logs (JPEG, PNG or PDF)")
  CaseDocument attach(
      LinggongUser user,
      @PathVariable String no,
      @RequestParam(required = false) CertificationFilings.AttachmentKind kind,
      @RequestPart(required = false) MultipartFile file)
      throws IOException {
    return filings.attach(
        user,
        no,
        kind,
        file == null ? null : file.getOriginalFilename(),
        file == null ? null : file.getContentType(),
        file == null ? null : file.getBytes());
  }

  @PostMapping("/{no}/supplement")
  @Operation(summary = "The material the one-time notice asked for has come")
  Certification supplied(LinggongUser user, @PathVariable String no) {
    return actions.supplied(user, no);
  }

  @PostMapping("/{no}/objections")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record an objection received by letter or call while the notice runs")
  void object(
      LinggongUser user,
      @PathVariable String no,
      @RequestBody CertificationNotices.PublicObjection objection) {
    notices.objectAsStaff(user, no, objection);
  }

  /** Why a reviewer asks for a certified market's withdrawal. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "CertificationWithdrawalRequest")
  record WithdrawalRequest(String reason) {}

  @PostMapping("/{no}/withdrawal")
  @Operation(
      summary = "Ask for a certified market's withdrawal (a city supervisor approves or not)")
  Certification withdrawal(
      LinggongUser user, @PathVariable String no, @RequestBody WithdrawalRequest request) {
    return actions.requestWithdrawal(user, no, request == null ? null : request.reason());
  }

  @GetMapping("/{no}/documents/{id}")
  @Operation(summary = "A letter or attachment of the application")
  ResponseEntity<byte[]> document(
      LinggongUser user, @PathVariable String no, @PathVariable long id) {
    CaseDocuments.File file = reading.document(user, no, id);
    return cn.linggong.shared.api.Downloads.inline(
        file.document().fileName(), file.document().contentType(), file.content());
  }
}
