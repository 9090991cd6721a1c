package cn.linggong.assistance;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.employer.JobMatch;
import cn.linggong.identity.LinggongUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** Assistance cases over REST; their steps are tasks, done through {@code /api/tasks}. */
@RestController
@RequestMapping("/api/assistance-cases")
@Tag(name = "assistance-cases", description = "困难零工帮扶案件 · hardship assistance cases")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AssistanceCaseApi {

  private final AssistanceCases cases;
  private final AssistanceJobMatches matches;

  record Opening(Long workerId) {}

  @io.swagger.v3.oas.annotations.media.Schema(name = "AssistanceWithdrawal")
  record Withdrawal(AssistanceCases.WithdrawalReason reason, String note) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Open a case for a registered worker and start the assistance process")
  AssistanceCase open(LinggongUser user, @RequestBody Opening opening) {
    return cases.open(user, opening.workerId());
  }

  @GetMapping
  List<AssistanceCase> search(
      LinggongUser user,
      @RequestParam(required = false) AssistanceCase.State state,
      @RequestParam(required = false) Long workerId,
      @RequestParam(required = false) String district,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    return cases.search(user, state, workerId, district, offset, limit);
  }

  @GetMapping("/{caseNo}")
  @Operation(summary = "State, progress (step counts), timeline, documents and open tasks")
  CaseView one(LinggongUser user, @PathVariable String caseNo) {
    return cases.view(user, caseNo);
  }

  @GetMapping("/{caseNo}/job-matches")
  @Operation(summary = "Referable postings ranked for the case's worker")
  List<JobMatch> matches(
      LinggongUser user,
      @PathVariable String caseNo,
      @RequestParam(defaultValue = "20") int limit) {
    return matches.jobMatches(user, caseNo, limit);
  }

  @PostMapping("/{caseNo}/withdrawal")
  @Operation(summary = "退出帮扶: withdraw at any point with a reason")
  AssistanceCase withdraw(
      LinggongUser user, @PathVariable String caseNo, @RequestBody Withdrawal withdrawal) {
    return cases.withdraw(user, caseNo, withdrawal.reason(), withdrawal.note());
  }

  @PutMapping("/{caseNo}/owner")
  @Operation(summary = "A supervisor names another responsible caseworker; open steps follow")
  AssistanceCase owner(
      LinggongUser user,
      @PathVariable String caseNo,
      @RequestBody cn.linggong.casefile.OwnerChange change) {
    return cases.changeOwner(user, caseNo, change.owner(), change.reason());
  }

  @GetMapping("/{caseNo}/documents/{id}")
  @Operation(summary = "A letter or record of the case (PDF)")
  ResponseEntity<byte[]> document(
      LinggongUser user, @PathVariable String caseNo, @PathVariable long id) {
    CaseDocuments.File file = cases.document(user, caseNo, id);
    return cn.linggong.shared.api.Downloads.inline(
        file.document().fileName(), file.document().contentType(), file.content());
  }
}
