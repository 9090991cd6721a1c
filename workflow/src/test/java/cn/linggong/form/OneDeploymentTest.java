package cn.linggong.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.WorkflowTestApplication;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Processes and forms are deployed together, once: an unchanged restart deploys nothing new. */
class OneDeploymentTest {

  private static long[] startAndCount(String database) {
    try (var context =
        new SpringApplicationBuilder(WorkflowTestApplication.class)
            .run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";MODE=MySQL;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.deployment-resource-pattern=classpath*:form-fixtures/good/*.bpmn,classpath*:form-fixtures/good/*.form",
                "--linggong.forms.location=classpath*:form-fixtures/good/*.form",
                "--linggong.processes.location=classpath*:form-fixtures/good/*.bpmn")) {
      RepositoryService repository = context.getBean(RepositoryService.class);
      return new long[] {
        repository.createDeploymentQuery().count(),
        repository.createProcessDefinitionQuery().processDefinitionKey("fixture_accept").count(),
        repository.createDeploymentQuery().list().stream()
            .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream())
            .filter(name -> name.endsWith("all-types.form"))
            .count()
      };
    }
  }

  @Test
  void aRestartWithTheSameFilesDeploysNothingNew() {
    String database = "deploy-" + UUID.randomUUID();
    assertThat(startAndCount(database)).containsExactly(1, 1, 1);
    assertThat(startAndCount(database)).containsExactly(1, 1, 1);
  }
}
