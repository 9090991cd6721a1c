package cn.linggong.assistance;

import cn.linggong.casework.CaseContext;
import cn.linggong.casework.CaseSidePanel;
import cn.linggong.casework.ProcessCasePanel;
import cn.linggong.employer.JobCategories;
import cn.linggong.inbox.TaskDetails;
import com.vaadin.flow.component.Component;

/**
 * Beside an assistance task: the worker's card (masked), progress, the latest steps with their
 * facts (what the supervisor approves), and a link to the case screen.
 */
@org.springframework.stereotype.Component
class AssistanceCasePanel extends ProcessCasePanel {

  private final AssistanceCases cases;
  private final JobCategories categories;

  AssistanceCasePanel(AssistanceCases cases, JobCategories categories, CaseContext context) {
    super(AssistanceProcess.KEY, context);
    this.cases = cases;
    this.categories = categories;
  }

  @Override
  public Component create(TaskDetails.Summary task) {
    CaseView view = cases.view(context.user(), task.businessKey());
    CaseSidePanel panel = new CaseSidePanel("assistance-case-panel");
    return panel
        .title(panel.getTranslation("case.panel"))
        .with(
            CaseSummary.progress(panel, view.progress()),
            CaseSummary.workerCard(panel, view.worker(), categories))
        .recent(view.timeline(), CaseSummary.timeline(panel, categories, context.names()))
        .openScreen(
            "open-case-screen",
            "assistance/" + task.businessKey(),
            panel.getTranslation("case.openScreen"));
  }
}
