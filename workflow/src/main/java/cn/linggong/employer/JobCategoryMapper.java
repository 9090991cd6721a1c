package cn.linggong.employer;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface JobCategoryMapper {

  List<JobCategory> all();
}
