package cn.linggong.testsupport;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid resident ID numbers and unified social credit codes for test data, each one fresh. */
public final class TestIds {

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CODE_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
  private static final AtomicInteger CODES = new AtomicInteger(1000);

  private TestIds() {}

  /** A valid resident ID number of 鼓楼区 with a fresh sequence number. */
  public static String idNumber(LocalDate birth, boolean female) {
    int seq = SEQUENCE.incrementAndGet() % 500 * 2 + (female ? 0 : 1);
    String first17 = "410204" + birth.toString().replace("-", "") + String.format("%03d", seq);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return first17 + ID_CHECK.charAt(sum % 11);
  }

  /** A valid unified social credit code with a fresh serial. */
  public static String creditCode() {
    String first17 = "91410204MA" + String.format("%07d", CODES.incrementAndGet());
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CODE_ALPHABET.indexOf(first17.charAt(i)) * CODE_WEIGHTS[i];
    }
    return first17 + CODE_ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** A fresh mainland mobile number. */
  public static String mobile() {
    return "139" + String.format("%08d", SEQUENCE.incrementAndGet());
  }
}
