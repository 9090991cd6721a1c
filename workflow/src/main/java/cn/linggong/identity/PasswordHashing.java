package cn.linggong.identity;

import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 and a per-password random salt, a deliberately slow
 * hash, instead of the engine's default single SHA-512 round. The number of iterations is {@code
 * linggong.security.password-hash-iterations}. The engine uses it through {@code
 * engine.Pbkdf2PasswordEncryptor}.
 */
public class PasswordHashing {

  /** The algorithm's name, in front of every stored hash. */
  public static final String NAME = "PBKDF2-SHA256";

  private static final int SALT_BYTES = 16;

  private final Pbkdf2PasswordEncoder encoder;

  public PasswordHashing(int iterations) {
    this.encoder =
        new Pbkdf2PasswordEncoder(
            "",
            SALT_BYTES,
            iterations,
            Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
  }

  public String encrypt(String password) {
    return encoder.encode(password);
  }

  public boolean check(String password, String encrypted) {
    return encoder.matches(password, encrypted);
  }
}
