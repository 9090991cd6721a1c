package cn.linggong.assistance;

import org.springframework.stereotype.Component;

/** {@code ${assistanceRules.moreReferrals(referralCount)}} in the BPMN: the configured package. */
@Component("assistanceRules")
public class AssistanceRules {

  private final AssistanceProperties properties;

  AssistanceRules(AssistanceProperties properties) {
    this.properties = properties;
  }

  public boolean moreReferrals(Number referralCount) {
    return referralCount == null || referralCount.intValue() < properties.maxReferrals();
  }
}
