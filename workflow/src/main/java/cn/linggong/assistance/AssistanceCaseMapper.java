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

  int setProcessInstance(long id, @Param("processInstanceId") String pid);

  int setTier(long id, String tier, boolean employmentHardship);

  int close(long id, String outcome, Instant at);

  List<CaseRow> search(String districtId, String state, Long workerId, int offset, int limit);

  long count(String districtId, String state, Long workerId);
}
