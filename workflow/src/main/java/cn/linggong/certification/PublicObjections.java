package cn.linggong.certification;

import cn.linggong.certification.CertificationNotices.PublicObjection;
import cn.linggong.identity.ClientAddress;
import cn.linggong.privacy.PersonalData;
import cn.linggong.shared.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * What every public notice (a certification's, a subsidy's) does with an objection: the sender's
 * address kept only as a keyed hash and held to a few objections an hour, the contact encrypted and
 * masked, and the process told at once when it waits in the notice.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PublicObjections {

  private final PersonalData personalData;
  private final ClientAddress clientAddress;
  private final CertificationProperties properties;
  private final RuntimeService runtime;
  private final Clock clock;

  /**
   * The hash of the sending address, once {@code filedSince} (how many it filed since a time) says
   * it has not reached the hour's limit.
   */
  public String senderWithinLimit(BiFunction<String, Instant, Long> filedSince) {
    String address = personalData.lookupHash("objection-address:" + clientAddress.current());
    if (filedSince.apply(address, clock.instant().minus(Duration.ofHours(1)))
        >= properties.objectionsPerHour()) {
      throw new TooManyRequestsException("certification.objection.tooMany");
    }
    return address;
  }

  /** The row to store: the contact encrypted and masked, the text stripped. */
  public ObjectionRow row(
      long applicationId, PublicObjection o, String source, String filedBy, String address) {
    ObjectionRow objection = new ObjectionRow();
    objection.applicationId = applicationId;
    objection.filedAt = clock.instant();
    objection.source = source;
    objection.filedBy = filedBy;
    objection.name = blankToNull(o.name());
    String contact = blankToNull(o.contact());
    objection.contactEnc = contact == null ? null : personalData.encrypt(contact);
    objection.contactMasked = contact == null ? null : CertificationNotices.masked(contact);
    objection.text = o.text().strip();
    objection.addressHash = address;
    return objection;
  }

  /**
   * The process takes the objection at once when it waits in the notice; while it resolves another
   * objection, it takes this one next (its count of open objections).
   */
  public void deliver(String processInstanceId, String message) {
    boolean waiting =
        runtime
                .createEventSubscriptionQuery()
                .processInstanceId(processInstanceId)
                .eventName(message)
                .count()
            > 0;
    if (waiting) {
      runtime.createMessageCorrelation(message).processInstanceId(processInstanceId).correlate();
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
