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

  int setProcessInstance(long id, @Param("pid") String processInstanceId);

  int setStage(long id, String stage);

  int setAcceptanceDue(long id, Instant due);

  int accept(long id, Instant at, Instant mediationDue);

  int setPriority(long id, String priority);

  int setAgreed(long id, BigDecimal amount);

  int startInspection(long id, Instant at, Instant due);

  int setInspectionDue(long id, Instant due);

  int setMediationDue(long id, Instant due);

  int setRecovered(long id, BigDecimal amount);

  int close(long id, String outcome, String detail, Instant at);

  List<ComplaintRow> search(String districtId, String state, String stage, int offset, int limit);

  List<ComplaintRow> ofWorker(String districtId, long workerId, int limit);

  long count(String districtId, String state, String stage);

  int insertWorker(long complaintId, long workerId, int seq, BigDecimal owed);

  List<ComplainantRow> workers(@Param("complaintId") long complaintId);

  int setWorkerAgreed(long complaintId, long workerId, BigDecimal amount);

  int setWorkerRecovered(long complaintId, long workerId, BigDecimal amount);

  int insertEvidence(EvidenceRow row);

  List<Long> findUnencryptedEvidenceIds(@Param("limit") int limit);

  byte[] findEvidenceContent(@Param("id") long id);

  int setEvidenceEncrypted(long id, byte[] content);

  List<EvidenceRow> evidence(@Param("complaintId") long complaintId);

  EvidenceRow evidenceFile(@Param("id") long id);

  int deleteInstalments(@Param("complaintId") long complaintId);

  int insertInstalment(long complaintId, int seq, LocalDate due, BigDecimal amount);

  List<Instalment> instalments(@Param("complaintId") long complaintId);

  int confirmInstalment(long id, String status, BigDecimal paid, Instant at, String by);

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
