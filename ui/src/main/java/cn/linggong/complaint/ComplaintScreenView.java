package cn.linggong.complaint;

import cn.linggong.document.CaseDocument;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.RuleViolationException;
import cn.linggong.shared.ui.Downloads;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One complaint: parties (IDs masked), amounts owed, agreed and recovered, the statutory clocks,
 * the payment schedule, evidence (upload checked by type and size), letters, contacts and sessions,
 * every event; supplied material, an extension request and withdrawal.
 */
@Route("complaints/:no")
@RolesAllowed({Roles.MEDIATOR, Roles.SUPERVISOR})
public class ComplaintScreenView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private final transient ComplaintService complaints;
  private final transient DirectoryService directory;
  private final transient LinggongUser user;
  private final transient Clock clock;
  private final transient cn.linggong.sla.TimeLimits timeLimits;
  private String title = "";

  public ComplaintScreenView(
      ComplaintService complaints,
      DirectoryService directory,
      CurrentUser currentUser,
      Clock clock,
      cn.linggong.sla.TimeLimits timeLimits) {
    this.complaints = complaints;
    this.directory = directory;
    this.user = currentUser.require();
    this.clock = clock;
    this.timeLimits = timeLimits;
    setId("complaint-view");
  }

  /** "申请延期30个工作日", the days from the time-limit table. */
  private String requestExtension() {
    return getTranslation(
        "complaint.requestExtension",
        timeLimits.phrase("complaint.investigation-extension", getLocale()));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(event.getRouteParameters().get("no").orElse(""));
  }

  private void show(String no) {
    removeAll();
    ComplaintView view;
    try {
      view = complaints.view(user, no);
    } catch (NotFoundException e) {
      title = getTranslation("complaint.notFoundTitle");
      add(new H2(title), new Paragraph(getTranslation(e.messageKey(), e.arguments())));
      return;
    }
    Complaint c = view.complaint();
    title = c.complaintNo() + " · " + c.employerName();
    Span state = new Span(getTranslation("complaint.stage." + c.stage()));
    state.setId("complaint-stage");
    state.getElement().getThemeList().add("badge");
    HorizontalLayout badges = new HorizontalLayout(state);
    badges.setWrap(true);
    if (c.priority() != null) {
      Span priority = new Span(getTranslation("complaint.priority." + c.priority()));
      priority
          .getElement()
          .getThemeList()
          .add("HIGH".equals(c.priority()) ? "badge error" : "badge contrast");
      badges.add(priority);
    }
    if (c.outcome() != null) {
      Span outcome = new Span(getTranslation("complaint.outcome." + c.outcome()));
      outcome.setId("complaint-outcome");
      outcome.getElement().getThemeList().add("badge success");
      badges.add(outcome);
    }
    view.clocks().forEach(k -> badges.add(ComplaintTexts.badge(this, k, clock.getZone())));
    add(new H2(title), badges);

    Div amounts =
        new Div(
            getTranslation(
                "complaint.amounts",
                ComplaintTexts.yuan(c.amountOwed()),
                ComplaintTexts.yuan(c.amountAgreed()),
                ComplaintTexts.yuan(c.amountRecovered())));
    amounts.setId("complaint-amounts");
    Div facts =
        new Div(
            getTranslation(
                "complaint.factsLine",
                c.project(),
                c.workStart().toString(),
                c.workEnd().toString(),
                getTranslation("complaint.payAgreement." + c.payAgreement()),
                getTranslation("complaint.channel." + c.channel())));
    add(amounts, facts, new Paragraph(getTranslation("complaint.request") + "：" + c.request()));

    Grid<Complainant> parties = new Grid<>();
    parties.setId("complaint-complainants");
    parties
        .addColumn(Complainant::name)
        .setHeader(getTranslation("worker.name"))
        .setAutoWidth(true);
    parties
        .addColumn(Complainant::idNumberMasked)
        .setHeader(getTranslation("worker.idNumber"))
        .setAutoWidth(true);
    parties
        .addColumn(Complainant::mobileMasked)
        .setHeader(getTranslation("worker.mobile"))
        .setAutoWidth(true);
    parties
        .addColumn(p -> ComplaintTexts.yuan(p.amountOwed()))
        .setHeader(getTranslation("complaint.owed"));
    parties
        .addColumn(p -> ComplaintTexts.yuan(p.amountAgreed()))
        .setHeader(getTranslation("complaint.agreed"));
    parties
        .addColumn(p -> ComplaintTexts.yuan(p.amountRecovered()))
        .setHeader(getTranslation("complaint.recovered"));
    parties.setItems(view.complainants());
    parties.setAllRowsVisible(true);
    add(new H3(getTranslation("complaint.complainants")), parties);

    if (!view.instalments().isEmpty()) {
      Grid<Instalment> plan = new Grid<>();
      plan.setId("complaint-instalments");
      plan.addColumn(Instalment::seq).setHeader("#").setAutoWidth(true);
      plan.addColumn(i -> i.dueDate().toString()).setHeader(getTranslation("complaint.dueDate"));
      plan.addColumn(i -> ComplaintTexts.yuan(i.amount()))
          .setHeader(getTranslation("complaint.amount"));
      plan.addColumn(i -> getTranslation("complaint.instalment." + i.status()))
          .setHeader(getTranslation("complaint.instalmentStatus"));
      plan.addColumn(i -> ComplaintTexts.yuan(i.amountPaid()))
          .setHeader(getTranslation("complaint.paid"));
      plan.setItems(view.instalments());
      plan.setAllRowsVisible(true);
      add(new H3(getTranslation("complaint.schedule")), plan);
    }

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
                          this,
                          ComplaintTexts.time(t.due(), clock.getZone()),
                          t.dueProvisional())));
      link.setId("open-task-" + t.taskDefinitionKey());
      now.add(link);
    }
    if (c.state() == Complaint.State.OPEN && ComplaintPolicy.FILE.allows(user)) {
      now.add(actions(c));
    }
    VerticalLayout docs = new VerticalLayout();
    docs.setPadding(false);
    docs.setWidth(null);
    docs.setId("complaint-documents");
    docs.add(new H3(getTranslation("case.documents")));
    for (CaseDocument d : view.documents()) {
      docs.add(download(c.complaintNo(), d));
    }
    docs.add(new H3(getTranslation("complaint.evidence")));
    for (Evidence e : view.evidence()) {
      docs.add(evidenceLink(c.complaintNo(), e));
    }
    if (c.state() == Complaint.State.OPEN && ComplaintPolicy.FILE.allows(user)) {
      docs.add(upload(c.complaintNo()));
    }
    FlexLayout middle = new FlexLayout(now, docs);
    middle.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    middle.getStyle().set("gap", "var(--lumo-space-xl)");
    add(middle);

    Map<String, String> names = new HashMap<>();
    Grid<ComplaintEvent> timeline = new Grid<>();
    timeline.setId("complaint-timeline");
    // the facts column says old → new and more: it wraps rather than cutting them off
    timeline.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
    timeline
        .addColumn(e -> ComplaintTexts.time(e.doneAt(), clock.getZone()))
        .setHeader(getTranslation("case.when"))
        .setAutoWidth(true);
    timeline
        .addColumn(e -> getTranslation("complaint.event." + e.kind()))
        .setHeader(getTranslation("case.step"))
        .setAutoWidth(true);
    timeline
        .addColumn(e -> ComplaintTexts.describe(this, e))
        .setHeader(getTranslation("case.outcomeAndFacts"));
    timeline
        .addColumn(e -> names.computeIfAbsent(e.doneBy(), this::userName))
        .setHeader(getTranslation("case.by"))
        .setAutoWidth(true);
    timeline.setItems(view.timeline());
    timeline.setAllRowsVisible(true);
    add(new H3(getTranslation("case.timeline")), timeline);
  }

  private String userName(String userId) {
    if (ComplaintService.SYSTEM_USER.equals(userId)) {
      return getTranslation("case.bySystem");
    }
    return directory.findUser(userId).map(DirectoryService.UserSummary::name).orElse(userId);
  }

  private HorizontalLayout actions(Complaint c) {
    Button contact =
        new Button(getTranslation("complaint.logContact"), e -> contactDialog(c.complaintNo()));
    contact.setId("complaint-log-contact");
    HorizontalLayout row = new HorizontalLayout(contact);
    row.setWrap(true);
    if (c.stage() == Complaint.Stage.SUPPLEMENT) {
      Button supplied =
          new Button(
              getTranslation("complaint.supplied"),
              e -> {
                complaints.supply(user, c.complaintNo(), null);
                Notification.show(getTranslation("complaint.suppliedDone"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show(c.complaintNo());
              });
      supplied.setId("complaint-supplied");
      row.add(supplied);
    }
    if (c.stage() == Complaint.Stage.INSPECTION) {
      Button extend = new Button(requestExtension(), e -> extensionDialog(c.complaintNo()));
      extend.setId("complaint-request-extension");
      row.add(extend);
    }
    Button withdraw =
        new Button(getTranslation("complaint.withdraw"), e -> withdrawDialog(c.complaintNo()));
    withdraw.setId("complaint-withdraw");
    withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
    row.add(withdraw);
    return row;
  }

  private void contactDialog(String no) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("complaint.logContact"));
    Select<ComplaintService.ContactKind> kind = new Select<>();
    kind.setLabel(getTranslation("complaint.contactKind"));
    kind.setItems(ComplaintService.ContactKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("complaint.contact." + k));
    kind.setValue(ComplaintService.ContactKind.SESSION);
    DatePicker date = new DatePicker(getTranslation("assistance.detail.date"));
    date.setValue(LocalDate.now(clock));
    TextArea summary = new TextArea(getTranslation("complaint.contactSummary"));
    summary.setId("contact-summary");
    Button save =
        new Button(
            getTranslation("employer.save"),
            e -> {
              try {
                complaints.logContact(
                    user, no, kind.getValue(), date.getValue(), summary.getValue());
                dialog.close();
                show(no);
              } catch (InvalidInputException invalid) {
                FieldErrors.show(
                    this, invalid, Map.of("kind", kind, "date", date, "summary", summary));
              }
            });
    save.setId("contact-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new VerticalLayout(kind, date, summary));
    dialog.getFooter().add(new Button(getTranslation("action.cancel"), x -> dialog.close()), save);
    dialog.open();
  }

  private void extensionDialog(String no) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(requestExtension());
    TextArea reason = new TextArea(getTranslation("complaint.extensionReason"));
    Button save =
        new Button(
            requestExtension(),
            e -> {
              try {
                complaints.requestExtension(user, no, reason.getValue());
                dialog.close();
                show(no);
              } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("reason", reason));
              } catch (RuleViolationException refused) {
                dialog.close();
                Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(reason);
    dialog.getFooter().add(new Button(getTranslation("action.cancel"), x -> dialog.close()), save);
    dialog.open();
  }

  private void withdrawDialog(String no) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("complaint.withdraw"));
    Select<ComplaintService.WithdrawalReason> reason = new Select<>();
    reason.setLabel(getTranslation("case.withdraw.reason"));
    reason.setItems(ComplaintService.WithdrawalReason.values());
    reason.setItemLabelGenerator(r -> getTranslation("complaint.withdrawal." + r));
    TextArea note = new TextArea(getTranslation("case.withdraw.note"));
    Button confirm =
        new Button(
            getTranslation("complaint.withdraw"),
            e -> {
              try {
                complaints.withdraw(user, no, reason.getValue(), note.getValue());
                dialog.close();
                show(no);
              } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("reason", reason, "note", note));
              } catch (RuleViolationException refused) {
                dialog.close();
                Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
                show(no);
              }
            });
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    dialog.add(new VerticalLayout(reason, note));
    dialog
        .getFooter()
        .add(new Button(getTranslation("action.cancel"), x -> dialog.close()), confirm);
    dialog.open();
  }

  private com.vaadin.flow.component.Component upload(String no) {
    Select<Evidence.Kind> kind = new Select<>();
    kind.setId("evidence-kind");
    kind.setLabel(getTranslation("complaint.evidenceKind"));
    kind.setItems(Evidence.Kind.values());
    kind.setItemLabelGenerator(k -> getTranslation("complaint.evidence." + k));
    kind.setValue(Evidence.Kind.PHOTO);
    Upload upload =
        new Upload(
            UploadHandler.inMemory(
                (metadata, bytes) ->
                    getUI()
                        .ifPresent(
                            ui ->
                                ui.access(
                                    () -> {
                                      try {
                                        complaints.addEvidence(
                                            user,
                                            no,
                                            kind.getValue(),
                                            null,
                                            metadata.fileName(),
                                            metadata.contentType(),
                                            bytes);
                                        show(no);
                                      } catch (InvalidInputException invalid) {
                                        Notification.show(FieldErrors.summary(this, invalid))
                                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                                      }
                                    }))));
    upload.setId("evidence-upload");
    upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf");
    return new VerticalLayout(kind, upload);
  }

  private Anchor download(String no, CaseDocument d) {
    long id = d.id();
    return Downloads.link(
        "document-" + id,
        d.fileName(),
        d.kind(),
        () -> {
          var file = complaints.document(user, no, id);
          return new Downloads.File(
              file.document().fileName(), file.document().contentType(), file.content());
        });
  }

  private Anchor evidenceLink(String no, Evidence e) {
    long id = e.id();
    return Downloads.link(
        null,
        getTranslation("complaint.evidence." + e.kind()) + " · " + e.fileName(),
        null,
        () -> {
          var file = complaints.evidenceFile(user, no, id);
          return new Downloads.File(
              file.evidence().fileName(), file.evidence().contentType(), file.content());
        });
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
