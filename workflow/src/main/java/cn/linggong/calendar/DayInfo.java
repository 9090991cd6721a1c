package cn.linggong.calendar;

import java.time.LocalDate;

/**
 * What the calendar says of one date. {@code name} is null for plain weekdays and weekends; {@code
 * provisional} when the date's year has no entered notice and the answer comes from the law alone.
 */
public record DayInfo(
    LocalDate date, boolean workingDay, DayKind kind, String name, boolean provisional) {}
