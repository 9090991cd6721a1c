package cn.linggong.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.security.access-tokens.*}.
 *
 * @param maxValidDays the longest an admin may make a token valid for
 */
@ConfigurationProperties("linggong.security.access-tokens")
public record AccessTokenProperties(@DefaultValue("365") int maxValidDays) {}
