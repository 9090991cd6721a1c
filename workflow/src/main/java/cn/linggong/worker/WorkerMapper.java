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

  int updateRegistration(
      long id, String name, String mobileEnc, String mobileHash, String mobileMasked);

  int updateDistrict(long id, String districtId);

  int insertChange(
      long workerId,
      java.time.Instant changedAt,
      String changedBy,
      String field,
      String before,
      String after,
      String reason);

  List<WorkerChange> changes(@Param("workerId") long workerId);

  int insertContact(WorkerContactRow row);

  List<WorkerContactRow> contacts(@Param("workerId") long workerId);

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
