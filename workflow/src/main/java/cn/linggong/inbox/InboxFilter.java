package cn.linggong.inbox;

import java.time.Instant;

/**
 * What the inbox shows. {@code scope}: MINE (assigned to me), GROUPS (unassigned, for one of my
 * groups), ALL (both), TEAM (all of my groups' tasks, whoever holds them: a colleague's case steps
 * too). {@code districtId} narrows a city-level view to one district; district users always see
 * only their own.
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
    boolean descending) {

  public enum Scope {
    MINE,
    GROUPS,
    ALL,
    TEAM
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
        descending);
  }
}
