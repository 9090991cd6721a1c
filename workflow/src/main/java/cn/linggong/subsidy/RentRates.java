package cn.linggong.subsidy;

import cn.linggong.engine.DeployedDecisions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The rent subsidy's rate from the deployed {@code subsidy-rent-rate.dmn}: by the market's latest
 * annual evaluation grade (优秀 / 良好 / 合格), or none yet. Evaluated outside the engine: a quote writes
 * nothing.
 */
@Component
public class RentRates {

  public static final String DECISION_KEY = "subsidy_rent_rate";

  private final DeployedDecisions decisions;

  RentRates(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  /** The rate for a grade ({@code EXCELLENT}, {@code GOOD}, {@code PASS}; null: not evaluated). */
  public BigDecimal rate(String grade) {
    Object rate =
        decisions
            .evaluate(DECISION_KEY, Variables.createVariables().putValue("grade", grade))
            .getEntry("rate");
    // the table's figures have two decimals; a double read back is set to them exactly
    return BigDecimal.valueOf(((Number) rate).doubleValue()).setScale(2, RoundingMode.HALF_UP);
  }
}
