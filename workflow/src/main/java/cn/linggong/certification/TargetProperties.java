package cn.linggong.certification;

import cn.linggong.market.Market;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's certification targets ({@code linggong.certification.targets.*}); Kaifeng's (seed
 * 001): 3 city-level demonstration markets by the end of 2025, 10 by the end of 2027, and one in
 * every county or district.
 *
 * @param levels the certifications a target counts (市级示范 and above)
 * @param milestones by when how many markets, in date order
 */
@ConfigurationProperties("linggong.certification.targets")
public record TargetProperties(
    @DefaultValue({"CITY", "PROVINCE"}) Set<Market.Certification> levels,
    @DefaultValue List<Milestone> milestones) {

  public TargetProperties {
    if (levels.contains(Market.Certification.NONE)) {
      throw new IllegalArgumentException(
          "linggong.certification.targets.levels names certifications, not NONE");
    }
    levels = Set.copyOf(levels);
    milestones = milestones.stream().sorted(Comparator.comparing(Milestone::by)).toList();
  }

  /**
   * @param by the last day that counts
   * @param markets certified markets citywide
   * @param eachDistrict certified markets every district should have by then (0: none asked)
   */
  public record Milestone(LocalDate by, int markets, @DefaultValue("0") int eachDistrict) {

    public Milestone {
      if (by == null || markets < 0 || eachDistrict < 0) {
        throw new IllegalArgumentException(
            "a certification target needs a date (by) and counts of 0 or more: "
                + by
                + ", "
                + markets
                + ", "
                + eachDistrict);
      }
    }
  }
}
