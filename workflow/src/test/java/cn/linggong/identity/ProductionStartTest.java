package cn.linggong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.WorkflowTestApplication;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile creates no demo users and will not start without the first admin's password. */
class ProductionStartTest {

  /** Starts the prod profile; the password is given as on the command line. */
  private static ConfigurableApplicationContext startProd(String adminPassword) {
    return new SpringApplicationBuilder(WorkflowTestApplication.class)
        .profiles("prod")
        .run(
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--spring.datasource.url=jdbc:h2:mem:prod-"
                + UUID.randomUUID()
                + ";MODE=MySQL;DB_CLOSE_DELAY=-1",
            "--linggong.identity.initial-admin-password=" + adminPassword);
  }

  @Test
  void refusesToStartWithoutTheFirstAdminsPassword() {
    assertThatThrownBy(() -> startProd("").close())
        .hasStackTraceContaining("LINGGONG_ADMIN_PASSWORD");
  }

  @Test
  void createsOnlyTheFirstAdminWithTheConfiguredPassword() {
    try (ConfigurableApplicationContext context = startProd("first-admin-secret")) {
      IdentityService identity = context.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("admin");
      assertThat(identity.checkPassword("admin", "first-admin-secret")).isTrue();
      assertThat(identity.checkPassword("admin", "demo")).isFalse();
      assertThat(identity.createTenantQuery().count()).isZero();
      assertThat(identity.createGroupQuery().groupMember("admin").list())
          .extracting("id")
          .containsExactlyInAnyOrder(Roles.ADMIN, Roles.CITY, Roles.ENGINE_ADMIN);
    }
  }
}
