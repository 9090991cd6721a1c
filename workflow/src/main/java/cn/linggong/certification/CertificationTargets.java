package cn.linggong.certification;

import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The target tracker: certified markets per district and citywide against the configured
 * milestones. A milestone whose day has passed is judged by what was certified on that day; one to
 * come by what is certified today, with the applications on their way beside it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificationTargets {

  private final TargetProperties targets;
  private final MarketDirectory markets;
  private final CertificationMapper mapper;
  private final Districts districts;
  private final Clock clock;

  /**
   * @param today the day the report is made
   * @param levels the certifications counted
   * @param certified markets certified today, citywide
   * @param inProgress open applications for a counted level, citywide
   */
  public record Report(
      LocalDate today,
      List<Market.Certification> levels,
      int certified,
      int inProgress,
      List<MilestoneProgress> milestones,
      List<DistrictProgress> districts) {}

  /**
   * @param countedOn the milestone's day once it has passed, today before
   * @param reached markets certified on {@code countedOn}, citywide
   * @param gap how many more it takes (0 when reached)
   * @param districtsShort districts with fewer than {@code eachDistrict} on {@code countedOn}
   * @param daysLeft calendar days from today to the milestone's day (0 once passed)
   */
  public record MilestoneProgress(
      LocalDate by,
      int markets,
      int eachDistrict,
      LocalDate countedOn,
      int reached,
      int gap,
      List<District> districtsShort,
      long daysLeft,
      Outcome outcome) {}

  /** Reached (on its day, or already), still open, or missed on its day. */
  public enum Outcome {
    REACHED,
    OPEN,
    MISSED
  }

  /** A district's certified markets today and its open applications for a counted level. */
  public record DistrictProgress(District district, int certified, int inProgress) {}

  @Transactional(readOnly = true)
  public Report report(LinggongUser user) {
    CertificationPolicy.VIEW_TARGETS.check(user);
    LocalDate today = LocalDate.now(clock);
    List<District> all = districts.districts();
    Map<String, Integer> now = markets.certifiedOn(targets.levels(), today);
    Map<String, Integer> open =
        counts(
            mapper.openApplicationsByDistrict(targets.levels().stream().map(Enum::name).toList()));
    List<MilestoneProgress> milestones =
        targets.milestones().stream().map(m -> progress(m, today, all, now)).toList();
    List<DistrictProgress> perDistrict =
        all.stream()
            .map(
                d ->
                    new DistrictProgress(
                        d, now.getOrDefault(d.id(), 0), open.getOrDefault(d.id(), 0)))
            .toList();
    return new Report(
        today,
        targets.levels().stream().sorted().toList(),
        sum(now),
        sum(open),
        milestones,
        perDistrict);
  }

  private MilestoneProgress progress(
      TargetProperties.Milestone m, LocalDate today, List<District> all, Map<String, Integer> now) {
    boolean passed = today.isAfter(m.by());
    LocalDate day = passed ? m.by() : today;
    Map<String, Integer> counts = passed ? markets.certifiedOn(targets.levels(), day) : now;
    int reached = sum(counts);
    List<District> shortOf =
        all.stream().filter(d -> counts.getOrDefault(d.id(), 0) < m.eachDistrict()).toList();
    boolean met = reached >= m.markets() && shortOf.isEmpty();
    return new MilestoneProgress(
        m.by(),
        m.markets(),
        m.eachDistrict(),
        day,
        reached,
        Math.max(0, m.markets() - reached),
        shortOf,
        passed ? 0 : ChronoUnit.DAYS.between(today, m.by()),
        met ? Outcome.REACHED : passed ? Outcome.MISSED : Outcome.OPEN);
  }

  private static Map<String, Integer> counts(List<MarketDirectory.DistrictCount> rows) {
    return rows.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                MarketDirectory.DistrictCount::districtId, MarketDirectory.DistrictCount::markets));
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
