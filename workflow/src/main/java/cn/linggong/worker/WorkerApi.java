package cn.linggong.worker;

import cn.linggong.identity.LinggongUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The worker registry over REST: numbers masked; a full ID number only on purpose, audited. */
@RestController
@RequestMapping("/api/workers")
@Tag(name = "workers", description = "零工人员实名台账 · gig-worker registry")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WorkerApi {

  private final WorkerRegistry registry;
  private final WorkerHardship hardship;
  private final WorkerChanges changes;

  record FullIdNumber(long workerId, String idNumber) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Register a worker: name, ID number, mobile (district: one's own; city level names one)")
  Worker register(LinggongUser user, @RequestBody WorkerRegistry.Registration registration) {
    return registry.register(user, registration);
  }

  @GetMapping
  @Operation(
      summary =
          "List by name and hardship status; masked results. By ID number or mobile: POST"
              + " /api/workers/search (numbers do not travel in addresses, which proxies log)")
  List<Worker> search(
      LinggongUser user,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String idNumber,
      @RequestParam(required = false) String mobile,
      @RequestParam(required = false) String hardship,
      @RequestParam(required = false) String district,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    cn.linggong.shared.validation.InvalidInputException.Collector errors =
        new cn.linggong.shared.validation.InvalidInputException.Collector();
    if (idNumber != null) {
      errors.add("idNumber", "assistance.worker.lookupByPost");
    }
    if (mobile != null) {
      errors.add("mobile", "assistance.worker.lookupByPost");
    }
    errors.throwIfAny();
    return registry.search(user, name, null, null, hardship, district, offset, limit);
  }

  /** What to look for: any of name, ID number (whole or last four), mobile, hardship status. */
  record Lookup(
      String name,
      String idNumber,
      String mobile,
      String hardship,
      String district,
      Integer offset,
      Integer limit) {}

  @PostMapping("/search")
  @Operation(
      summary =
          "Find by name, ID number (whole, masked or its last four) or mobile, matched by keyed"
              + " hash without decrypting; masked results")
  List<Worker> lookup(LinggongUser user, @RequestBody Lookup lookup) {
    return registry.search(
        user,
        lookup.name(),
        lookup.idNumber(),
        lookup.mobile(),
        lookup.hardship(),
        lookup.district(),
        lookup.offset() == null ? 0 : lookup.offset(),
        lookup.limit() == null ? 50 : lookup.limit());
  }

  @GetMapping("/{id}")
  Worker one(LinggongUser user, @PathVariable long id) {
    return registry.find(user, id);
  }

  @org.springframework.web.bind.annotation.PutMapping("/{id}")
  @Operation(
      summary =
          "Correct the name or mobile (a blank mobile keeps the registered one); every change is"
              + " kept with who, when, before and after")
  Worker correct(
      LinggongUser user, @PathVariable long id, @RequestBody WorkerChanges.Correction correction) {
    return changes.correct(user, id, correction);
  }

  /** Where a worker moves, and why. */
  record Transfer(String districtId, String reason) {}

  @PostMapping("/{id}/transfer")
  @Operation(summary = "Move the worker to another district (a city-level admin), with a reason")
  Worker transfer(LinggongUser user, @PathVariable long id, @RequestBody Transfer transfer) {
    return changes.transfer(user, id, transfer.districtId(), transfer.reason());
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "Every change of the record, newest first (numbers masked)")
  List<WorkerChange> history(LinggongUser user, @PathVariable long id) {
    return changes.history(user, id);
  }

  /** A call, visit or message to note. */
  record ContactNote(WorkerContact.Kind kind, java.time.LocalDate on, String note) {}

  @GetMapping("/{id}/contacts")
  @Operation(summary = "The contact log, newest first")
  List<WorkerContact> contacts(LinggongUser user, @PathVariable long id) {
    return changes.contacts(user, id);
  }

  @PostMapping("/{id}/contacts")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Note a call, visit or message with the worker")
  WorkerContact logContact(
      LinggongUser user, @PathVariable long id, @RequestBody ContactNote contact) {
    return changes.logContact(user, id, contact.kind(), contact.on(), contact.note());
  }

  @org.springframework.web.bind.annotation.PutMapping("/{id}/hardship")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary =
          "Record the hardship facts (stored encrypted; searchable by status without being readable)")
  void recordHardship(LinggongUser user, @PathVariable long id, @RequestBody HardshipFacts facts) {
    hardship.recordHardship(user, id, facts);
  }

  @GetMapping("/{id}/hardship")
  @Operation(
      summary =
          "The hardship facts, with a purpose (purposeNote needed for OTHER); every look is"
              + " recorded with it")
  HardshipFacts hardship(
      LinggongUser user,
      @PathVariable long id,
      @RequestParam(required = false) cn.linggong.privacy.FullViewPurpose purpose,
      @RequestParam(required = false) String purposeNote) {
    return hardship
        .hardship(user, id, purpose, purposeNote)
        .orElseThrow(
            () -> new cn.linggong.shared.NotFoundException("assistance.hardship.none", id));
  }

  @GetMapping("/{id}/id-number")
  @Operation(
      summary =
          "The full ID number, with a purpose (purposeNote needed for OTHER); every call is"
              + " recorded with it")
  FullIdNumber fullIdNumber(
      LinggongUser user,
      @PathVariable long id,
      @RequestParam(required = false) cn.linggong.privacy.FullViewPurpose purpose,
      @RequestParam(required = false) String purposeNote) {
    return new FullIdNumber(id, registry.fullIdNumber(user, id, purpose, purposeNote));
  }
}
