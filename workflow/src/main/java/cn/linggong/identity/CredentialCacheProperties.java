package cn.linggong.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.security.credential-cache.*}: how long a checked user name and password is
 * believed without hashing it again.
 *
 * @param ttl how long an entry lives after the check that made it ({@code 0} turns the cache off)
 * @param maxEntries entries kept at most (the oldest go first when it is full)
 */
@ConfigurationProperties("linggong.security.credential-cache")
public record CredentialCacheProperties(
    @DefaultValue("60s") Duration ttl, @DefaultValue("10000") int maxEntries) {}
