package cn.linggong.sla;

/**
 * Published (synchronously, in the recomputation's transaction) for each date moved, so that the
 * case type owning {@code change.businessKey()} records it on its own timeline.
 */
public record DueDateMoved(DueDateChange change) {}
