package cn.linggong.casefile;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CaseFileMapper {

  int insert(DocumentRow row);

  List<CaseDocument> byCase(String caseType, String caseNo);

  DocumentRow findById(@Param("id") long id);

  List<Long> findUnencryptedIds(@Param("limit") int limit);

  byte[] findContent(@Param("id") long id);

  int setEncrypted(long id, byte[] content);

  int setContent(
      @Param("id") long id, @Param("content") byte[] content, @Param("sizeBytes") long sizeBytes);

  int setStatus(@Param("id") long id, @Param("status") CaseDocument.Status status);

  int insertRequest(LetterRequestRow row);

  int setRequestJob(
      @Param("documentId") long documentId,
      @Param("jobId") String jobId,
      @Param("stepId") String stepId);

  int setRequestFailure(@Param("documentId") long documentId, @Param("failure") String failure);

  LetterRequestRow findRequest(@Param("documentId") long documentId);

  LetterRequestRow findRequestByJob(@Param("jobId") String jobId);

  int insertEvent(EventRow row);

  List<EventRow> events(String caseType, String caseNo);

  /** The oldest timeline entries done before a moment, at most {@code limit}. */
  List<Long> expiredEvents(java.time.Instant before, int limit);

  int deleteEvents(List<Long> ids);

  int insertOwner(String caseType, String caseNo, String owner, java.time.Instant since);

  int updateOwner(String caseType, String caseNo, String owner, java.time.Instant since);

  String owner(String caseType, String caseNo);
}
