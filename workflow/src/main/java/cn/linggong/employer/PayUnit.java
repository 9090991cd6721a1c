package cn.linggong.employer;

/** How the pay of a posting is stated: per hour, day, month or piece of work. */
public enum PayUnit {
  HOUR,
  DAY,
  MONTH,
  PIECE
}
