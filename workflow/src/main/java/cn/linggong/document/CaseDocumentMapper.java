package cn.linggong.document;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CaseDocumentMapper {

  int insert(DocumentRow row);

  List<CaseDocument> byCase(@Param("caseNo") String caseNo);

  DocumentRow findById(@Param("id") long id);
}
