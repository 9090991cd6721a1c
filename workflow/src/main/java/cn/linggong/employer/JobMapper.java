package cn.linggong.employer;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface JobMapper {

  int insert(JobRow row);

  JobRow findById(@Param("id") long id);

  /** Locks the posting's row for a hire or a status change. */
  JobRow lock(@Param("id") long id);

  int updateStatus(long id, String status);

  int updateHired(long id, int hired, String status);

  List<JobRow> search(
      String districtId,
      String status,
      String categoryCode,
      Long employerId,
      int offset,
      int limit);

  /** Open postings of verified employers with places left, in the given districts (null: all). */
  List<JobRow> referable(List<String> districtIds, int limit);
}
