package cn.linggong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import cn.linggong.testsupport.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * API clients without a password hash per call: personal access tokens (shown once, kept as a hash,
 * read-only, revocable, expiring, last use recorded) and the short-lived cache of checked Basic
 * credentials, which forgets a user when their password changes, they are locked or changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.class)
class ApiClientsTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired MutableClock clock;
  @Autowired DirectoryService directory;
  @Autowired DataSource dataSource;

  private static RequestPostProcessor bearer(String token) {
    return request -> {
      request.addHeader("Authorization", "Bearer " + token);
      return request;
    };
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private String newUser(String... roles) {
    String id = "client-" + UUID.randomUUID().toString().substring(0, 8);
    directory.createUser(
        new DirectoryService.UserDraft(
            id, "接口用户", null, Set.of(roles), "kf-gulou", "a-long-password"),
        TestUsers.admin());
    return id;
  }

  private String token(String userId, int days, boolean readOnly) throws Exception {
    String answer =
        mvc.perform(
                post("/api/admin/tokens")
                    .with(httpBasic("admin", "demo"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        json.writeValueAsString(
                            java.util.Map.of(
                                "userId", userId,
                                "name", "对接系统",
                                "validDays", days,
                                "readOnly", readOnly))))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.details.userId").value(userId))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(answer).path("token").asText();
  }

  @Test
  void aTokenActsAsItsUserIsKeptOnlyAsAHashAndStopsWhenRevokedOrExpired() throws Exception {
    String user = newUser(Roles.CASEWORKER);
    String token = token(user, 30, false);
    assertThat(token).startsWith(AccessTokens.PREFIX).hasSizeGreaterThan(40);

    mvc.perform(get("/api/me").with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.userId").value(user))
        .andExpect(jsonPath("$.districtId").value("kf-gulou"));
    // its user's rights, no more: a caseworker's token cannot list users
    mvc.perform(get("/api/admin/users").with(bearer(token))).andExpect(status().isForbidden());

    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM access_token WHERE token_hash = ?",
                Integer.class,
                AccessTokens.hash(token)))
        .isOne();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM access_token WHERE token_hash = ? OR token_prefix = ?",
                Integer.class,
                token,
                token))
        .as("the token itself is stored nowhere")
        .isZero();
    String listed =
        mvc.perform(get("/api/admin/tokens").param("userId", user).with(httpBasic("admin", "demo")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].lastUsedAt").exists())
            .andExpect(jsonPath("$[0].readOnly").value(false))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(listed).doesNotContain(token);

    long id = json.readTree(listed).get(0).path("id").asLong();
    mvc.perform(delete("/api/admin/tokens/" + id).with(httpBasic("admin", "demo")))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/me").with(bearer(token)))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("吊销")));

    String shortLived = token(user, 1, false);
    mvc.perform(get("/api/me").with(bearer(shortLived))).andExpect(status().isOk());
    clock.advance(Duration.ofDays(1).plusMinutes(1));
    try {
      mvc.perform(get("/api/me").with(bearer(shortLived))).andExpect(status().isUnauthorized());
    } finally {
      clock.advance(Duration.ofDays(-1).minusMinutes(1));
    }
    mvc.perform(get("/api/me").with(bearer(AccessTokens.PREFIX + "made-up")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aReadOnlyTokenReadsButChangesNothing() throws Exception {
    String user = newUser(Roles.CASEWORKER);
    String token = token(user, 30, true);
    mvc.perform(get("/api/workers").with(bearer(token))).andExpect(status().isOk());
    int before =
        new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM worker", Integer.class);
    mvc.perform(
            post("/api/workers")
                .with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"只读\",\"idNumber\":\""
                        + cn.linggong.testsupport.TestIds.idNumber(
                            java.time.LocalDate.of(1990, 1, 1), false)
                        + "\",\"mobile\":\"13800001234\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("此访问令牌只能查询，不能修改"));
    assertThat(
            new JdbcTemplate(dataSource)
                .queryForObject("SELECT COUNT(*) FROM worker", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void onlyAdminsMakeTokensAndTheyAreCheckedFieldByField() throws Exception {
    mvc.perform(
            post("/api/admin/tokens")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\":\"caseworker1\",\"name\":\"x\",\"validDays\":30}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/admin/tokens")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\":\"nobody-here\",\"name\":\" \",\"validDays\":5000}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='userId')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='name')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='validDays')]").exists());
  }

  @Test
  void aCachedPasswordStopsWorkingWhenItIsResetOrTheRolesChange() throws Exception {
    String user = newUser(Roles.CASEWORKER);
    mvc.perform(get("/api/workers").with(httpBasic(user, "a-long-password")))
        .andExpect(status().isOk()); // checked once, now cached
    mvc.perform(get("/api/workers").with(httpBasic(user, "a-long-password")))
        .andExpect(status().isOk());

    directory.updateUser(
        user,
        new DirectoryService.UserDraft(
            user, "接口用户", null, Set.of(Roles.MEDIATOR), "kf-gulou", null),
        TestUsers.admin());
    // the new roles hold at once
    mvc.perform(get("/api/assistance-cases").with(httpBasic(user, "a-long-password")))
        .andExpect(status().isForbidden());

    mvc.perform(
            put("/api/admin/users/" + user + "/password")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"another-long-password\"}"))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/me").with(httpBasic(user, "a-long-password")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/me").with(httpBasic(user, "another-long-password")))
        .andExpect(status().isOk());
  }

  @Test
  void aLockFromAnAddressHoldsEvenForAPasswordCheckedBefore() throws Exception {
    String user = newUser(Roles.CASEWORKER);
    mvc.perform(get("/api/me").with(httpBasic(user, "a-long-password")).with(from("10.7.7.7")))
        .andExpect(status().isOk()); // cached
    for (int i = 0; i < 5; i++) {
      mvc.perform(get("/api/me").with(httpBasic(user, "wrong")).with(from("10.7.7.7")))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/me").with(httpBasic(user, "a-long-password")).with(from("10.7.7.7")))
        .andExpect(status().isUnauthorized());
    directory.unlock(user, TestUsers.admin());
  }
}
