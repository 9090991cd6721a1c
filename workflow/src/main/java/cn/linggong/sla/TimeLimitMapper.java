package cn.linggong.sla;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TimeLimitMapper {

  List<TimeLimit> findAll();

  Optional<TimeLimit> find(@Param("key") String key);

  int insert(TimeLimit limit);

  int update(TimeLimit limit);
}
