package cn.linggong.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.security.*}: how sign-in is guarded.
 *
 * @param maxFailedLogins wrong passwords in a row that lock an account
 * @param lockDuration how long the lock lasts
 * @param passwordMinLength the shortest password an admin or a user may set
 * @param passwordHashIterations PBKDF2-HMAC-SHA256 iterations for stored passwords
 */
@ConfigurationProperties("linggong.security")
public record LoginProperties(
    @DefaultValue("5") int maxFailedLogins,
    @DefaultValue("15m") Duration lockDuration,
    @DefaultValue("8") int passwordMinLength,
    @DefaultValue("310000") int passwordHashIterations) {}
