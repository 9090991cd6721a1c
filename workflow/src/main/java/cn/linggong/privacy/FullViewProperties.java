package cn.linggong.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.privacy.full-views.*}.
 *
 * @param alertPerHour full views by one person within an hour above which the district's
 *     supervisors and the admins get a mail (once per person and hour)
 * @param noteMax the longest free text for the purpose 其他
 */
@ConfigurationProperties("linggong.privacy.full-views")
public record FullViewProperties(
    @DefaultValue("20") int alertPerHour, @DefaultValue("200") int noteMax) {}
