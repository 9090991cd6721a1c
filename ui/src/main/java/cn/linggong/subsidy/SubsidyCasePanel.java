package cn.linggong.subsidy;

import cn.linggong.casework.CaseContext;
import cn.linggong.casework.CaseSidePanel;
import cn.linggong.casework.CaseTexts;
import cn.linggong.casework.ProcessCasePanel;
import cn.linggong.certification.Objection;
import cn.linggong.inbox.TaskDetails;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Beside an application's task: the market and period, each item claimed, quoted with its rules,
 * corrected and approved, what the market was approved for it before and its years of subsidy, what
 * the evidence adds up to per kind, the public notice with its objections, the district's budget
 * that remains (for the approval), what is approved, paid and left (for a disbursement), open
 * objections, the latest events and a link to the application screen.
 */
@org.springframework.stereotype.Component
class SubsidyCasePanel extends ProcessCasePanel {

  private final SubsidyReading reading;
  private final SubsidyBudgets budgets;

  SubsidyCasePanel(SubsidyReading reading, SubsidyBudgets budgets, CaseContext context) {
    super(SubsidyProcess.KEY, context);
    this.reading = reading;
    this.budgets = budgets;
  }

  @Override
  public Component create(TaskDetails.Summary task) {
    SubsidyView view = reading.view(context.user(), task.businessKey());
    SubsidyApplication a = view.application();
    CaseSidePanel panel =
        new CaseSidePanel("subsidy-case-panel").title(a.applicationNo() + " · " + a.marketName());
    List<String> lines = new ArrayList<>();
    lines.add(
        panel.getTranslation(
            "subsidy.panel.period",
            panel.getTranslation("subsidy.periodLine", a.periodFrom(), a.periodTo()),
            panel.getTranslation("subsidy.submittedBy." + a.submittedBy())));
    for (SubsidyApplication.Item i : view.items()) {
      lines.add(
          panel.getTranslation(
              "subsidy.panel.item",
              panel.getTranslation("subsidy.item." + i.item()),
              SubsidyTexts.yuan(i.claimed()),
              SubsidyTexts.yuan(i.quoted()),
              SubsidyTexts.rules(panel, i),
              i.corrected() == null
                  ? "—"
                  : SubsidyTexts.yuan(i.corrected()) + " " + i.correctionReason()));
    }
    view.prior()
        .approvedElsewhere()
        .forEach(
            (item, amount) -> {
              if (amount.signum() > 0) {
                lines.add(
                    panel.getTranslation(
                        item == SubsidyItem.NETWORK
                            ? "subsidy.panel.networkBefore"
                            : "subsidy.panel.approvedBefore",
                        panel.getTranslation("subsidy.item." + item),
                        a.year(),
                        SubsidyTexts.yuan(amount)));
              }
            });
    lines.add(
        view.prior().firstYear() == null
            ? panel.getTranslation("subsidy.panel.noYears", view.prior().maxYears())
            : panel.getTranslation(
                "subsidy.panel.years",
                view.prior().firstYear(),
                view.prior().firstYear() + view.prior().maxYears() - 1,
                view.prior().maxYears()));
    for (SubsidyApplication.EvidenceKind kind : SubsidyApplication.EvidenceKind.values()) {
      List<SubsidyApplication.Evidence> of =
          view.evidence().stream().filter(e -> e.kind() == kind).toList();
      if (of.isEmpty()) {
        continue;
      }
      BigDecimal sum =
          of.stream()
              .map(SubsidyApplication.Evidence::amount)
              .filter(java.util.Objects::nonNull)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      lines.add(
          panel.getTranslation(
              kind.priced() ? "subsidy.panel.evidencePriced" : "subsidy.panel.evidence",
              panel.getTranslation("subsidy.evidence." + kind),
              of.size(),
              SubsidyTexts.yuan(sum)));
    }
    if (a.noticeFrom() != null) {
      lines.add(
          panel.getTranslation(
              "subsidy.panel.notice",
              CaseTexts.day(a.noticeFrom(), context.zone()),
              CaseTexts.day(a.noticeUntil(), context.zone()),
              view.objections().size(),
              view.objections().stream().filter(o -> o.state() == Objection.State.OPEN).count()));
    }
    if (a.stage() == SubsidyApplication.Stage.APPROVAL
        && SubsidyPolicy.VIEW_BUDGET.allows(context.user())) {
      int year = LocalDate.now(context.clock()).getYear();
      budgets.of(context.user(), year).stream()
          .filter(b -> b.districtId().equals(a.districtId()))
          .findFirst()
          .ifPresent(
              b ->
                  lines.add(
                      panel.getTranslation(
                          "subsidy.panel.budget",
                          b.districtName(),
                          year,
                          SubsidyTexts.yuan(b.amount()),
                          SubsidyTexts.yuan(b.remaining()))));
    }
    if (a.approvedTotal() != null) {
      lines.add(
          panel.getTranslation(
              "subsidyPage.approvedLine",
              SubsidyTexts.yuan(a.approvedTotal()),
              SubsidyTexts.yuan(view.disbursed()),
              SubsidyTexts.yuan(view.left())));
    }
    view.objections().stream()
        .filter(o -> o.state() == Objection.State.OPEN)
        .forEach(
            o ->
                lines.add(
                    panel.getTranslation(
                        "certification.panel.objection",
                        CaseTexts.time(o.filedAt(), context.zone()),
                        o.text())));
    return panel
        .lines(lines)
        .recent(view.timeline(), SubsidyTexts.timeline(panel, context.names()))
        .openScreen(
            "open-subsidy-screen",
            "subsidies/" + a.applicationNo(),
            panel.getTranslation("subsidy.openScreen"));
  }
}
