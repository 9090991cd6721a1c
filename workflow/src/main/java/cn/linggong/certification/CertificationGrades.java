package cn.linggong.certification;

import java.time.Instant;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual evaluations' grades (优秀 / 良好 / 合格) for the features that go by them (the rent
 * subsidy's rate): the caller has checked that the person may see the market.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificationGrades {

  private final CertificationMapper mapper;

  /** The grade of the market's latest qualified evaluation before {@code before}. */
  @Transactional(readOnly = true)
  public Optional<String> latest(long marketId, Instant before) {
    return Optional.ofNullable(mapper.latestGrade(marketId, before));
  }
}
