package cn.linggong.casework;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the case screens write times: minutes or days, in the bureau's zone; nothing for none. */
public final class CaseTexts {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private CaseTexts() {}

  public static String time(Instant at, ZoneId zone) {
    return at == null ? "" : TIME.format(at.atZone(zone));
  }

  /** The day of a moment, in the bureau's zone; nothing for none. */
  public static String day(Instant at, ZoneId zone) {
    return at == null ? "" : DAY.format(at.atZone(zone));
  }
}
