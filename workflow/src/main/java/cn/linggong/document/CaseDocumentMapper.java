package cn.linggong.document;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CaseDocumentMapper {

  int insert(DocumentRow row);

  List<CaseDocument> byCase(@Param("caseNo") String caseNo);

  DocumentRow findById(@Param("id") long id);

  List<Long> findUnencryptedIds(@Param("limit") int limit);

  byte[] findContent(@Param("id") long id);

  int setEncrypted(@Param("id") long id, @Param("content") byte[] content);
}
