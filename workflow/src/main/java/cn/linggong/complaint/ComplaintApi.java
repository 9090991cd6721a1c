package cn.linggong.complaint;

import cn.linggong.document.CaseDocuments;
import cn.linggong.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
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

/** Wage complaints over REST; their steps are tasks, done through {@code /api/tasks}. */
@RestController
@RequestMapping("/api/complaints")
@Tag(name = "complaints", description = "欠薪投诉 · wage complaints")
class ComplaintApi {

  private final ComplaintService complaints;
  private final CurrentUser currentUser;

  ComplaintApi(ComplaintService complaints, CurrentUser currentUser) {
    this.complaints = complaints;
    this.currentUser = currentUser;
  }

  record Note(String note) {}

  @io.swagger.v3.oas.annotations.media.Schema(name = "ComplaintContact")
  record Contact(ComplaintService.ContactKind kind, LocalDate date, String summary) {}

  @io.swagger.v3.oas.annotations.media.Schema(name = "ComplaintWithdrawal")
  record Withdrawal(ComplaintService.WithdrawalReason reason, String note) {}

  record Extension(String reason) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "File a complaint: complainants with amounts, employer, project, period")
  Complaint file(@RequestBody ComplaintService.Filing filing) {
    return complaints.file(currentUser.require(), filing);
  }

  @GetMapping
  List<Complaint> search(
      @RequestParam(required = false) Complaint.State state,
      @RequestParam(required = false) Complaint.Stage stage,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    return complaints.search(currentUser.require(), state, stage, offset, limit);
  }

  @GetMapping("/{no}")
  @Operation(
      summary = "State, clocks with their due dates, amounts owed, agreed and recovered, timeline")
  ComplaintView one(@PathVariable String no) {
    return complaints.view(currentUser.require(), no);
  }

  @PostMapping(value = "/{no}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add an evidence file (JPEG, PNG or PDF; size limited)")
  Evidence evidence(
      @PathVariable String no,
      @RequestParam(required = false) Evidence.Kind kind,
      @RequestParam(required = false) String description,
      @RequestPart(name = "file", required = false) MultipartFile file)
      throws IOException {
    return complaints.addEvidence(
        currentUser.require(),
        no,
        kind,
        description,
        file == null ? null : file.getOriginalFilename(),
        file == null ? null : file.getContentType(),
        file == null ? null : file.getBytes());
  }

  @GetMapping("/{no}/evidence/{id}")
  ResponseEntity<byte[]> evidenceFile(@PathVariable String no, @PathVariable long id) {
    ComplaintService.EvidenceFile file = complaints.evidenceFile(currentUser.require(), no, id);
    return cn.linggong.shared.api.Downloads.inline(
        file.evidence().fileName(), file.evidence().contentType(), file.content());
  }

  @PostMapping("/{no}/supplement")
  @Operation(
      summary = "The complainant supplied the missing material: the acceptance clock restarts")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void supplied(@PathVariable String no, @RequestBody(required = false) Note note) {
    complaints.supply(currentUser.require(), no, note == null ? null : note.note());
  }

  @PostMapping("/{no}/contacts")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Log a contact or a mediation session")
  ComplaintEvent contact(@PathVariable String no, @RequestBody Contact contact) {
    return complaints.logContact(
        currentUser.require(), no, contact.kind(), contact.date(), contact.summary());
  }

  @PostMapping("/{no}/extension-request")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Ask the supervisor for 30 more working days of inspection")
  void extension(@PathVariable String no, @RequestBody Extension extension) {
    complaints.requestExtension(currentUser.require(), no, extension.reason());
  }

  @PostMapping("/{no}/withdrawal")
  Complaint withdraw(@PathVariable String no, @RequestBody Withdrawal withdrawal) {
    return complaints.withdraw(currentUser.require(), no, withdrawal.reason(), withdrawal.note());
  }

  @GetMapping("/{no}/documents/{id}")
  @Operation(summary = "A notice, agreement or referral letter (PDF)")
  ResponseEntity<byte[]> document(@PathVariable String no, @PathVariable long id) {
    CaseDocuments.File file = complaints.document(currentUser.require(), no, id);
    return cn.linggong.shared.api.Downloads.inline(
        file.document().fileName(), file.document().contentType(), file.content());
  }
}
