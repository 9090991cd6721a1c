package cn.linggong.casework;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the case screens write times: minutes, in the bureau's zone; nothing for none. */
public final class CaseTexts {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CaseTexts() {}

  public static String time(Instant at, ZoneId zone) {
    return at == null ? "" : TIME.format(at.atZone(zone));
  }
}
