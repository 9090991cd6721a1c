package cn.linggong.complaint;

import cn.linggong.casework.CaseContext;
import cn.linggong.casework.CaseSidePanel;
import cn.linggong.casework.ProcessCasePanel;
import cn.linggong.inbox.TaskDetails;
import com.vaadin.flow.component.Component;

/**
 * Beside a complaint task: the employer, each complainant (masked) with the amounts, the clocks and
 * the latest events, and a link to the complaint screen.
 */
@org.springframework.stereotype.Component
class ComplaintCasePanel extends ProcessCasePanel {

  private final ComplaintReading complaints;

  ComplaintCasePanel(ComplaintReading complaints, CaseContext context) {
    super(ComplaintProcess.KEY, context);
    this.complaints = complaints;
  }

  @Override
  public Component create(TaskDetails.Summary task) {
    ComplaintView view = complaints.view(context.user(), task.businessKey());
    Complaint c = view.complaint();
    CaseSidePanel panel =
        new CaseSidePanel("complaint-case-panel").title(c.complaintNo() + " · " + c.employerName());
    view.clocks().forEach(k -> panel.with(ComplaintTexts.badge(panel, k, context.zone())));
    return panel
        .lines(
            java.util.List.of(
                panel.getTranslation(
                    "complaint.amounts",
                    ComplaintTexts.yuan(c.amountOwed()),
                    ComplaintTexts.yuan(c.amountAgreed()),
                    ComplaintTexts.yuan(c.amountRecovered()))))
        .lines(
            view.complainants().stream()
                .map(
                    p ->
                        p.name()
                            + " · "
                            + p.idNumberMasked()
                            + " · "
                            + ComplaintTexts.yuan(p.amountOwed()))
                .toList())
        .recent(view.timeline(), ComplaintTexts.timeline(panel, context.names()))
        .openScreen(
            "open-complaint-screen",
            "complaints/" + c.complaintNo(),
            panel.getTranslation("complaint.openScreen"));
  }
}
