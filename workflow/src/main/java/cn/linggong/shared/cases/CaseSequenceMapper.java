package cn.linggong.shared.cases;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CaseSequenceMapper {

  /** Creates the year's counter at 1 or adds one to it, holding its row until the commit. */
  void advance(String kind, int year);

  long current(String kind, int year);
}
