package cn.linggong.subsidy;

import cn.linggong.casefile.CaseDocument;
import cn.linggong.casefile.CaseEvent;
import cn.linggong.certification.Objection;
import cn.linggong.inbox.TaskDetails;
import java.math.BigDecimal;
import java.util.List;

/**
 * An application as its screen shows it: the application, each item claimed / quoted / corrected /
 * approved, the evidence, the payments with what is left to pay, the objections, the open steps and
 * waits, the letters, the timeline, and what the market was approved before.
 */
public record SubsidyView(
    SubsidyApplication application,
    List<SubsidyApplication.Item> items,
    List<SubsidyApplication.Evidence> evidence,
    List<SubsidyApplication.Disbursement> disbursements,
    BigDecimal disbursed,
    List<Objection> objections,
    List<TaskDetails.OpenStep> openSteps,
    List<TaskDetails.Waiting> waits,
    List<CaseDocument> documents,
    List<CaseEvent> timeline,
    Prior prior) {

  /**
   * What the market was approved before, for the reviews: per claimed item what other applications
   * of the year (the network: of any year) have approved, and the first year of subsidy.
   *
   * @param firstYear the first year of rent, operating or network subsidy approved (null: none)
   */
  public record Prior(
      java.util.Map<SubsidyItem, BigDecimal> approvedElsewhere, Integer firstYear, int maxYears) {}

  /** What is approved and not yet paid (null before the approval). */
  public BigDecimal left() {
    return application.approvedTotal() == null
        ? null
        : application.approvedTotal().subtract(disbursed);
  }
}
