package cn.linggong.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.demo-data.*}: the demo city seeded on a first start with demo users ({@code
 * linggong.identity.demo.enabled}); never in the {@code prod} profile.
 *
 * @param cases how many cases of all types the city has; 0 seeds nothing. From the command line:
 *     {@code --linggong.demo-data.cases=500}
 * @param months how many months of history lie behind today
 * @param seed the random seed: the same seed and size give the same city
 */
@ConfigurationProperties("linggong.demo-data")
public record DemoDataProperties(
    @DefaultValue("0") int cases, @DefaultValue("6") int months, @DefaultValue("2026") long seed) {}
