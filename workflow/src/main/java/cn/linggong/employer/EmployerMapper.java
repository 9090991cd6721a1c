package cn.linggong.employer;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EmployerMapper {

  int insert(EmployerRow row);

  EmployerRow findById(@Param("id") long id);

  EmployerRow findByCreditCode(@Param("creditCode") String creditCode);

  EmployerRow findByIdNumberHash(@Param("hash") String hash);

  int verify(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);

  List<EmployerRow> search(
      @Param("districtId") String districtId,
      @Param("name") String name,
      @Param("verified") Boolean verified,
      @Param("offset") int offset,
      @Param("limit") int limit);
}
