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

  int updateStatus(@Param("id") long id, @Param("status") String status);

  int updateHired(@Param("id") long id, @Param("hired") int hired, @Param("status") String status);

  List<JobRow> search(
      @Param("districtId") String districtId,
      @Param("status") String status,
      @Param("categoryCode") String categoryCode,
      @Param("employerId") Long employerId,
      @Param("offset") int offset,
      @Param("limit") int limit);

  /** Open postings of verified employers with places left, in the given districts (null: all). */
  List<JobRow> referable(@Param("districtIds") List<String> districtIds, @Param("limit") int limit);
}
