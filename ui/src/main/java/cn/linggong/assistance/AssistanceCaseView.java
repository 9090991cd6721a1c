package cn.linggong.assistance;

import cn.linggong.casework.CaseContext;
import cn.linggong.casework.CaseDocumentsList;
import cn.linggong.casework.CaseHeader;
import cn.linggong.casework.CaseOwnerLine;
import cn.linggong.casework.CaseScreen;
import cn.linggong.casework.CaseTimelineGrid;
import cn.linggong.casework.OpenSteps;
import cn.linggong.casework.PartyCard;
import cn.linggong.casework.WithdrawalDialog;
import cn.linggong.employer.JobCategories;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.worker.WorkerPolicy;
import cn.linggong.worker.WorkerRegistry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * One case: progress at a glance, the worker's card (masked), what is open now, every step with
 * who, when and outcome, the letters and records, and withdrawal. Drawn from the case-screen kit.
 */
@Route("assistance/:caseNo")
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
public class AssistanceCaseView extends CaseScreen {

  private final transient AssistanceCases cases;
  private final transient WorkerRegistry workers;
  private final transient JobCategories categories;
  private final transient CaseContext context;
  private final transient cn.linggong.employer.JobBoard jobs;
  private final transient LinggongUser user;

  public AssistanceCaseView(
      AssistanceCases cases,
      WorkerRegistry workers,
      JobCategories categories,
      CaseContext context,
      cn.linggong.employer.JobBoard jobs) {
    super("assistance-case-view", "caseNo", "case.notFound");
    this.jobs = jobs;
    this.cases = cases;
    this.workers = workers;
    this.categories = categories;
    this.context = context;
    this.user = context.user();
  }

  @Override
  protected String render(String caseNo) {
    CaseView view = cases.view(user, caseNo);
    AssistanceCase c = view.assistanceCase();
    String title = c.caseNo() + " · " + c.workerName();
    boolean open = c.state() == AssistanceCase.State.OPEN;
    add(
        new CaseHeader(title)
            .badge(
                "case-state",
                getTranslation("assistance.state." + c.state()),
                open ? null : "success")
            .badgeIf(
                c.tier() != null,
                "case-tier",
                () -> getTranslation("assistance.tier." + c.tier()),
                "contrast")
            .badgeIf(
                c.outcome() != null,
                "case-outcome",
                () -> getTranslation("assistance.outcome." + c.outcome()),
                "success")
            .with(CaseSummary.progress(this, view.progress())));
    add(
        new CaseOwnerLine(
            context,
            c.owner(),
            open,
            () -> cases.ownerCandidates(user, c.caseNo()),
            (owner, reason) -> cases.changeOwner(user, c.caseNo(), owner, reason),
            () -> show(c.caseNo())));

    OpenSteps now =
        new OpenSteps(view.openTasks(), context.clock())
            .waiting(context.waits(c.processInstanceId()), context.zone());
    if (open && AssistancePolicy.WITHDRAW.allows(user)) {
      Button withdraw =
          new Button(getTranslation("case.withdraw"), e -> openWithdrawal(c.caseNo()));
      withdraw.setId("case-withdraw");
      withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
      now.actions(withdraw);
    }
    PartyCard card =
        new PartyCard(CaseSummary.workerCard(this, view.worker(), categories))
            .fullView(
                "case-full-id",
                "case.showFullId",
                WorkerPolicy.VIEW_ID_NUMBER.allows(user),
                "case.fullId",
                (purpose, note) -> workers.fullIdNumber(user, c.workerId(), purpose, note));
    add(
        columns(
            card,
            now,
            new CaseDocumentsList(
                "case-documents",
                "assistance",
                view.documents(),
                id -> cases.document(user, c.caseNo(), id),
                context.zone())));
    add(
        new CaseTimelineGrid<>(
            "case-timeline",
            view.timeline(),
            CaseSummary.timeline(this, categories, context.names(), CaseSummary.postings(jobs)),
            context.zone()));
    return title;
  }

  private void openWithdrawal(String caseNo) {
    new WithdrawalDialog<>(
            getTranslation("case.withdraw"),
            getTranslation("case.withdraw.confirm"),
            AssistanceCases.WithdrawalReason.values(),
            r -> getTranslation("assistance.outcome.WITHDRAWAL." + r),
            (reason, note) -> cases.withdraw(user, caseNo, reason, note),
            () -> {
              Notification.show(getTranslation("case.withdrawn", caseNo))
                  .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              show(caseNo);
            },
            () -> show(caseNo))
        .open();
  }
}
