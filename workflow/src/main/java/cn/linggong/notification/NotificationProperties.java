package cn.linggong.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.notification.*}: how the outbox is sent.
 *
 * @param from the sender address of every mail
 * @param pollInterval how often each node looks for mail to send
 * @param batchSize mails one round sends at most
 * @param retryBase the wait after the first failed attempt; it doubles with each further failure
 * @param retryMax the longest wait between attempts
 * @param maxAttempts attempts before a mail is marked FAILED for an admin to look at
 * @param claimTimeout how long a node may take to send a mail it claimed before others may retry
 */
@ConfigurationProperties("linggong.notification")
public record NotificationProperties(
    @DefaultValue("linggong@localhost") String from,
    @DefaultValue("10s") Duration pollInterval,
    @DefaultValue("50") int batchSize,
    @DefaultValue("1m") Duration retryBase,
    @DefaultValue("1h") Duration retryMax,
    @DefaultValue("20") int maxAttempts,
    @DefaultValue("5m") Duration claimTimeout) {}
