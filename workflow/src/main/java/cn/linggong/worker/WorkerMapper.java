package cn.linggong.worker;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface WorkerMapper {

  int insert(WorkerRow row);

  boolean any();

  WorkerRow findById(@Param("id") long id);

  WorkerRow findByIdNumberHash(@Param("hash") String hash);

  List<WorkerRow> findWithoutTailHash(@Param("limit") int limit);

  int setTailHash(long id, String hash);

  int updateHardship(long id, String hardshipEnc);

  int updateSkills(long id, String skills, String skillLevel, java.math.BigDecimal desiredDailyPay);

  int deleteTags(@Param("id") long id);

  int insertTag(long id, String tagHash);

  List<WorkerRow> search(
      String districtId,
      String name,
      String mobileHash,
      String idNumberHash,
      String idTailHash,
      String tagHash,
      int offset,
      int limit);
}
