package cn.linggong.subsidy;

/** What a certified market may be paid for (seed 004, 婺城区): 场地租金补贴, 运营补贴, 信息网络建设补贴, 监测补贴, 配套奖励. */
public enum SubsidyItem {
  RENT,
  OPERATING,
  NETWORK,
  MONITORING,
  MATCHING_AWARD;

  /** Whether the item counts against the market's years of subsidy (rent, operating, network). */
  public boolean limitedInYears() {
    return this == RENT || this == OPERATING || this == NETWORK;
  }
}
