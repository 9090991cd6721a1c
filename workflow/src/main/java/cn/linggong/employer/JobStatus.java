package cn.linggong.employer;

/** A posting is open for referrals, filled (all hired) or closed by staff. */
public enum JobStatus {
  OPEN,
  FILLED,
  CLOSED
}
