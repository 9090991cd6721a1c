package cn.linggong.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AbsenceMapper {

  int insert(@Param("a") NewAbsence absence);

  /** The row to insert; {@code id} is set by the insert. */
  final class NewAbsence {
    public Long id;
    public String userId;
    public String substituteId;
    public String districtId;
    public LocalDate awayUntil;
    public String reason;
    public String setBy;
    public Instant setAt;
  }

  Absence find(@Param("id") long id);

  /** The person's absence that is on that day, the latest set first. */
  List<Absence> activeFor(@Param("userId") String userId, @Param("day") LocalDate day);

  /** Absences on or after that day, of a district (null: all). */
  List<Absence> current(@Param("district") String district, @Param("day") LocalDate day);

  int end(@Param("id") long id, @Param("at") Instant at);
}
