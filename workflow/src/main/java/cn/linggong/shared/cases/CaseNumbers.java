package cn.linggong.shared.cases;

import java.time.Clock;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case numbers by kind and year, without gaps from concurrent callers: {@code BF-2026-000001}. Runs
 * in the caller's transaction, so a case that is not saved does not use up its number.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseNumbers {

  private final CaseSequenceMapper mapper;
  private final Clock clock;

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix) {
    int year = LocalDate.now(clock).getYear();
    if (mapper.increment(prefix, year) == 0) {
      try {
        mapper.insertFirst(prefix, year);
      } catch (DuplicateKeyException e) {
        // another node opened the year's first case at the same moment
        mapper.increment(prefix, year);
      }
    }
    return String.format("%s-%d-%06d", prefix, year, mapper.current(prefix, year));
  }
}
