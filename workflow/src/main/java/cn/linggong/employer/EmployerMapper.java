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

  int verify(long id, String by, Instant at);

  List<EmployerRow> search(String districtId, String name, Boolean verified, int offset, int limit);
}
