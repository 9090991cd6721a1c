package cn.linggong.assistance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 困难零工帮扶 ({@code linggong.assistance.*}): numbers that policy sets and may change.
 *
 * @param caseNumberPrefix case numbers read {prefix}-{year}-{000001}
 * @param maxReferrals job referrals in the package (seed 000: 3次岗位推荐)
 * @param olderAge the 大龄 thresholds (common practice "4050": women 40+, men 50+)
 * @param placement public-welfare placement terms
 */
@ConfigurationProperties("linggong.assistance")
public record AssistanceProperties(
    @DefaultValue("BF") String caseNumberPrefix,
    @DefaultValue("3") int maxReferrals,
    @DefaultValue OlderAge olderAge,
    @DefaultValue Placement placement) {

  /** Ages from which a woman or a man counts as older (大龄). */
  public record OlderAge(@DefaultValue("40") int women, @DefaultValue("50") int men) {}

  /**
   * 公益性岗位: at most {@code maxTermMonths}, unless the person is within {@code retirementWindowYears}
   * of statutory retirement at the start, who may stay until retirement (就业补助资金管理办法).
   */
  public record Placement(
      @DefaultValue("36") int maxTermMonths,
      @DefaultValue("5") int retirementWindowYears,
      Retirement men,
      Retirement women) {}

  /**
   * Statutory retirement age under the gradual reform in force since 2025: people born from {@code
   * reformFrom} (year-month) retire one month later for every {@code stepMonths} months of birth
   * after it, up to {@code maxDelayMonths}; earlier births retire at {@code baseAge}. Defaults: men
   * 60 → 63 (born 1965-01 on, +1 month per 4), women workers 50 → 55 (born 1975-01 on, +1 month per
   * 2), set in application.yml.
   */
  public record Retirement(int baseAge, String reformFrom, int stepMonths, int maxDelayMonths) {}
}
