package cn.linggong.inbox;

import java.time.Instant;

/**
 * What the inbox shows. {@code scope}: MINE (assigned to me), GROUPS (unassigned, for one of my
 * groups), ALL (both), TEAM (all of my groups' tasks, whoever holds them: a colleague's case steps
 * too), DISTRICT (every open task of the district, whoever may work it: supervisors only). {@code
 * districtId} narrows a city-level view to one district; district users always see only their own.
 * {@code assignee} keeps the tasks one person holds, {@code unassigned} those nobody holds, {@code
 * escalated} those with an open escalation (the dashboard's figures link to these).
 */
public record InboxFilter(
    Scope scope,
    String districtId,
    String processDefinitionKey,
    String taskDefinitionKey,
    String businessKeyLike,
    Instant dueBefore,
    Instant dueAfter,
    Sort sort,
    boolean descending,
    String assignee,
    boolean unassigned,
    boolean escalated) {

  public enum Scope {
    MINE,
    GROUPS,
    ALL,
    TEAM,
    DISTRICT
  }

  /**
   * The pattern for {@link #businessKeyLike} from what a person typed in the case-number search: a
   * number or its beginning ({@code QX-2026-0001}) is matched from the start, which the index on
   * the case number serves; digits alone are the serial at the number's end ({@code 123} finds
   * {@code QX-2026-000123} and {@code BF-2025-000123}, not {@code QX-2026-001234}). The wildcards
   * {@code %} and {@code _} are taken out. Null for nothing typed.
   */
  public static String caseNumberSearch(String typed) {
    if (typed == null) {
      return null;
    }
    String text = typed.trim().replace("%", "").replace("_", "");
    if (text.isEmpty()) {
      return null;
    }
    if (text.chars().allMatch(Character::isDigit)) {
      String serial =
          text.length() >= cn.linggong.shared.cases.CaseNumbers.SERIAL_DIGITS
              ? text
              : "0".repeat(cn.linggong.shared.cases.CaseNumbers.SERIAL_DIGITS - text.length())
                  + text;
      return "%-" + serial;
    }
    return text + "%";
  }

  /** A filter on no holder and no escalation. */
  public InboxFilter(
      Scope scope,
      String districtId,
      String processDefinitionKey,
      String taskDefinitionKey,
      String businessKeyLike,
      Instant dueBefore,
      Instant dueAfter,
      Sort sort,
      boolean descending) {
    this(
        scope,
        districtId,
        processDefinitionKey,
        taskDefinitionKey,
        businessKeyLike,
        dueBefore,
        dueAfter,
        sort,
        descending,
        null,
        false,
        false);
  }

  /** Columns the inbox sorts on, each backed by the due-date index or cheap on a page. */
  public enum Sort {
    DUE,
    CREATED,
    BUSINESS_KEY,
    PROCESS,
    STEP,
    DISTRICT,
    ASSIGNEE
  }

  public static InboxFilter all() {
    return new InboxFilter(Scope.ALL, null, null, null, null, null, null, Sort.DUE, false);
  }

  /** The same filter over another scope. */
  public InboxFilter withScope(Scope other) {
    return new InboxFilter(
        other,
        districtId,
        processDefinitionKey,
        taskDefinitionKey,
        businessKeyLike,
        dueBefore,
        dueAfter,
        sort,
        descending,
        assignee,
        unassigned,
        escalated);
  }

  /** The same filter over another due-date range. */
  public InboxFilter withDue(Instant before, Instant after) {
    return new InboxFilter(
        scope,
        districtId,
        processDefinitionKey,
        taskDefinitionKey,
        businessKeyLike,
        before,
        after,
        sort,
        descending,
        assignee,
        unassigned,
        escalated);
  }

  /** The same filter on who holds the task and whether it is escalated. */
  public InboxFilter withHolder(String holder, boolean nobody, boolean escalatedOnly) {
    return new InboxFilter(
        scope,
        districtId,
        processDefinitionKey,
        taskDefinitionKey,
        businessKeyLike,
        dueBefore,
        dueAfter,
        sort,
        descending,
        holder,
        nobody,
        escalatedOnly);
  }
}
