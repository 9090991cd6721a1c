package cn.linggong.identity;

import cn.linggong.shared.i18n.Languages;
import java.util.HashSet;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * At start: makes sure every role exists, creates the demo districts and users when demo data is
 * on, and makes sure there is an admin. Without demo data and without any admin, the first admin's
 * password must be configured, or the application refuses to start.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IdentityBootstrap implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);
  private static final String SYSTEM = "system";

  private final DirectoryService directory;
  private final Districts districts;
  private final IdentityService identityService;
  private final IdentityProperties properties;
  private final MessageSource messages;

  @Override
  public void afterSingletonsInstantiated() {
    ensureRoleGroups(role -> messages.getMessage("role." + role, null, role, Languages.CHINESE));
    if (properties.demo().enabled()) {
      seedDemo();
    }
    ensureAdmin();
    syncEngineAdmins();
  }

  private void seedDemo() {
    properties.demo().districts().forEach(d -> ensureDistrict(d.id(), d.name()));
    for (IdentityProperties.UserSeed seed : properties.demo().users()) {
      if (!directory.exists(seed.id())) {
        directory.createUser(
            new DirectoryService.UserDraft(
                seed.id(),
                seed.name(),
                seed.email(),
                new HashSet<>(seed.roles()),
                seed.district(),
                properties.demo().password(),
                seed.organisation()),
            SYSTEM,
            false);
        log.info("Demo user {} created", seed.id());
      }
    }
  }

  private void ensureAdmin() {
    if (identityService.createUserQuery().memberOfGroup(Roles.ADMIN).count() > 0) {
      return;
    }
    String password = properties.initialAdminPassword();
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "No admin user exists and no initial admin password is configured: set the environment"
              + " variable LINGGONG_ADMIN_PASSWORD (linggong.identity.initial-admin-password) for"
              + " the first start.");
    }
    directory.createUser(
        new DirectoryService.UserDraft(
            properties.initialAdminId(),
            "系统管理员",
            null,
            java.util.Set.of(Roles.ADMIN),
            null,
            password),
        SYSTEM,
        true);
    log.info("First admin {} created", properties.initialAdminId());
  }

  /** Makes sure every role exists as a group; safe to call at every start. */
  private void ensureRoleGroups(java.util.function.Function<String, String> nameOfRole) {
    List<String> groups = new java.util.ArrayList<>(Roles.ALL);
    groups.add(Roles.ENGINE_ADMIN);
    for (String role : groups) {
      if (identityService.createGroupQuery().groupId(role).count() == 0) {
        Group group = identityService.newGroup(role);
        group.setName(nameOfRole.apply(role));
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
      }
    }
  }

  /** Puts every admin into the engine's administrators' group (see {@link Roles#ENGINE_ADMIN}). */
  private void syncEngineAdmins() {
    for (User admin : identityService.createUserQuery().memberOfGroup(Roles.ADMIN).list()) {
      if (identityService
              .createUserQuery()
              .userId(admin.getId())
              .memberOfGroup(Roles.ENGINE_ADMIN)
              .count()
          == 0) {
        identityService.createMembership(admin.getId(), Roles.ENGINE_ADMIN);
      }
    }
  }

  /** Creates a district if it is missing (start-up data). */
  private void ensureDistrict(String id, String name) {
    if (districts.district(id).isEmpty()) {
      Tenant tenant = identityService.newTenant(id);
      tenant.setName(name);
      identityService.saveTenant(tenant);
    }
  }
}
