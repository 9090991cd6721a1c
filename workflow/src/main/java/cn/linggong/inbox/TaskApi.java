package cn.linggong.inbox;

import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.sla.TimeLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The inbox over REST, with the districts and groups the screens apply. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "tasks", description = "待办任务 · the inbox")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TaskApi {

  private static final int MAX_PAGE = 200;

  private final InboxService inbox;
  private final TaskCompletion completion;
  private final Reassignment reassignment;
  private final Clock clock;
  private final TimeLimits timeLimits;
  private final WorkDistribution distribution;
  private final org.springframework.context.MessageSource messages;

  record ReassignTo(String userId) {}

  record BulkReassign(List<String> taskIds, String userId) {}

  record BulkReturn(List<String> taskIds) {}

  /** A task a bulk action left as it was, and why in the caller's language. */
  record Refused(String taskId, String caseNumber, String reason) {}

  record BulkAnswer(List<String> done, List<Refused> refused) {}

  record TaskWithForm(InboxTask task, cn.linggong.form.FormDefinition form) {}

  /** The furthest a page may start (a backlog's end is far before it; no overflow with limit). */
  static final int OFFSET_MAX = 1_000_000;

  record Page(long total, int offset, int limit, Map<String, Long> counts, List<InboxTask> items) {}

  @GetMapping
  @Operation(
      summary =
          "The tasks I may work: scope MINE | GROUPS | ALL | TEAM (every task of my groups, whoever holds it) | DISTRICT (supervisors: every open task of the district), filters (holder, unassigned, escalated; overdue, or due soon: by the"
              + " end of linggong.sla.due-soon-working-days working days), sort, paging (due date"
              + " first by default); dueProvisional marks a due date from a provisional year")
  Page list(
      LinggongUser user,
      @RequestParam(defaultValue = "ALL") String scope,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String process,
      @RequestParam(required = false) String step,
      @RequestParam(required = false) String caseNumber,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "false") boolean dueSoon,
      @RequestParam(required = false) String assignee,
      @RequestParam(defaultValue = "false") boolean unassigned,
      @RequestParam(defaultValue = "false") boolean escalated,
      @RequestParam(defaultValue = "DUE") String sort,
      @RequestParam(defaultValue = "false") boolean descending,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    InboxFilter.Scope scopeValue = parse(InboxFilter.Scope.class, scope, "scope", errors);
    InboxFilter.Sort sortValue = parse(InboxFilter.Sort.class, sort, "sort", errors);
    if (offset < 0 || offset > OFFSET_MAX) {
      errors.add("offset", "inbox.offset.range", OFFSET_MAX);
    }
    if (limit < 1 || limit > MAX_PAGE) {
      errors.add("limit", "inbox.limit.range", MAX_PAGE);
    }
    if (overdue && dueSoon) {
      errors.add("dueSoon", "inbox.dueSoon.withOverdue");
    }
    if (unassigned && blank(assignee) != null) {
      errors.add("unassigned", "inbox.unassigned.withAssignee");
    }
    errors.throwIfAny();
    Instant now = clock.instant();
    Instant soon = timeLimits.dueSoonUntil(now);
    String like = InboxFilter.caseNumberSearch(caseNumber);
    InboxFilter filter =
        new InboxFilter(
            scopeValue,
            blank(district),
            blank(process),
            blank(step),
            like,
            overdue ? now : dueSoon ? soon : null,
            dueSoon ? now : null,
            sortValue,
            descending,
            blank(assignee),
            unassigned,
            escalated);
    return new Page(
        inbox.count(user, filter),
        offset,
        limit,
        inbox.counts(user, filter, now, soon),
        inbox.page(user, filter, offset, limit));
  }

  @GetMapping("/{taskId}")
  @Operation(summary = "One task with its form (null when its step has no form)")
  TaskWithForm one(LinggongUser user, @PathVariable String taskId) {
    InboxTask task = inbox.find(user, taskId);
    return new TaskWithForm(task, completion.formOf(taskId).orElse(null));
  }

  @PostMapping("/{taskId}/complete")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary =
          "Complete with the form's values as JSON: 400 with errors per field, 409 when someone else was first")
  void complete(
      LinggongUser user,
      @PathVariable String taskId,
      @org.springframework.web.bind.annotation.RequestBody(required = false)
          Map<String, Object> values) {
    completion.complete(user, taskId, values == null ? Map.of() : values);
  }

  @PostMapping("/{taskId}/claim")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Take a task of one of my groups; 409 naming who has it when taken meanwhile")
  void claim(LinggongUser user, @PathVariable String taskId) {
    inbox.claim(user, taskId);
  }

  @PostMapping("/{taskId}/reassign")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Supervisors: give the task to a person of its district and one of its groups")
  void reassign(
      LinggongUser user,
      @PathVariable String taskId,
      @org.springframework.web.bind.annotation.RequestBody ReassignTo to) {
    reassignment.reassign(user, taskId, to == null ? null : to.userId());
  }

  @PostMapping("/next")
  @Operation(
      summary =
          "下一件: take the most urgent task nobody holds of my groups and district (due date, then"
              + " priority, then age); 204 when there is none")
  org.springframework.http.ResponseEntity<InboxTask> next(LinggongUser user) {
    return distribution
        .next(user)
        .map(org.springframework.http.ResponseEntity::ok)
        .orElseGet(() -> org.springframework.http.ResponseEntity.noContent().build());
  }

  @PostMapping("/bulk/reassign")
  @Operation(
      summary =
          "Supervisors: give each task to one person, one audited action per task; tasks of another"
              + " district or that the person may not work are refused one by one with the reason")
  BulkAnswer bulkReassign(
      LinggongUser user,
      @org.springframework.web.bind.annotation.RequestBody(required = false) BulkReassign body) {
    return answer(
        user,
        distribution.reassignAll(
            user, body == null ? null : body.taskIds(), body == null ? null : body.userId()));
  }

  @PostMapping("/bulk/unclaim")
  @Operation(
      summary =
          "Supervisors: give each held task back to its groups, one audited action per task, refusals"
              + " one by one")
  BulkAnswer bulkReturn(
      LinggongUser user,
      @org.springframework.web.bind.annotation.RequestBody(required = false) BulkReturn body) {
    return answer(user, distribution.returnAll(user, body == null ? null : body.taskIds()));
  }

  private BulkAnswer answer(LinggongUser user, BulkResult result) {
    return new BulkAnswer(
        result.done(),
        result.refused().stream()
            .map(
                r ->
                    new Refused(
                        r.taskId(),
                        r.businessKey(),
                        messages.getMessage(
                            new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {r.messageKey()}, r.args().toArray(), r.messageKey()),
                            user.locale())))
            .toList());
  }

  @PostMapping("/{taskId}/unclaim")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unclaim(LinggongUser user, @PathVariable String taskId) {
    inbox.unclaim(user, taskId);
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String text, String field, InvalidInputException.Collector errors) {
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(field, "inbox.value.unknown", text);
      return null;
    }
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
