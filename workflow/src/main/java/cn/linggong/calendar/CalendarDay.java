package cn.linggong.calendar;

import java.time.LocalDate;

/**
 * A dated exception to "Monday to Friday": a {@link DayKind#HOLIDAY} or a {@link DayKind#WORKDAY},
 * with its name (国庆节, 春节调休上班).
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {}
