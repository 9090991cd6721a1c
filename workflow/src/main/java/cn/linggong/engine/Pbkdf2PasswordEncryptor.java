package cn.linggong.engine;

import cn.linggong.identity.PasswordHashing;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;

/**
 * Plugs {@link PasswordHashing} (PBKDF2) into the engine's identity service. In {@code engine}
 * because the engine takes it only through its internal {@code PasswordEncryptor} interface.
 */
public class Pbkdf2PasswordEncryptor implements PasswordEncryptor {

  private final PasswordHashing hashing;

  public Pbkdf2PasswordEncryptor(int iterations) {
    this.hashing = new PasswordHashing(iterations);
  }

  @Override
  public String encrypt(String password) {
    return hashing.encrypt(password);
  }

  @Override
  public boolean check(String password, String encrypted) {
    return hashing.check(password, encrypted);
  }

  @Override
  public String hashAlgorithmName() {
    return PasswordHashing.NAME;
  }
}
