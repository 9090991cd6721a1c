package cn.linggong.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.privacy.*}: the keys that protect personal data at rest.
 *
 * @param encryptionKey AES-256 key, Base64 (32 bytes): encrypts ID numbers, phones and hardship
 *     facts ({@code LINGGONG_ENCRYPTION_KEY})
 * @param lookupKey HMAC-SHA256 key, Base64 (32 bytes): keyed hashes for finding and de-duplicating
 *     without decrypting ({@code LINGGONG_LOOKUP_KEY})
 * @param keyFile where a single-node start keeps generated keys when none are configured
 * @param requireConfiguredKeys refuse to start without both keys configured (the prod profile;
 *     needed with several nodes, which must share the keys)
 */
@ConfigurationProperties("linggong.privacy")
public record PrivacyProperties(
    String encryptionKey,
    String lookupKey,
    @DefaultValue("./data/linggong-keys.properties") String keyFile,
    @DefaultValue("false") boolean requireConfiguredKeys) {}
