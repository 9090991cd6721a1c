package cn.linggong.worker;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface WorkerMapper {

  int insert(WorkerRow row);

  WorkerRow findById(@Param("id") long id);

  WorkerRow findByIdNumberHash(@Param("hash") String hash);

  List<WorkerRow> findWithoutTailHash(@Param("limit") int limit);

  int setTailHash(@Param("id") long id, @Param("hash") String hash);

  int updateHardship(@Param("id") long id, @Param("hardshipEnc") String hardshipEnc);

  int updateSkills(
      @Param("id") long id,
      @Param("skills") String skills,
      @Param("skillLevel") String skillLevel,
      @Param("desiredDailyPay") java.math.BigDecimal desiredDailyPay);

  int deleteTags(@Param("id") long id);

  int insertTag(@Param("id") long id, @Param("tagHash") String tagHash);

  List<WorkerRow> search(
      @Param("districtId") String districtId,
      @Param("name") String name,
      @Param("mobileHash") String mobileHash,
      @Param("idNumberHash") String idNumberHash,
      @Param("idTailHash") String idTailHash,
      @Param("tagHash") String tagHash,
      @Param("offset") int offset,
      @Param("limit") int limit);
}
