package cn.linggong.assistance;

import cn.linggong.document.CaseDocument;
import cn.linggong.employer.JobCategories;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.worker.WorkerPolicy;
import cn.linggong.worker.WorkerRegistry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;

/**
 * One case: progress at a glance, the worker's card (masked), what is open now, every step with
 * who, when and outcome, the letters and records, and withdrawal.
 */
@Route("assistance/:caseNo")
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
public class AssistanceCaseView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private final transient AssistanceCases cases;
  private final transient WorkerRegistry workers;
  private final transient JobCategories categories;
  private final transient DirectoryService directory;
  private final transient LinggongUser user;
  private final transient Clock clock;
  private String title = "";

  public AssistanceCaseView(
      AssistanceCases cases,
      WorkerRegistry workers,
      JobCategories categories,
      DirectoryService directory,
      CurrentUser currentUser,
      Clock clock) {
    this.cases = cases;
    this.workers = workers;
    this.categories = categories;
    this.directory = directory;
    this.user = currentUser.require();
    this.clock = clock;
    setId("assistance-case-view");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(event.getRouteParameters().get("caseNo").orElse(""));
  }

  private void show(String caseNo) {
    removeAll();
    CaseView view;
    try {
      view = cases.view(user, caseNo);
    } catch (NotFoundException e) {
      title = getTranslation("case.notFound");
      add(new H2(title), new Paragraph(getTranslation(e.messageKey(), e.arguments())));
      return;
    }
    AssistanceCase c = view.assistanceCase();
    title = c.caseNo() + " · " + c.workerName();
    Span state = new Span(getTranslation("assistance.state." + c.state()));
    state.setId("case-state");
    state
        .getElement()
        .getThemeList()
        .add(c.state() == AssistanceCase.State.OPEN ? "badge" : "badge success");
    HorizontalLayout badges = new HorizontalLayout(state);
    if (c.tier() != null) {
      Span tier = new Span(getTranslation("assistance.tier." + c.tier()));
      tier.setId("case-tier");
      tier.getElement().getThemeList().add("badge contrast");
      badges.add(tier);
    }
    if (c.outcome() != null) {
      Span outcome = new Span(getTranslation("assistance.outcome." + c.outcome()));
      outcome.setId("case-outcome");
      outcome.getElement().getThemeList().add("badge success");
      badges.add(outcome);
    }
    badges.add(CaseSummary.progress(this, view.progress()));
    add(new H2(title), badges);

    VerticalLayout now = new VerticalLayout();
    now.setPadding(false);
    now.setWidth(null);
    now.add(new H3(getTranslation("case.openTasks")));
    if (view.openTasks().isEmpty()) {
      now.add(new Paragraph(getTranslation("case.noOpenTasks")));
    }
    for (cn.linggong.inbox.TaskDetails.OpenStep t : view.openTasks()) {
      Anchor link =
          new Anchor(
              "tasks/" + t.taskId(),
              t.name()
                  + " · "
                  + getTranslation(
                      "case.due",
                      cn.linggong.shared.ui.ProvisionalMark.text(
                          this, CaseSummary.time(t.due(), clock.getZone()), t.dueProvisional())));
      link.setId("open-task-" + t.taskDefinitionKey());
      now.add(link);
    }
    if (c.state() == AssistanceCase.State.OPEN && AssistancePolicy.WITHDRAW.allows(user)) {
      Button withdraw =
          new Button(getTranslation("case.withdraw"), e -> openWithdrawal(c.caseNo()));
      withdraw.setId("case-withdraw");
      withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
      now.add(withdraw);
    }
    VerticalLayout docs = new VerticalLayout();
    docs.setPadding(false);
    docs.setWidth(null);
    docs.setId("case-documents");
    docs.add(new H3(getTranslation("case.documents")));
    if (view.documents().isEmpty()) {
      docs.add(new Paragraph(getTranslation("case.noDocuments")));
    }
    for (CaseDocument d : view.documents()) {
      docs.add(download(c.caseNo(), d));
    }
    Button fullId =
        new Button(
            getTranslation("case.showFullId"),
            e ->
                new cn.linggong.privacy.PurposeDialog(
                        getTranslation("case.showFullId"),
                        (purpose, note) ->
                            Notification.show(
                                getTranslation(
                                    "case.fullId",
                                    workers.fullIdNumber(user, c.workerId(), purpose, note)),
                                8000,
                                Notification.Position.MIDDLE))
                    .open());
    fullId.setId("case-full-id");
    fullId.setVisible(WorkerPolicy.VIEW_ID_NUMBER.allows(user));
    fullId.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    VerticalLayout card =
        new VerticalLayout(CaseSummary.workerCard(this, view.worker(), categories), fullId);
    card.setPadding(false);
    card.setWidth(null);
    FlexLayout top = new FlexLayout(card, now, docs);
    top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    top.getStyle().set("gap", "var(--lumo-space-xl)");
    top.setWidthFull();
    add(top);

    Grid<AssistanceStep> timeline = new Grid<>();
    timeline.setId("case-timeline");
    // the facts column says old → new and more: it wraps rather than cutting them off
    timeline.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
    timeline
        .addColumn(s -> CaseSummary.time(s.doneAt(), clock.getZone()))
        .setHeader(getTranslation("case.when"))
        .setAutoWidth(true);
    timeline
        .addColumn(
            s ->
                getTranslation("assistance.step." + s.kind())
                    + (s.kind() == AssistanceStep.Kind.REFERRAL
                            || s.kind() == AssistanceStep.Kind.REFERRAL_OUTCOME
                        ? " " + s.seq()
                        : ""))
        .setHeader(getTranslation("case.step"))
        .setAutoWidth(true);
    timeline
        .addColumn(s -> CaseSummary.describe(this, s, categories))
        .setHeader(getTranslation("case.outcomeAndFacts"));
    timeline
        .addColumn(AssistanceStep::doneBy)
        .setHeader(getTranslation("case.by"))
        .setAutoWidth(true);
    timeline.setItems(view.timeline());
    timeline.setAllRowsVisible(true);
    add(new H3(getTranslation("case.timeline")), timeline);
  }

  private String userName(String userId) {
    if ("system".equals(userId)) {
      return getTranslation("case.bySystem");
    }
    return directory.findUser(userId).map(DirectoryService.UserSummary::name).orElse(userId);
  }

  private Anchor download(String caseNo, CaseDocument d) {
    long id = d.id();
    return cn.linggong.shared.ui.Downloads.link(
        "document-" + id,
        d.fileName(),
        d.kind(),
        () -> {
          var file = cases.document(user, caseNo, id);
          return new cn.linggong.shared.ui.Downloads.File(
              file.document().fileName(), file.document().contentType(), file.content());
        });
  }

  private void openWithdrawal(String caseNo) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("case.withdraw"));
    Select<AssistanceCases.WithdrawalReason> reason = new Select<>();
    reason.setId("withdraw-reason");
    reason.setLabel(getTranslation("case.withdraw.reason"));
    reason.setItems(AssistanceCases.WithdrawalReason.values());
    reason.setItemLabelGenerator(r -> getTranslation("assistance.outcome.WITHDRAWAL." + r));
    TextArea note = new TextArea(getTranslation("case.withdraw.note"));
    note.setId("withdraw-note");
    Button confirm =
        new Button(
            getTranslation("case.withdraw.confirm"),
            e -> {
              try {
                cases.withdraw(user, caseNo, reason.getValue(), note.getValue());
                dialog.close();
                Notification.show(getTranslation("case.withdrawn", caseNo))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show(caseNo);
              } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("reason", reason, "note", note));
              } catch (ConflictException conflict) {
                dialog.close();
                Notification.show(getTranslation(conflict.messageKey(), conflict.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
                show(caseNo);
              }
            });
    confirm.setId("withdraw-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    dialog.add(new VerticalLayout(reason, note));
    dialog
        .getFooter()
        .add(new Button(getTranslation("action.cancel"), x -> dialog.close()), confirm);
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
