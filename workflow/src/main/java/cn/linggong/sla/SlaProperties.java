package cn.linggong.sla;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.sla.*}.
 *
 * @param dueSoonWorkingDays a task is "due soon" when its due date is no later than the end of this
 *     many working days from today (the inbox's chip and {@code /api/tasks} alike)
 * @param recomputeBatchSize dates recomputed in one transaction when a year's official arrangement
 *     is entered
 * @param recomputeInterval how often each node looks for recomputation work
 * @param secondLevelWorkingDays an escalated task still open this many working days after its due
 *     date goes up to the city's supervisors (the ladder's second level)
 */
@ConfigurationProperties("linggong.sla")
public record SlaProperties(
    @DefaultValue("2") int dueSoonWorkingDays,
    @DefaultValue("100") int recomputeBatchSize,
    @DefaultValue("10s") Duration recomputeInterval,
    @DefaultValue("3") int secondLevelWorkingDays) {}
