package cn.linggong.casefile;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CaseFileMapper {

  int insert(DocumentRow row);

  List<CaseDocument> byCase(@Param("caseType") String caseType, @Param("caseNo") String caseNo);

  DocumentRow findById(@Param("id") long id);

  List<Long> findUnencryptedIds(@Param("limit") int limit);

  byte[] findContent(@Param("id") long id);

  int setEncrypted(@Param("id") long id, @Param("content") byte[] content);

  int insertEvent(EventRow row);

  List<EventRow> events(@Param("caseType") String caseType, @Param("caseNo") String caseNo);
}
