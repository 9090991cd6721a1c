package cn.linggong.employer;

/** How pay is settled (seed 001): 日结, 周结, 月结, 完工结. */
public enum Settlement {
  DAILY,
  WEEKLY,
  MONTHLY,
  ON_COMPLETION
}
