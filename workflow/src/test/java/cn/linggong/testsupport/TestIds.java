package cn.linggong.testsupport;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid resident ID numbers and unified social credit codes for test data, each one fresh. */
public final class TestIds {

  private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
  private static final AtomicInteger CODES = new AtomicInteger(1000);

  private TestIds() {}

  /** Kaifeng's area codes: 鼓楼区 first. */
  private static final String[] AREAS = {
    "410204", "410202", "410203", "410205", "410211", "410212", "410221", "410222", "410223"
  };

  /**
   * A valid resident ID number born on {@code birth} with a fresh sequence number: of 鼓楼区, then
   * (after every 500 numbers) of another Kaifeng area.
   */
  public static String idNumber(LocalDate birth, boolean female) {
    int n = SEQUENCE.incrementAndGet();
    int seq = n % 500 * 2 + (female ? 0 : 1);
    // after 500 numbers of a birth date, another of Kaifeng's area codes: every number stays
    // fresh and the birth date stays the one asked for (rules count age and retirement by it)
    String area = AREAS[n / 500 % AREAS.length];
    String first17 = area + birth.toString().replace("-", "") + String.format("%03d", seq);
    return first17 + cn.linggong.shared.validation.ResidentIdNumbers.checkCharacter(first17);
  }

  /** A valid unified social credit code with a fresh serial. */
  public static String creditCode() {
    String first17 = "91410204MA" + String.format("%07d", CODES.incrementAndGet());
    return first17 + cn.linggong.shared.validation.CreditCodes.checkCharacter(first17);
  }

  /** A fresh mainland mobile number. */
  public static String mobile() {
    return "139" + String.format("%08d", SEQUENCE.incrementAndGet());
  }
}
