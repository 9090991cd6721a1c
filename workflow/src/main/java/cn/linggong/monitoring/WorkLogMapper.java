package cn.linggong.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface WorkLogMapper {

  int insert(@Param("e") NewEntry entry);

  WorkLogEntry find(@Param("id") long id);

  List<WorkLogEntry> search(
      @Param("f") WorkLogs.Filter filter,
      @Param("district") String district,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long count(@Param("f") WorkLogs.Filter filter, @Param("district") String district);

  /** A market of the district (or any, for the city): its name, else null. */
  String marketName(@Param("marketId") long marketId, @Param("district") String district);

  String marketDistrict(@Param("marketId") long marketId);

  /** The row to insert; {@code id} set by the insert. */
  final class NewEntry {
    public Long id;
    public long marketId;
    public String districtId;
    public String ledger;
    public LocalDate entryDate;
    public String content;
    public String party;
    public int headCount;
    public String enteredBy;
    public Instant enteredAt;
  }
}
