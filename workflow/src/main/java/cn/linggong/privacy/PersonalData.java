package cn.linggong.privacy;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Protects personal data at rest (个人信息保护法 art. 51): values are encrypted with AES-256-GCM (a fresh
 * 12-byte nonce each time, so the same ID number never looks the same twice, and any tampering is
 * detected), and looked up by an HMAC-SHA256 of the normalised value, so that records can be found
 * and duplicates refused without decrypting. Keys come from configuration; a single-node start
 * without them generates them once into {@code linggong.privacy.key-file}.
 */
@Service
public class PersonalData {

  private static final Logger log = LoggerFactory.getLogger(PersonalData.class);
  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int KEY_BYTES = 32;

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec lookupKey;
  private final SecureRandom random = new SecureRandom();

  public PersonalData(PrivacyProperties properties) {
    String encryption = properties.encryptionKey();
    String lookup = properties.lookupKey();
    if (blank(encryption) || blank(lookup)) {
      if (properties.requireConfiguredKeys()) {
        throw new IllegalStateException(
            "Personal data keys are not configured: set LINGGONG_ENCRYPTION_KEY and LINGGONG_LOOKUP_KEY"
                + " (linggong.privacy.encryption-key / lookup-key), each 32 random bytes in Base64, the same on every node");
      }
      Properties generated = keysFromFile(Path.of(properties.keyFile()));
      encryption = generated.getProperty("encryption-key");
      lookup = generated.getProperty("lookup-key");
    }
    this.encryptionKey = new SecretKeySpec(decodeKey(encryption, "encryption"), "AES");
    this.lookupKey = new SecretKeySpec(decodeKey(lookup, "lookup"), "HmacSHA256");
  }

  /** The value encrypted for storage; null stays null. */
  public String encrypt(String plain) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[nonce.length + sealed.length];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encryption failed", e);
    }
  }

  /** The stored value decrypted; a value that was altered or encrypted with another key fails. */
  public String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(PREFIX)) {
      throw new IllegalArgumentException("Not an encrypted value");
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "A stored personal value cannot be decrypted (altered, or another key)", e);
    }
  }

  /** Marks a stored file as encrypted (files stored before they were encrypted lack it). */
  private static final byte[] FILE_MAGIC = {'L', 'G', 'E', '1'};

  /** A file (evidence, letter) encrypted for storage: the mark, the nonce, the sealed bytes. */
  public byte[] encryptFile(byte[] plain) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain);
      byte[] out = new byte[FILE_MAGIC.length + nonce.length + sealed.length];
      System.arraycopy(FILE_MAGIC, 0, out, 0, FILE_MAGIC.length);
      System.arraycopy(nonce, 0, out, FILE_MAGIC.length, nonce.length);
      System.arraycopy(sealed, 0, out, FILE_MAGIC.length + nonce.length, sealed.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encryption failed", e);
    }
  }

  /**
   * Encrypts stored files that were kept in clear: reads each by id, writes it back encrypted (one
   * already encrypted stays as it is, only marked). Returns how many it looked at.
   */
  public int encryptStoredFiles(
      List<Long> ids,
      java.util.function.LongFunction<byte[]> read,
      java.util.function.BiConsumer<Long, byte[]> write) {
    for (long id : ids) {
      byte[] content = read.apply(id);
      write.accept(id, isEncryptedFile(content) ? content : encryptFile(content));
    }
    return ids.size();
  }

  /** Whether stored bytes are an encrypted file. */
  public static boolean isEncryptedFile(byte[] stored) {
    return stored != null
        && stored.length > FILE_MAGIC.length
        && java.util.Arrays.equals(stored, 0, FILE_MAGIC.length, FILE_MAGIC, 0, FILE_MAGIC.length);
  }

  /** A stored file decrypted; one stored before files were encrypted is given as it is. */
  public byte[] decryptFile(byte[] stored) {
    if (!isEncryptedFile(stored)) {
      return stored;
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          encryptionKey,
          new GCMParameterSpec(TAG_BITS, stored, FILE_MAGIC.length, NONCE_BYTES));
      int start = FILE_MAGIC.length + NONCE_BYTES;
      return cipher.doFinal(stored, start, stored.length - start);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "A stored file cannot be decrypted (altered, or another key)", e);
    }
  }

  /** A keyed hash of a normalised value, the same every time, for look-up and uniqueness. */
  public String lookupHash(String normalised) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(lookupKey);
      return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Hashing failed", e);
    }
  }

  private Properties keysFromFile(Path file) {
    Properties keys = new Properties();
    try {
      if (Files.exists(file)) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          keys.load(in);
        }
        return keys;
      }
      keys.setProperty("encryption-key", newKey());
      keys.setProperty("lookup-key", newKey());
      Path dir = file.toAbsolutePath().getParent();
      if (!Files.exists(dir)) {
        Files.createDirectories(dir);
        DataFilePermissions.ownerOnly(dir); // a folder made for the keys is the owner's only
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        keys.store(
            out,
            "Linggong personal-data keys: keep secret, back up with the database, never commit");
      }
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        log.warn("Cannot restrict the permissions of {} on this file system", file);
      }
      log.warn(
          "No personal-data keys configured: generated new ones into {} (single node only; configure"
              + " LINGGONG_ENCRYPTION_KEY and LINGGONG_LOOKUP_KEY for production)",
          file.toAbsolutePath());
      return keys;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read or write the key file " + file, e);
    }
  }

  private String newKey() {
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static byte[] decodeKey(String base64, String what) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The " + what + " key is not Base64", e);
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalStateException("The " + what + " key must be 32 bytes, not " + key.length);
    }
    return key;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
