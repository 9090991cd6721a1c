package cn.linggong.assistance;

import cn.linggong.engine.DeployedDecisions;
import cn.linggong.shared.validation.ResidentIdNumbers;
import cn.linggong.worker.HardshipFacts;
import cn.linggong.worker.WorkerProfile;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The service tier of a worker from the deployed {@code hardship-tier.dmn}. The table is evaluated
 * by a DMN engine of its own, outside the process engine, so that the hardship facts it reads never
 * reach the engine's variables or decision history; only the result (tier, 就业困难人员) becomes a
 * routing variable.
 */
@Component
public class HardshipTier {

  public static final String DECISION_KEY = "hardship_tier";

  /** The tiers the table gives. */
  public enum Tier {
    KEY,
    GENERAL,
    NONE
  }

  /** The decision's result. */
  public record Result(Tier tier, boolean employmentHardship) {}

  private final DeployedDecisions decisions;
  private final AssistanceProperties properties;

  HardshipTier(DeployedDecisions decisions, AssistanceProperties properties) {
    this.decisions = decisions;
    this.properties = properties;
  }

  public Result evaluate(WorkerProfile profile, LocalDate today) {
    HardshipFacts facts = profile.facts();
    Map<String, Object> inputs =
        Variables.createVariables()
            .putValue(
                "lowIncome",
                facts == null || facts.lowIncome() == null ? "NONE" : facts.lowIncome().name())
            .putValue(
                "disabled",
                facts != null
                    && facts.disabilityCertificate() != null
                    && !facts.disabilityCertificate().isBlank())
            .putValue("zeroEmployment", facts != null && facts.zeroEmploymentHousehold())
            .putValue("olderAge", olderAge(profile, today))
            .putValue("longTermUnemployed", facts != null && facts.longTermUnemployed())
            .putValue(
                "waitingDays",
                facts == null || facts.waitingSince() == null
                    ? 0
                    : (int) ChronoUnit.DAYS.between(facts.waitingSince(), today));
    DmnDecisionResultEntries result = decisions.evaluate(DECISION_KEY, inputs);
    return new Result(
        Tier.valueOf(result.getEntry("tier")),
        Boolean.TRUE.equals(result.getEntry("employmentHardship")));
  }

  /** 大龄: at or above the configured age for the worker's sex. */
  public boolean olderAge(WorkerProfile profile, LocalDate today) {
    int age = Period.between(profile.birthDate(), today).getYears();
    int threshold =
        ResidentIdNumbers.Sex.FEMALE.name().equals(profile.worker().sex())
            ? properties.olderAge().women()
            : properties.olderAge().men();
    return age >= threshold;
  }
}
