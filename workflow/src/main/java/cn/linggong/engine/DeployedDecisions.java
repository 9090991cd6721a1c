package cn.linggong.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a DMN table with a DMN engine of its own, outside the
 * process engine: nothing is written (no decision history), so a table can read facts that must not
 * reach the engine's history (hardship facts) or be asked by a request that writes nothing (a
 * subsidy quote). A redeployed table is parsed again once.
 */
@Component
public class DeployedDecisions {

  private final RepositoryService repository;
  private final DmnEngine dmn =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  DeployedDecisions(RepositoryService repository) {
    this.repository = repository;
  }

  /** The single result of the table {@code key} for these inputs. */
  public DmnDecisionResultEntries evaluate(String key, Map<String, Object> inputs) {
    return dmn.evaluateDecision(decision(key), inputs).getSingleResult();
  }

  private DmnDecision decision(String key) {
    DecisionDefinition definition =
        repository
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(key)
            .withoutTenantId()
            .latestVersion()
            .singleResult();
    if (definition == null) {
      throw new IllegalStateException("The decision " + key + " is not deployed");
    }
    return parsed.computeIfAbsent(
        definition.getId(),
        id -> {
          try (InputStream in = repository.getDecisionModel(id)) {
            return dmn.parseDecision(key, in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
