package cn.linggong.shared.cases;

import java.time.Clock;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case numbers by kind and year, in order and never twice: {@code BF-2026-000001}. Each number is
 * taken in a short transaction of its own, committed at once, so that a filing holds the year's
 * counter only for that moment and filings of every district do not queue behind each other (a
 * complaint of 500 workers used to hold it through its whole filing). The price: a filing that
 * fails after its number was taken leaves that number unused. The callers check what a person sent
 * before they take a number, so only a failure of the database or the engine leaves such a gap.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseNumbers {

  /** Digits of the serial at a number's end ({@code 000123}). */
  public static final int SERIAL_DIGITS = 6;

  private final CaseSequenceMapper mapper;
  private final Clock clock;

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public String next(String prefix) {
    int year = LocalDate.now(clock).getYear();
    mapper.advance(prefix, year);
    return String.format(
        "%s-%d-%0" + SERIAL_DIGITS + "d", prefix, year, mapper.current(prefix, year));
  }
}
