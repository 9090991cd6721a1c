package cn.linggong.assistance;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** {@code ${assistanceRules.moreReferrals(referralCount)}} in the BPMN: the configured package. */
@Component("assistanceRules")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssistanceRules {

  private final AssistanceProperties properties;

  public boolean moreReferrals(Number referralCount) {
    return referralCount == null || referralCount.intValue() < properties.maxReferrals();
  }
}
