package cn.linggong.calendar;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CalendarMapper {

  List<CalendarYear> findYears();

  List<CalendarDay> findAllDays();

  List<CalendarDay> findDaysOfYear(@Param("year") int year);

  long findRevision();

  int insertYear(CalendarYear year);

  int updateYear(CalendarYear year);

  int deleteYear(@Param("year") int year);

  int insertDay(CalendarDay day, int year);

  int deleteDaysOfYear(@Param("year") int year);

  int bumpRevision();

  java.util.Optional<java.time.Instant> findReminder(@Param("year") int year);

  int insertReminder(int year, java.time.Instant at);

  /** Moves the last reminder's time on, if no other node did since {@code last}. */
  int moveReminder(int year, java.time.Instant last, java.time.Instant at);
}
