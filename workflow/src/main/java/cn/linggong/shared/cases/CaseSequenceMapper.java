package cn.linggong.shared.cases;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CaseSequenceMapper {

  int increment(@Param("kind") String kind, @Param("year") int year);

  int insertFirst(@Param("kind") String kind, @Param("year") int year);

  long current(@Param("kind") String kind, @Param("year") int year);
}
