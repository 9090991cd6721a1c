package cn.linggong.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data at rest: encrypted so that it cannot be read or altered unseen, found by keyed
 * hash.
 */
class PersonalDataTest {

  private static final String KEY_A = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  private static final String KEY_B = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

  private final PersonalData data =
      new PersonalData(new PrivacyProperties(KEY_A, KEY_B, "unused", true));

  @Test
  void encryptsAndDecryptsChineseAndIdNumbers() {
    String stored = data.encrypt("410102198503151232");
    assertThat(stored).startsWith("v1:").doesNotContain("410102198503151232");
    assertThat(data.decrypt(stored)).isEqualTo("410102198503151232");
    assertThat(data.decrypt(data.encrypt("低保户，二级残疾"))).isEqualTo("低保户，二级残疾");
    assertThat(data.encrypt(null)).isNull();
  }

  @Test
  void theSameValueNeverLooksTheSameTwice() {
    assertThat(data.encrypt("13812345678")).isNotEqualTo(data.encrypt("13812345678"));
  }

  @Test
  void anAlteredValueOrAnotherKeyIsRefused() {
    String stored = data.encrypt("410102198503151232");
    char[] chars = stored.toCharArray();
    chars[10] = chars[10] == 'A' ? 'B' : 'A';
    assertThatThrownBy(() -> data.decrypt(new String(chars)))
        .isInstanceOf(IllegalStateException.class);
    PersonalData otherKey = new PersonalData(new PrivacyProperties(KEY_B, KEY_B, "unused", true));
    assertThatThrownBy(() -> otherKey.decrypt(stored)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void lookupHashIsStableAndDependsOnTheKey() {
    assertThat(data.lookupHash("410102198503151232"))
        .isEqualTo(data.lookupHash("410102198503151232"))
        .hasSize(64);
    PersonalData otherKey = new PersonalData(new PrivacyProperties(KEY_A, KEY_A, "unused", true));
    assertThat(otherKey.lookupHash("410102198503151232"))
        .isNotEqualTo(data.lookupHash("410102198503151232"));
  }

  @Test
  void productionRefusesToStartWithoutConfiguredKeys() {
    assertThatThrownBy(() -> new PersonalData(new PrivacyProperties(null, "", "unused", true)))
        .hasMessageContaining("LINGGONG_ENCRYPTION_KEY");
  }

  @Test
  void aSingleNodeGeneratesKeysOnceAndKeepsThem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("keys/linggong-keys.properties");
    PersonalData first =
        new PersonalData(new PrivacyProperties(null, null, file.toString(), false));
    String stored = first.encrypt("410102198503151232");
    assertThat(Files.exists(file)).isTrue();
    assertThat(Files.getPosixFilePermissions(file))
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    PersonalData afterRestart =
        new PersonalData(new PrivacyProperties(null, null, file.toString(), false));
    assertThat(afterRestart.decrypt(stored)).isEqualTo("410102198503151232");
  }

  @Test
  void aKeyOfTheWrongLengthIsRefused() {
    assertThatThrownBy(
            () -> new PersonalData(new PrivacyProperties("c2hvcnQ=", KEY_B, "unused", true)))
        .hasMessageContaining("32 bytes");
  }
}
