package cn.linggong.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ComplaintMapper {

  int insert(ComplaintRow row);

  ComplaintRow findByNo(@Param("no") String complaintNo);

  ComplaintRow findById(@Param("id") long id);

  int setProcessInstance(@Param("id") long id, @Param("pid") String processInstanceId);

  int setStage(@Param("id") long id, @Param("stage") String stage);

  int setAcceptanceDue(@Param("id") long id, @Param("due") Instant due);

  int accept(
      @Param("id") long id, @Param("at") Instant at, @Param("mediationDue") Instant mediationDue);

  int setPriority(@Param("id") long id, @Param("priority") String priority);

  int setAgreed(@Param("id") long id, @Param("amount") BigDecimal amount);

  int startInspection(@Param("id") long id, @Param("at") Instant at, @Param("due") Instant due);

  int setInspectionDue(@Param("id") long id, @Param("due") Instant due);

  int setMediationDue(@Param("id") long id, @Param("due") Instant due);

  int setRecovered(@Param("id") long id, @Param("amount") BigDecimal amount);

  int close(
      @Param("id") long id,
      @Param("outcome") String outcome,
      @Param("detail") String detail,
      @Param("at") Instant at);

  List<ComplaintRow> search(
      @Param("districtId") String districtId,
      @Param("state") String state,
      @Param("stage") String stage,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long count(
      @Param("districtId") String districtId,
      @Param("state") String state,
      @Param("stage") String stage);

  int insertWorker(
      @Param("complaintId") long complaintId,
      @Param("workerId") long workerId,
      @Param("seq") int seq,
      @Param("owed") BigDecimal owed);

  List<ComplainantRow> workers(@Param("complaintId") long complaintId);

  int setWorkerAgreed(
      @Param("complaintId") long complaintId,
      @Param("workerId") long workerId,
      @Param("amount") BigDecimal amount);

  int setWorkerRecovered(
      @Param("complaintId") long complaintId,
      @Param("workerId") long workerId,
      @Param("amount") BigDecimal amount);

  int insertEvidence(EvidenceRow row);

  List<Long> findUnencryptedEvidenceIds(@Param("limit") int limit);

  byte[] findEvidenceContent(@Param("id") long id);

  int setEvidenceEncrypted(@Param("id") long id, @Param("content") byte[] content);

  List<EvidenceRow> evidence(@Param("complaintId") long complaintId);

  EvidenceRow evidenceFile(@Param("id") long id);

  int deleteInstalments(@Param("complaintId") long complaintId);

  int insertInstalment(
      @Param("complaintId") long complaintId,
      @Param("seq") int seq,
      @Param("due") LocalDate due,
      @Param("amount") BigDecimal amount);

  List<Instalment> instalments(@Param("complaintId") long complaintId);

  int confirmInstalment(
      @Param("id") long id,
      @Param("status") String status,
      @Param("paid") BigDecimal paid,
      @Param("at") Instant at,
      @Param("by") String by);

  /** A complainant row joined with the worker's number (encrypted) and masked mobile. */
  final class ComplainantRow {
    Long workerId;
    int seq;
    String name;
    String idNumberEnc;
    String mobileMasked;
    BigDecimal amountOwed;
    BigDecimal amountAgreed;
    BigDecimal amountRecovered;

    Complainant view(java.util.function.UnaryOperator<String> decrypt) {
      return new Complainant(
          workerId,
          seq,
          name,
          cn.linggong.shared.validation.ResidentIdNumbers.of(decrypt.apply(idNumberEnc)).masked(),
          mobileMasked,
          amountOwed,
          amountAgreed,
          amountRecovered);
    }
  }
}
