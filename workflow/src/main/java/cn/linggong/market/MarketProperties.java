package cn.linggong.market;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The directory's settings ({@code linggong.market.*}).
 *
 * @param reviewEveryMonths how often each district's directory is reviewed (3: every quarter, as
 *     seed 000 asks); 1, 2, 3, 4, 6 or 12 — a divisor of the year, so periods start on 1 January
 */
@ConfigurationProperties("linggong.market")
public record MarketProperties(@DefaultValue("3") int reviewEveryMonths) {

  public MarketProperties {
    if (reviewEveryMonths < 1 || reviewEveryMonths > 12 || 12 % reviewEveryMonths != 0) {
      throw new IllegalArgumentException(
          "linggong.market.review-every-months must divide the year (1, 2, 3, 4, 6 or 12): "
              + reviewEveryMonths);
    }
  }
}
