package cn.linggong.shared.cases;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CaseSequenceMapper {

  int increment(String kind, int year);

  int insertFirst(String kind, int year);

  long current(String kind, int year);
}
