package cn.linggong.certification;

import java.time.Instant;

/** A stored objection (the contact encrypted; never leaves the feature). */
final class ObjectionRow {
  Long id;
  long applicationId;
  Instant filedAt;
  String source;
  String filedBy;
  String name;
  String contactEnc;
  String contactMasked;
  String text;
  String addressHash;
  String state;
  String outcome;
  String resolution;
  String resolvedBy;
  Instant resolvedAt;

  Objection view() {
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
