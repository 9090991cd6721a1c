package cn.linggong.certification;

import java.time.Instant;

/**
 * A stored objection to a public notice (the contact encrypted): certification's, and subsidies'
 * from their own table. Never leaves the features.
 */
public final class ObjectionRow {
  public Long id;
  public long applicationId;
  public Instant filedAt;
  public String source;
  public String filedBy;
  public String name;
  public String contactEnc;
  public String contactMasked;
  public String text;
  public String addressHash;
  public String state;
  public String outcome;
  public String resolution;
  public String resolvedBy;
  public Instant resolvedAt;

  public Objection view() {
    return new Objection(
        id,
        filedAt,
        Objection.Source.valueOf(source),
        filedBy,
        name,
        contactMasked,
        text,
        Objection.State.valueOf(state),
        outcome == null ? null : Objection.Outcome.valueOf(outcome),
        resolution,
        resolvedBy,
        resolvedAt);
  }
}
