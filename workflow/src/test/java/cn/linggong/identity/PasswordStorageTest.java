package cn.linggong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Passwords are stored as salted PBKDF2 hashes; hashes of the engine's old default still verify.
 */
@SpringBootTest
class PasswordStorageTest {

  @Autowired DirectoryService directory;
  @Autowired IdentityService identity;
  @Autowired DataSource dataSource;

  @Test
  void storesASaltedPbkdf2HashNeverThePassword() {
    directory.createUser(
        new DirectoryService.UserDraft(
            "hash-a", "甲", null, Set.of(Roles.FINANCE), null, "same-password-1"),
        cn.linggong.testsupport.TestUsers.admin());
    directory.createUser(
        new DirectoryService.UserDraft(
            "hash-b", "乙", null, Set.of(Roles.FINANCE), null, "same-password-1"),
        cn.linggong.testsupport.TestUsers.admin());
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    String a =
        jdbc.queryForObject("SELECT PWD_ FROM ACT_ID_USER WHERE ID_ = 'hash-a'", String.class);
    String b =
        jdbc.queryForObject("SELECT PWD_ FROM ACT_ID_USER WHERE ID_ = 'hash-b'", String.class);
    assertThat(a).startsWith("{" + PasswordHashing.NAME + "}").doesNotContain("same-password-1");
    assertThat(a).as("same password, different salt").isNotEqualTo(b);
    assertThat(identity.checkPassword("hash-a", "same-password-1")).isTrue();
    assertThat(identity.checkPassword("hash-a", "same-password-2")).isFalse();
  }

  @Test
  void aPasswordHashedByTheEnginesOldDefaultStillSignsIn() {
    directory.createUser(
        new DirectoryService.UserDraft(
            "hash-old", "丙", null, Set.of(Roles.FINANCE), null, "old-password-1"),
        cn.linggong.testsupport.TestUsers.admin());
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    String salt =
        jdbc.queryForObject("SELECT SALT_ FROM ACT_ID_USER WHERE ID_ = 'hash-old'", String.class);
    String oldHash = "{SHA-512}" + new Sha512HashDigest().encrypt("old-password-1" + salt);
    jdbc.update("UPDATE ACT_ID_USER SET PWD_ = ? WHERE ID_ = 'hash-old'", oldHash);
    assertThat(identity.checkPassword("hash-old", "old-password-1")).isTrue();
  }
}
