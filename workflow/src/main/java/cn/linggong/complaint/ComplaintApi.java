package cn.linggong.complaint;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.identity.LinggongUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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

/** Wage complaints over REST; their steps are tasks, done through {@code /api/tasks}. */
@RestController
@RequestMapping("/api/complaints")
@Tag(name = "complaints", description = "欠薪投诉 · wage complaints")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ComplaintApi {

  private final ComplaintIntake intake;
  private final ComplaintEvidence evidence;
  private final ComplaintActions actions;
  private final ComplaintReading reading;

  record Note(String note) {}

  @io.swagger.v3.oas.annotations.media.Schema(name = "ComplaintContact")
  record Contact(ComplaintActions.ContactKind kind, LocalDate date, String summary) {}

  @io.swagger.v3.oas.annotations.media.Schema(name = "ComplaintWithdrawal")
  record Withdrawal(ComplaintActions.WithdrawalReason reason, String note) {}

  record Extension(String reason) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "File a complaint: complainants with amounts, employer, project, period")
  Complaint file(LinggongUser user, @RequestBody ComplaintIntake.Filing filing) {
    return intake.file(user, filing);
  }

  @GetMapping
  List<Complaint> search(
      LinggongUser user,
      @RequestParam(required = false) Complaint.State state,
      @RequestParam(required = false) Complaint.Stage stage,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    return reading.search(user, state, stage, offset, limit);
  }

  @GetMapping("/{no}")
  @Operation(
      summary = "State, clocks with their due dates, amounts owed, agreed and recovered, timeline")
  ComplaintView one(LinggongUser user, @PathVariable String no) {
    return reading.view(user, no);
  }

  @PostMapping(value = "/{no}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add an evidence file (JPEG, PNG or PDF; size limited)")
  Evidence evidence(
      LinggongUser user,
      @PathVariable String no,
      @RequestParam(required = false) Evidence.Kind kind,
      @RequestParam(required = false) String description,
      @RequestPart(name = "file", required = false) MultipartFile file)
      throws IOException {
    return evidence.addEvidence(
        user,
        no,
        kind,
        description,
        file == null ? null : file.getOriginalFilename(),
        file == null ? null : file.getContentType(),
        file == null ? null : file.getBytes());
  }

  @GetMapping("/{no}/evidence/{id}")
  ResponseEntity<byte[]> evidenceFile(
      LinggongUser user, @PathVariable String no, @PathVariable long id) {
    ComplaintEvidence.EvidenceFile file = evidence.evidenceFile(user, no, id);
    return cn.linggong.shared.api.Downloads.inline(
        file.evidence().fileName(), file.evidence().contentType(), file.content());
  }

  @PostMapping("/{no}/supplement")
  @Operation(
      summary = "The complainant supplied the missing material: the acceptance clock restarts")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void supplied(
      LinggongUser user, @PathVariable String no, @RequestBody(required = false) Note note) {
    intake.supply(user, no, note == null ? null : note.note());
  }

  @PostMapping("/{no}/contacts")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Log a contact or a mediation session")
  ComplaintEvent contact(LinggongUser user, @PathVariable String no, @RequestBody Contact contact) {
    return actions.logContact(user, no, contact.kind(), contact.date(), contact.summary());
  }

  @PostMapping("/{no}/extension-request")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Ask the supervisor for 30 more working days of inspection")
  void extension(LinggongUser user, @PathVariable String no, @RequestBody Extension extension) {
    actions.requestExtension(user, no, extension.reason());
  }

  @PostMapping("/{no}/withdrawal")
  Complaint withdraw(
      LinggongUser user, @PathVariable String no, @RequestBody Withdrawal withdrawal) {
    return actions.withdraw(user, no, withdrawal.reason(), withdrawal.note());
  }

  @PutMapping("/{no}/owner")
  @Operation(summary = "A supervisor names another responsible mediator; open steps follow")
  Complaint owner(
      LinggongUser user,
      @PathVariable String no,
      @RequestBody cn.linggong.casefile.OwnerChange change) {
    return actions.changeOwner(user, no, change.owner(), change.reason());
  }

  @GetMapping("/{no}/documents/{id}")
  @Operation(summary = "A notice, agreement or referral letter (PDF)")
  ResponseEntity<byte[]> document(
      LinggongUser user, @PathVariable String no, @PathVariable long id) {
    CaseDocuments.File file = reading.document(user, no, id);
    return cn.linggong.shared.api.Downloads.inline(
        file.document().fileName(), file.document().contentType(), file.content());
  }
}
