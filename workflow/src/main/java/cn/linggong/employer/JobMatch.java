package cn.linggong.employer;

import java.util.List;

/** A posting ranked for a worker: its score and which facts matched. */
public record JobMatch(JobPosting job, int score, List<Reason> reasons) {

  /** A fact that matched. */
  public enum Reason {
    CATEGORY,
    DISTRICT,
    PAY,
    SKILL
  }
}
