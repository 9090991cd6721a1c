package cn.linggong.worker;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.privacy.PersonalData;
import cn.linggong.shared.validation.InvalidInputException;
import java.time.Clock;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's hardship facts (残疾, 低保, 长期失业…): checked, kept encrypted with a keyed hash of each
 * applying status for finding people by it, shown in full only with a purpose, and audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkerHardship {

  private final WorkerRegistry registry;
  private final WorkerMapper mapper;
  private final PersonalData personalData;
  private final cn.linggong.privacy.FullViews fullViews;
  private final AuditService audit;
  private final Clock clock;

  /** The longest 残疾人证 number taken (the card's number has 20 digits and a 2-digit suffix). */
  static final int CERTIFICATE_MAX = 32;

  /** The history's "after" of a hardship change: that the facts changed, never what they are. */
  public static final String HARDSHIP_CHANGED = "changed";

  /**
   * Records the hardship facts: stored encrypted, each applying status as a keyed hash for search.
   */
  @Transactional
  public void recordHardship(LinggongUser user, long id, HardshipFacts facts) {
    WorkerPolicy.RECORD_HARDSHIP.check(user);
    WorkerRow row = registry.visible(user, id);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (facts.disabilityGrade() != null
        && (facts.disabilityGrade() < 1 || facts.disabilityGrade() > 4)) {
      errors.add("disabilityGrade", "assistance.hardship.disabilityGrade");
    }
    boolean hasCertificate =
        facts.disabilityCertificate() != null && !facts.disabilityCertificate().isBlank();
    if (hasCertificate && facts.disabilityCertificate().trim().length() > CERTIFICATE_MAX) {
      errors.add("disabilityCertificate", "validation.tooLong", CERTIFICATE_MAX);
    }
    if (hasCertificate != (facts.disabilityGrade() != null)) {
      errors.add(
          hasCertificate ? "disabilityGrade" : "disabilityCertificate",
          "assistance.hardship.disabilityPair");
    }
    if (facts.waitingSince() != null
        && facts.waitingSince().isAfter(java.time.LocalDate.now(clock))) {
      errors.add("waitingSince", "assistance.hardship.waitingInFuture");
    }
    errors.throwIfAny();
    try {
      mapper.updateHardship(
          id, personalData.encrypt(WorkerRegistry.JSON.writeValueAsString(facts)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    mapper.deleteTags(id);
    facts
        .tags()
        .forEach(tag -> mapper.insertTag(id, personalData.lookupHash(WorkerRegistry.TAG + tag)));
    // the facts themselves stay out of the history: it says that they changed, not what they are
    mapper.insertChange(
        id, clock.instant(), user.userId(), "hardship", null, HARDSHIP_CHANGED, null);
    audit.record(
        user.userId(),
        "WORKER_HARDSHIP_RECORDED",
        "worker",
        String.valueOf(id),
        row.districtId,
        null);
  }

  /**
   * The hardship facts, for a person allowed to see the worker, with a purpose; every look is
   * audited with it.
   */
  @Transactional
  public java.util.Optional<HardshipFacts> hardship(
      LinggongUser user, long id, cn.linggong.privacy.FullViewPurpose purpose, String note) {
    WorkerPolicy.VIEW_HARDSHIP.check(user);
    fullViews.check(purpose, note);
    WorkerRow row = registry.visible(user, id);
    if (row.hardshipEnc == null) {
      return java.util.Optional.empty();
    }
    fullViews.record(
        user,
        cn.linggong.privacy.FullViews.HARDSHIP,
        "worker",
        String.valueOf(id),
        row.districtId,
        purpose,
        note);
    try {
      return java.util.Optional.of(
          WorkerRegistry.JSON.readValue(
              personalData.decrypt(row.hardshipEnc), HardshipFacts.class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
