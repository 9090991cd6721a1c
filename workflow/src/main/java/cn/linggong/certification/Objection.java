package cn.linggong.certification;

import java.time.Instant;

/**
 * An objection (异议) to an application under public notice, as staff see it: the contact masked.
 *
 * @param filedBy the staff member who recorded it (null for one filed on the public page)
 */
public record Objection(
    long id,
    Instant filedAt,
    Source source,
    String filedBy,
    String name,
    String contactMasked,
    String text,
    State state,
    Outcome outcome,
    String resolution,
    String resolvedBy,
    Instant resolvedAt) {

  /** Filed by anyone on the public page, or recorded by staff (a letter, a call). */
  public enum Source {
    PUBLIC,
    STAFF
  }

  public enum State {
    OPEN,
    RESOLVED
  }

  /** 成立，不予认定 / 成立，重新核查 / 不成立. */
  public enum Outcome {
    UPHELD_REFUSE,
    UPHELD_REINSPECT,
    DISMISSED
  }
}
