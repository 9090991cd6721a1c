package cn.linggong.identity;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Hashes passwords in the engine's identity service with PBKDF2-HMAC-SHA256 and a per-password
 * random salt, a deliberately slow hash, instead of the engine's default single SHA-512 round. The
 * number of iterations is {@code linggong.security.password-hash-iterations}.
 */
public class Pbkdf2PasswordEncryptor implements PasswordEncryptor {

  static final String NAME = "PBKDF2-SHA256";
  private static final int SALT_BYTES = 16;

  private final Pbkdf2PasswordEncoder encoder;

  public Pbkdf2PasswordEncryptor(int iterations) {
    this.encoder =
        new Pbkdf2PasswordEncoder(
            "",
            SALT_BYTES,
            iterations,
            Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
  }

  @Override
  public String encrypt(String password) {
    return encoder.encode(password);
  }

  @Override
  public boolean check(String password, String encrypted) {
    return encoder.matches(password, encrypted);
  }

  @Override
  public String hashAlgorithmName() {
    return NAME;
  }
}
