package cn.linggong.certification;

import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ConflictException;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the district bureau does on an application outside its steps: records that the material the
 * one-time notice asked for has come, which sends the application back to the completeness check
 * with its clock started again.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificationActions {

  private final CertificationRecords records;
  private final RuntimeService runtime;

  static final int REASON_MAX = 1000;

  /**
   * A reviewer asks for a certified market's withdrawal (an exclusion event, loss of its
   * public-interest nature): the city's supervisor approves or not.
   */
  @Transactional
  public Certification requestWithdrawal(LinggongUser user, String applicationNo, String reason) {
    CertificationPolicy.REQUEST_WITHDRAWAL.check(user);
    CertificationRow row = records.visible(user, applicationNo);
    cn.linggong.shared.validation.InvalidInputException.Collector errors =
        new cn.linggong.shared.validation.InvalidInputException.Collector();
    errors.requireText("reason", reason);
    errors.maxLength("reason", reason, REASON_MAX);
    errors.throwIfAny();
    boolean inTerm =
        Certification.Outcome.CERTIFIED.name().equals(row.outcome)
            && runtime
                    .createEventSubscriptionQuery()
                    .processInstanceId(row.processInstanceId)
                    .eventName(CertificationProcess.MESSAGE_WITHDRAWAL_REQUESTED)
                    .count()
                > 0;
    if (!inTerm) {
      throw new ConflictException("certification.withdrawal.notCertified", row.applicationNo);
    }
    records.record(
        row,
        "WITHDRAWAL_PROPOSED",
        null,
        null,
        null,
        Map.of("reason", reason.strip()),
        user.userId());
    runtime
        .createMessageCorrelation(CertificationProcess.MESSAGE_WITHDRAWAL_REQUESTED)
        .processInstanceId(row.processInstanceId)
        .correlate();
    return records.byId(row.id).view();
  }

  @Transactional
  public Certification supplied(LinggongUser user, String applicationNo) {
    CertificationPolicy.FILE.check(user);
    CertificationRow row = records.visible(user, applicationNo);
    if (!Certification.Stage.SUPPLEMENT.name().equals(row.stage)) {
      throw new ConflictException("certification.notWaitingForMaterial", row.applicationNo);
    }
    records.record(row, "SUPPLIED", null, null, null, Map.of(), user.userId());
    records.stage(row, Certification.Stage.COMPLETENESS);
    runtime
        .createMessageCorrelation(CertificationProcess.MESSAGE_SUPPLIED)
        .processInstanceId(row.processInstanceId)
        .correlate();
    return records.byId(row.id).view();
  }
}
