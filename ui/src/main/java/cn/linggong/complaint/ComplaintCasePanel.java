package cn.linggong.complaint;

import cn.linggong.identity.CurrentUser;
import cn.linggong.inbox.CasePanel;
import cn.linggong.inbox.TaskDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;

/**
 * Beside a complaint task: the employer, each complainant (masked) with the amounts, the clocks and
 * the latest events, and a link to the complaint screen.
 */
@org.springframework.stereotype.Component
class ComplaintCasePanel implements CasePanel {

  private static final int RECENT = 4;

  private final ComplaintService complaints;
  private final CurrentUser currentUser;
  private final Clock clock;

  ComplaintCasePanel(ComplaintService complaints, CurrentUser currentUser, Clock clock) {
    this.complaints = complaints;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public boolean handles(String processDefinitionKey) {
    return ComplaintProcess.KEY.equals(processDefinitionKey);
  }

  @Override
  public Component create(TaskDetails.Summary task) {
    ComplaintView view = complaints.view(currentUser.require(), task.businessKey());
    Complaint c = view.complaint();
    VerticalLayout panel = new VerticalLayout();
    panel.setId("complaint-case-panel");
    panel.setPadding(false);
    panel.setWidth("28rem");
    panel.add(new H3(c.complaintNo() + " · " + c.employerName()));
    view.clocks().forEach(k -> panel.add(ComplaintTexts.badge(panel, k, clock.getZone())));
    panel.add(
        new Div(
            panel.getTranslation(
                "complaint.amounts",
                ComplaintTexts.yuan(c.amountOwed()),
                ComplaintTexts.yuan(c.amountAgreed()),
                ComplaintTexts.yuan(c.amountRecovered()))));
    for (Complainant p : view.complainants()) {
      panel.add(
          new Div(
              p.name() + " · " + p.idNumberMasked() + " · " + ComplaintTexts.yuan(p.amountOwed())));
    }
    var events = view.timeline();
    for (ComplaintEvent e : events.subList(Math.max(0, events.size() - RECENT), events.size())) {
      panel.add(
          new Div(
              panel.getTranslation("complaint.event." + e.kind())
                  + describedOrNothing(ComplaintTexts.describe(panel, e))));
    }
    Anchor open =
        new Anchor("complaints/" + c.complaintNo(), panel.getTranslation("complaint.openScreen"));
    open.setId("open-complaint-screen");
    panel.add(open);
    return panel;
  }

  private static String describedOrNothing(String described) {
    return described.isEmpty() ? "" : "：" + described;
  }
}
