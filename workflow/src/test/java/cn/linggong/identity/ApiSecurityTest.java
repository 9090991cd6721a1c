package cn.linggong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The REST API's door: who gets in, who is turned away, and how they are told. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.class)
class ApiSecurityTest {

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired DirectoryService directory;
  @Autowired LoginLockService locks;

  @Test
  void anonymousCallGets401ProblemDetailsInChinese() throws Exception {
    mvc.perform(get("/api/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("Basic realm=\"Linggong\"")))
        .andExpect(header().string("Content-Type", containsString("application/problem+json")))
        .andExpect(jsonPath("$.status").value(401))
        .andExpect(jsonPath("$.title").value("需要登录"))
        .andExpect(jsonPath("$.detail").value(containsString("HTTP Basic")));
  }

  @Test
  void answersInEnglishWhenTheClientAsksForIt() throws Exception {
    mvc.perform(get("/api/me").header("Accept-Language", "en-US,en;q=0.9"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.title").value("Sign-in needed"));
  }

  @Test
  void wrongRoleGets403ProblemDetails() throws Exception {
    mvc.perform(get("/api/admin/users").with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isForbidden())
        .andExpect(header().string("Content-Type", containsString("application/problem+json")))
        .andExpect(jsonPath("$.status").value(403))
        .andExpect(jsonPath("$.detail").value("您的角色无权进行此操作"));
  }

  @Test
  void signedInUserSeesHerRolesAndDistrict() throws Exception {
    mvc.perform(get("/api/me").with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.userId").value("caseworker1"))
        .andExpect(jsonPath("$.roles[0]").value("caseworker"))
        .andExpect(jsonPath("$.districtId").value("kf-gulou"));
  }

  @Test
  void adminListsUsers() throws Exception {
    mvc.perform(get("/api/admin/users").with(httpBasic("admin", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(7)));
  }

  @Test
  void apiDescriptionIsOpenAndDescribesTheApi() throws Exception {
    mvc.perform(get("/api/docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openapi").exists())
        .andExpect(jsonPath("$.paths['/api/me']").exists())
        .andExpect(jsonPath("$.paths['/api/admin/users']").exists());
  }

  @Test
  void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
    String user = "lockout-" + System.nanoTime() % 100000;
    directory.createUser(
        new DirectoryService.UserDraft(
            user, "锁定测试", null, java.util.Set.of(Roles.CASEWORKER), "kf-gulou", "correct-horse"),
        cn.linggong.testsupport.TestUsers.admin());

    for (int i = 0; i < 4; i++) {
      mvc.perform(get("/api/me").with(httpBasic(user, "wrong")).with(from("10.4.4.1")))
          .andExpect(status().isUnauthorized());
    }
    assertThat(locks.lockedUntil(user)).isEmpty();
    mvc.perform(get("/api/me").with(httpBasic(user, "wrong")).with(from("10.4.4.1")))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value(containsString("已锁定")));
    // even the right password is refused while the lock lasts
    mvc.perform(get("/api/me").with(httpBasic(user, "correct-horse")).with(from("10.4.4.1")))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value(containsString("已锁定")));

    clock.advance(Duration.ofMinutes(14));
    mvc.perform(get("/api/me").with(httpBasic(user, "correct-horse")).with(from("10.4.4.1")))
        .andExpect(status().isUnauthorized());
    clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    mvc.perform(get("/api/me").with(httpBasic(user, "correct-horse")).with(from("10.4.4.1")))
        .andExpect(status().isOk());
  }

  @Autowired javax.sql.DataSource dataSource;

  private String newUser(String prefix) {
    String user = prefix + "-" + System.nanoTime() % 100000;
    directory.createUser(
        new DirectoryService.UserDraft(
            user, "锁定测试", null, java.util.Set.of(Roles.CASEWORKER), "kf-gulou", "correct-horse"),
        cn.linggong.testsupport.TestUsers.admin());
    return user;
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor from(
      String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  @Test
  void parallelWrongPasswordsAreAllCountedAndLockTheAccount() throws Exception {
    String user = newUser("parallel");
    java.util.concurrent.ExecutorService guessers =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    java.util.List<java.util.concurrent.Callable<Integer>> guesses = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      guesses.add(
          () ->
              mvc.perform(get("/api/me").with(httpBasic(user, "wrong")).with(from("10.9.9.9")))
                  .andReturn()
                  .getResponse()
                  .getStatus());
    }
    try {
      for (var answer : guessers.invokeAll(guesses)) {
        assertThat(answer.get()).isEqualTo(401);
      }
    } finally {
      guessers.shutdown();
    }
    assertThat(locks.lockedUntil(user)).as("60 guesses in parallel lock the account").isPresent();
    mvc.perform(get("/api/me").with(httpBasic(user, "correct-horse")).with(from("10.9.9.9")))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value(containsString("已锁定")));
  }

  @Test
  void wrongPasswordsFromOneAddressDoNotKeepThePersonOutFromAnother() throws Exception {
    String user = newUser("elsewhere");
    for (int i = 0; i < 5; i++) {
      mvc.perform(get("/api/me").with(httpBasic(user, "wrong")).with(from("10.7.7.7")))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/me").with(httpBasic(user, "correct-horse")).with(from("10.7.7.7")))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value(containsString("已锁定")));
    mvc.perform(get("/api/me").with(httpBasic(user, "correct-horse")).with(from("10.8.8.8")))
        .andExpect(status().isOk());
    // the admins are told once
    var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    assertThat(
            jdbc.queryForList(
                "SELECT recipient FROM mail_outbox WHERE kind = 'account-locked' AND subject LIKE ?",
                String.class,
                "%" + user + "%"))
        .containsExactly("admin@linggong.example");
  }

  @Test
  void aNameNobodyHasIsLockedLikeAnAccountSoTheAnswersTellNothing() throws Exception {
    String nobody = "nobody-" + System.nanoTime() % 100000;
    for (int i = 0; i < 5; i++) {
      mvc.perform(get("/api/me").with(httpBasic(nobody, "guess")).with(from("10.9.9.9")))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/me").with(httpBasic(nobody, "guess")).with(from("10.9.9.9")))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value(containsString("已锁定")));
    // and nobody is mailed about a name nobody has
    var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'account-locked' AND subject LIKE ?",
                Integer.class,
                "%" + nobody + "%"))
        .isZero();
  }

  @Test
  void manyFailuresFromOneAddressSlowThatAddressDown() throws Exception {
    // a user whose password no earlier request checked (a checked one is cached and not hashed
    // again: the slow-down holds back guesses, not someone already signed in)
    String user = "slowed-" + System.nanoTime() % 100000;
    directory.createUser(
        new DirectoryService.UserDraft(
            user, "限速测试", null, java.util.Set.of(Roles.CASEWORKER), "kf-gulou", "correct-horse"),
        cn.linggong.testsupport.TestUsers.admin());
    // names nobody has count as well: guessing names from one address is slowed down there
    for (int i = 0; i < 20; i++) {
      mvc.perform(get("/api/me").with(httpBasic("nobody-" + i, "guess")).with(from("10.6.6.6")))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/me").with(httpBasic(user, "correct-horse")).with(from("10.6.6.6")))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value(containsString("再试")));
    mvc.perform(get("/api/me").with(httpBasic(user, "correct-horse")).with(from("10.5.5.5")))
        .andExpect(status().isOk());
    // after the wait (1 s after the 20th failure) the next attempt is heard
    clock.advance(Duration.ofSeconds(2));
    mvc.perform(get("/api/me").with(httpBasic("nobody-x", "guess")).with(from("10.6.6.6")))
        .andExpect(status().isUnauthorized());
    // the 21st failure doubles the wait: 2 s
    clock.advance(Duration.ofSeconds(1));
    mvc.perform(get("/api/me").with(httpBasic(user, "correct-horse")).with(from("10.6.6.6")))
        .andExpect(status().isUnauthorized());
    clock.advance(Duration.ofSeconds(2));
    mvc.perform(get("/api/me").with(httpBasic(user, "correct-horse")).with(from("10.6.6.6")))
        .andExpect(status().isOk());
  }

  @Test
  void successfulSignInResetsTheCountOfWrongPasswords() throws Exception {
    String user = "reset-" + System.nanoTime() % 100000;
    directory.createUser(
        new DirectoryService.UserDraft(
            user, "计数测试", null, java.util.Set.of(Roles.CASEWORKER), "kf-gulou", "correct-horse"),
        cn.linggong.testsupport.TestUsers.admin());
    for (int i = 0; i < 4; i++) {
      mvc.perform(get("/api/me").with(httpBasic(user, "wrong")).with(from("10.4.4.2")))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/me").with(httpBasic(user, "correct-horse")).with(from("10.4.4.2")))
        .andExpect(status().isOk());
    for (int i = 0; i < 4; i++) {
      mvc.perform(get("/api/me").with(httpBasic(user, "wrong")).with(from("10.4.4.2")))
          .andExpect(status().isUnauthorized());
    }
    assertThat(locks.lockedUntil(user)).isEmpty();
  }

  @Test
  void adminUnlocksALockedAccount() throws Exception {
    String user = "unlock-" + System.nanoTime() % 100000;
    directory.createUser(
        new DirectoryService.UserDraft(
            user, "解锁测试", null, java.util.Set.of(Roles.MEDIATOR), "kf-gulou", "correct-horse"),
        cn.linggong.testsupport.TestUsers.admin());
    for (int i = 0; i < 5; i++) {
      mvc.perform(get("/api/me").with(httpBasic(user, "wrong")).with(from("10.4.4.3")));
    }
    assertThat(locks.lockedUntil(user)).isPresent();
    mvc.perform(post("/api/admin/users/" + user + "/unlock").with(httpBasic("admin", "demo")))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/me").with(httpBasic(user, "correct-horse")).with(from("10.4.4.3")))
        .andExpect(status().isOk());
  }

  @Test
  void badUserInputGets400WithAMessagePerFieldAndWritesNothing() throws Exception {
    long before = directory.countUsers(cn.linggong.testsupport.TestUsers.admin(), null);
    mvc.perform(
            post("/api/admin/users")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"userId":"Bad Id!","name":"","email":"not-mail","roles":[],"districtId":"nowhere","password":"short"}
                """))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", containsString("application/problem+json")))
        .andExpect(
            jsonPath("$.errors[?(@.field=='userId')].message", hasItem(containsString("小写字母"))))
        .andExpect(jsonPath("$.errors[?(@.field=='name')].message", hasItem("此项为必填项")))
        .andExpect(jsonPath("$.errors[?(@.field=='email')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='roles')]").exists())
        .andExpect(
            jsonPath(
                "$.errors[?(@.field=='districtId')].message", hasItem(containsString("nowhere"))))
        .andExpect(jsonPath("$.errors[?(@.field=='password')].message", hasItem("密码至少 8 位")));
    assertThat(directory.countUsers(cn.linggong.testsupport.TestUsers.admin(), null))
        .isEqualTo(before);
  }

  @Test
  void malformedJsonAndMissingParametersGet400NotA500() throws Exception {
    mvc.perform(
            post("/api/admin/users")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{not json"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("JSON")));
    mvc.perform(get("/api/validation/resident-id").with(httpBasic("admin", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("value")));
    mvc.perform(get("/api/admin/users?offset=abc").with(httpBasic("admin", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("offset")));
  }

  @Test
  void validationEndpointExplainsWhatIsWrong() throws Exception {
    mvc.perform(
            get("/api/validation/credit-code")
                .param("value", "91350100M000100Y44")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.message").value(containsString("校验位")));
    mvc.perform(
            get("/api/validation/no-such")
                .param("value", "x")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(containsString("no-such")));
  }
}
