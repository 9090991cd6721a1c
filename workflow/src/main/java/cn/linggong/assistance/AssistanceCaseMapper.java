package cn.linggong.assistance;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AssistanceCaseMapper {

  int insert(CaseRow row);

  CaseRow findByCaseNo(@Param("caseNo") String caseNo);

  CaseRow findById(@Param("id") long id);

  CaseRow findOpenByWorker(@Param("workerId") long workerId);

  int setProcessInstance(@Param("id") long id, @Param("processInstanceId") String pid);

  int setTier(
      @Param("id") long id,
      @Param("tier") String tier,
      @Param("employmentHardship") boolean employmentHardship);

  int close(@Param("id") long id, @Param("outcome") String outcome, @Param("at") Instant at);

  List<CaseRow> search(
      @Param("districtId") String districtId,
      @Param("state") String state,
      @Param("workerId") Long workerId,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long count(
      @Param("districtId") String districtId,
      @Param("state") String state,
      @Param("workerId") Long workerId);
}
