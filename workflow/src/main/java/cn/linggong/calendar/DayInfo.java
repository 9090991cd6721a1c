package cn.linggong.calendar;

import java.time.LocalDate;

/** What the calendar says of one date. {@code name} is null for plain weekdays and weekends. */
public record DayInfo(LocalDate date, boolean workingDay, DayKind kind, String name) {}
