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
  private final cn.linggong.worker.WorkerHardship hardship;
  private final cn.linggong.employer.JobBoard jobs;

  AssistanceCasePanel(
      AssistanceCases cases,
      JobCategories categories,
      CaseContext context,
      cn.linggong.worker.WorkerHardship hardship,
      cn.linggong.employer.JobBoard jobs) {
    super(AssistanceProcess.KEY, context);
    this.jobs = jobs;
    this.cases = cases;
    this.categories = categories;
    this.hardship = hardship;
  }

  @Override
  public Component create(TaskDetails.Summary task) {
    CaseView view = cases.view(context.user(), task.businessKey());
    CaseSidePanel panel = new CaseSidePanel("assistance-case-panel");
    if (AssistanceProcess.USER_TASK_INTAKE.equals(task.taskDefinitionKey())) {
      // what the intake step asks to confirm: the registered facts, opened on the audited request
      panel.with(new HardshipToConfirm(context.user(), view.assistanceCase().workerId(), hardship));
    }
    if (AssistanceProcess.USER_TASK_REFERRAL_OUTCOME.equals(task.taskDefinitionKey())) {
      // what the outcome step asks about: the referral, its posting and the letter's date
      view.timeline().stream()
          .filter(s -> s.kind() == AssistanceStep.Kind.REFERRAL && s.jobId() != null)
          .reduce((a, b) -> b)
          .ifPresent(
              referral -> {
                com.vaadin.flow.component.html.Paragraph asks =
                    new com.vaadin.flow.component.html.Paragraph(
                        panel.getTranslation(
                            "outcome.asks",
                            referral.seq(),
                            CaseSummary.postings(jobs).apply(referral.jobId()).orElse("—"),
                            java.time.LocalDate.ofInstant(referral.doneAt(), context.zone())
                                .toString()));
                asks.setId("outcome-asks");
                panel.with(asks);
              });
    }
    return panel
        .title(panel.getTranslation("case.panel"))
        .with(
            CaseSummary.progress(panel, view.progress()),
            CaseSummary.workerCard(panel, view.worker(), categories))
        .recent(
            view.timeline(),
            CaseSummary.timeline(panel, categories, context.names(), CaseSummary.postings(jobs)))
        .openScreen(
            "open-case-screen",
            "assistance/" + task.businessKey(),
            panel.getTranslation("case.openScreen"));
  }
}
