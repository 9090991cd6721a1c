package cn.linggong.calendar;

import java.time.Instant;

/** A year the calendar knows, with the notice its dates come from. */
public record CalendarYear(int year, String source, Instant changedAt, String changedBy) {}
