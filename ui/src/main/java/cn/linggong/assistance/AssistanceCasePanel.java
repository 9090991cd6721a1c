package cn.linggong.assistance;

import cn.linggong.employer.JobCategories;
import cn.linggong.identity.CurrentUser;
import cn.linggong.inbox.CasePanel;
import cn.linggong.inbox.TaskDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * Beside an assistance task: the worker's card (masked), progress, the latest steps with their
 * facts (what the supervisor approves), and a link to the case screen.
 */
@org.springframework.stereotype.Component
class AssistanceCasePanel implements CasePanel {

  private static final int RECENT = 4;

  private final AssistanceCases cases;
  private final JobCategories categories;
  private final CurrentUser currentUser;

  AssistanceCasePanel(AssistanceCases cases, JobCategories categories, CurrentUser currentUser) {
    this.cases = cases;
    this.categories = categories;
    this.currentUser = currentUser;
  }

  @Override
  public boolean handles(String processDefinitionKey) {
    return AssistanceProcess.KEY.equals(processDefinitionKey);
  }

  @Override
  public Component create(TaskDetails.Summary task) {
    CaseView view = cases.view(currentUser.require(), task.businessKey());
    VerticalLayout panel = new VerticalLayout();
    panel.setId("assistance-case-panel");
    panel.setPadding(false);
    panel.setWidth("28rem");
    panel.add(new H3(panel.getTranslation("case.panel")));
    panel.add(CaseSummary.progress(panel, view.progress()));
    panel.add(CaseSummary.workerCard(panel, view.worker(), categories));
    List<AssistanceStep> steps = view.timeline();
    for (AssistanceStep s : steps.subList(Math.max(0, steps.size() - RECENT), steps.size())) {
      String facts = CaseSummary.describe(panel, s, categories);
      panel.add(
          new Div(
              panel.getTranslation("assistance.step." + s.kind())
                  + (facts.isEmpty() ? "" : "：" + facts)));
    }
    Anchor open =
        new Anchor("assistance/" + task.businessKey(), panel.getTranslation("case.openScreen"));
    open.setId("open-case-screen");
    panel.add(open);
    return panel;
  }
}
