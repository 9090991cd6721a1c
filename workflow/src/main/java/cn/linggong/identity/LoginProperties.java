package cn.linggong.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.security.*}: how sign-in is guarded.
 *
 * @param maxFailedLogins wrong passwords in a row that lock an account from the address they came
 *     from (other addresses can still sign in)
 * @param lockDuration how long a lock lasts
 * @param sourceMaxFailures failed sign-ins from one address within {@code lockDuration}, whatever
 *     the user names, after which that address is slowed down: each further attempt waits {@code
 *     sourceDelay}, doubling with every failure up to {@code sourceMaxDelay}
 * @param sourceDelay the first wait of a slowed-down address
 * @param sourceMaxDelay the longest wait of a slowed-down address
 * @param trustedProxies addresses of the reverse proxies whose {@code X-Forwarded-For} header names
 *     the client (none by default: the connection's address is the client's)
 * @param passwordMinLength the shortest password an admin or a user may set
 * @param passwordHashIterations PBKDF2-HMAC-SHA256 iterations for stored passwords
 */
@ConfigurationProperties("linggong.security")
public record LoginProperties(
    @DefaultValue("5") int maxFailedLogins,
    @DefaultValue("15m") Duration lockDuration,
    @DefaultValue("20") int sourceMaxFailures,
    @DefaultValue("1s") Duration sourceDelay,
    @DefaultValue("60s") Duration sourceMaxDelay,
    @DefaultValue List<String> trustedProxies,
    @DefaultValue("8") int passwordMinLength,
    @DefaultValue("310000") int passwordHashIterations) {}
