package cn.linggong.certification;

import cn.linggong.casefile.CaseDocument;
import cn.linggong.casework.CaseDocumentsList;
import cn.linggong.casework.CaseHeader;
import cn.linggong.casework.CaseScreen;
import cn.linggong.casework.CaseTimelineGrid;
import cn.linggong.casework.OpenSteps;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.identity.UserNames;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.ui.UploadTexts;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * 认定申请详情: the application — market, level, who brought it — where it stands and what it waits for,
 * the criteria sheet with every submitted scoring side by side (self-assessment, inspector, each
 * reviewer) and the review's average, the letters and attachments, and every event.
 */
@Route("certifications/:no")
@RolesAllowed({Roles.CASEWORKER, Roles.REVIEWER, Roles.SUPERVISOR})
public class CertificationPage extends CaseScreen {

  private final transient CertificationReading reading;
  private final transient CertificationFilings filings;
  private final transient CertificationActions actions;
  private final transient CertificationNotices notices;
  private final transient UserNames names;
  private final transient Clock clock;
  private final transient LinggongUser user;

  public CertificationPage(
      CertificationReading reading,
      CertificationFilings filings,
      CertificationActions actions,
      CertificationNotices notices,
      UserNames names,
      Clock clock,
      CurrentUser currentUser) {
    super("certification-page", "no", "certificationPage.notFound");
    this.reading = reading;
    this.filings = filings;
    this.actions = actions;
    this.notices = notices;
    this.names = names;
    this.clock = clock;
    this.user = currentUser.require();
  }

  @Override
  protected String render(String no) {
    CertificationView view = reading.view(user, no);
    Certification a = view.application();
    CaseHeader header =
        new CaseHeader(a.applicationNo() + " · " + a.marketName())
            .badge(
                "certification-state",
                a.state() == Certification.State.OPEN
                    ? getTranslation("certification.stage." + a.stage())
                    : getTranslation("certification.outcome." + a.outcome()),
                a.outcome() == Certification.Outcome.CERTIFIED ? "badge success" : "badge")
            .badge(
                "certification-level",
                getTranslation("certification.level." + a.level()),
                "badge contrast");
    add(
        header,
        facts(view),
        new OpenSteps(view.openSteps(), clock).waiting(view.waits(), clock.getZone()),
        buttons(a),
        scores(view),
        objections(view),
        evaluations(view));
    add(
        columns(
            new CaseDocumentsList(
                    "certification-documents",
                    CertificationProcess.CASE_TYPE,
                    view.documents(),
                    id -> reading.document(user, a.applicationNo(), id),
                    clock.getZone())
                .section(getTranslation("certification.attachments"), upload(a)),
            new CaseTimelineGrid<>(
                "certification-timeline",
                view.timeline(),
                CertificationTexts.timeline(this, names),
                clock.getZone())));
    return getTranslation("certificationPage.title", a.applicationNo());
  }

  private Component facts(CertificationView view) {
    Certification a = view.application();
    FormLayout card = new FormLayout();
    card.setId("certification-facts");
    card.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    card.addFormItem(
        new com.vaadin.flow.router.RouterLink(
            a.marketName(),
            cn.linggong.market.MarketPage.class,
            new com.vaadin.flow.router.RouteParameters("id", String.valueOf(a.marketId()))),
        getTranslation("certification.field.market"));
    card.addFormItem(
        new Span(
            getTranslation("certification.submittedBy." + a.submittedBy())
                + (a.operatorContact() == null ? "" : " · " + a.operatorContact())),
        getTranslation("certification.field.submittedBy"));
    card.addFormItem(
        new Span(
            getTranslation(
                "certification.sheetLine",
                view.sheet().version(),
                view.sheet().passMark().toPlainString(),
                view.sheet().totalPoints().toPlainString())),
        getTranslation("certification.field.sheet"));
    if (a.reviewScore() != null) {
      Span score =
          new Span(
              a.reviewScore().toPlainString()
                  + (Boolean.TRUE.equals(a.exclusionFound())
                      ? " · " + getTranslation("certification.exclusionFound")
                      : ""));
      score.setId("certification-review-score");
      card.addFormItem(score, getTranslation("certification.field.reviewScore"));
    }
    if (a.statement() != null) {
      card.addFormItem(new Span(a.statement()), getTranslation("certification.field.statement"));
    }
    if (a.certifiedSince() != null) {
      card.addFormItem(
          new Span(
              getTranslation("certification.validity", a.certifiedSince(), a.certifiedUntil())),
          getTranslation("certification.field.validity"));
    }
    if (a.decisionReason() != null) {
      card.addFormItem(new Span(a.decisionReason()), getTranslation("certification.field.reason"));
    }
    return card;
  }

  private Component buttons(Certification a) {
    VerticalLayout box = new VerticalLayout();
    box.setPadding(false);
    if (CertificationPolicy.FILE.allows(user) && a.stage() == Certification.Stage.SUPPLEMENT) {
      Button supplied = new Button(getTranslation("certification.supplied"));
      supplied.setId("certification-supplied");
      supplied.addClickListener(
          e -> {
            try {
              actions.supplied(user, a.applicationNo());
              Notification.show(getTranslation("certification.suppliedDone"))
                  .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ConflictException conflict) {
              Notification.show(getTranslation(conflict.messageKey(), conflict.arguments()))
                  .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            show(a.applicationNo());
          });
      box.add(supplied);
    }
    if (CertificationPolicy.REQUEST_WITHDRAWAL.allows(user)
        && a.outcome() == Certification.Outcome.CERTIFIED) {
      Button withdraw = new Button(getTranslation("certification.requestWithdrawal"));
      withdraw.setId("certification-request-withdrawal");
      withdraw.addClickListener(e -> openWithdrawal(a));
      box.add(withdraw);
    }
    if (CertificationPolicy.OBJECT.allows(user) && a.stage() == Certification.Stage.PUBLIC_NOTICE) {
      Button object = new Button(getTranslation("certification.recordObjection"));
      object.setId("certification-record-objection");
      object.addClickListener(e -> openObjection(a));
      box.add(object);
    }
    return box;
  }

  /** The annual evaluations of a certified market. */
  private Component evaluations(CertificationView view) {
    return cn.linggong.shared.ui.ListSection.of(
        this,
        "certification-evaluations",
        "certification.evaluations",
        "certification.evaluations.none",
        view.evaluations(),
        grid -> {
          grid.addColumn(e -> cn.linggong.casework.CaseTexts.time(e.evaluatedAt(), clock.getZone()))
              .setHeader(getTranslation("certification.evaluation.at"))
              .setAutoWidth(true);
          grid.addColumn(e -> e.total().toPlainString())
              .setHeader(getTranslation("certification.evaluation.total"))
              .setAutoWidth(true);
          grid.addColumn(
                  e ->
                      getTranslation("certification.evaluation.outcome." + e.outcome())
                          + (e.grade() == null
                              ? ""
                              : " · " + getTranslation("certification.grade." + e.grade())))
              .setHeader(getTranslation("certification.evaluation.outcome"))
              .setAutoWidth(true);
          grid.addColumn(e -> e.note() == null ? "" : e.note())
              .setHeader(getTranslation("certification.field.reason"));
        });
  }

  private void openWithdrawal(Certification a) {
    TextArea reason = new TextArea(getTranslation("certification.withdrawalReason"));
    reason.setId("withdrawal-reason");
    reason.setRequiredIndicatorVisible(true);
    reason.setWidthFull();
    new cn.linggong.shared.ui.SaveDialog(
            getTranslation("certification.requestWithdrawal"),
            "withdrawal-save",
            new FormLayout(reason),
            java.util.Map.of("reason", reason),
            () -> {
              actions.requestWithdrawal(user, a.applicationNo(), reason.getValue());
              return getTranslation("certification.withdrawalRequested");
            },
            () -> show(a.applicationNo()))
        .open();
  }

  private void openObjection(Certification a) {
    ObjectionDialog.open(
        this,
        objection -> notices.objectAsStaff(user, a.applicationNo(), objection),
        () -> show(a.applicationNo()));
  }

  /** The objections to the application, the contact masked, with how each was resolved. */
  private Component objections(CertificationView view) {
    return ObjectionsSection.of(
        this,
        "certification-objections",
        view.objections(),
        clock.getZone(),
        "certification.objection.outcome.");
  }

  /** The sheet's criteria, one row each, with every scoring's points side by side. */
  private Component scores(CertificationView view) {
    VerticalLayout box = new VerticalLayout(new H3(getTranslation("certification.scores")));
    box.setPadding(false);
    box.setId("certification-scores");
    Grid<CriteriaSheet.Criterion> grid = new Grid<>();
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.addColumn(c -> c.code() + " " + c.text())
        .setHeader(getTranslation("certification.criterion"))
        .setFlexGrow(3);
    grid.addColumn(c -> c.points().toPlainString())
        .setHeader(getTranslation("certification.points"))
        .setAutoWidth(true);
    for (CertificationView.Scoring s : view.scorings()) {
      String head =
          getTranslation("certification.role." + s.role())
              + (s.scorer() == null ? "" : " " + names.of(this, s.scorer()))
              + " · "
              + s.total().toPlainString();
      grid.addColumn(
              c -> {
                BigDecimal p = s.points().get(c.code());
                return p == null ? "—" : p.toPlainString();
              })
          .setHeader(head)
          .setAutoWidth(true);
    }
    grid.setItems(view.sheet().criteria());
    box.add(grid);
    List<String> exclusions =
        view.scorings().stream().flatMap(s -> s.exclusions().stream()).distinct().toList();
    if (!exclusions.isEmpty()) {
      box.add(
          new Span(
              getTranslation(
                  "certification.exclusionsFound",
                  String.join(
                      ", ",
                      view.sheet().exclusions().stream()
                          .filter(e -> exclusions.contains(e.code()))
                          .map(CriteriaSheet.Exclusion::text)
                          .toList()))));
    }
    return box;
  }

  private List<Component> upload(Certification a) {
    if (!CertificationPolicy.FILE.allows(user) || a.state() != Certification.State.OPEN) {
      return List.of();
    }
    Select<CertificationFilings.AttachmentKind> kind = new Select<>();
    kind.setId("certification-attachment-kind");
    kind.setLabel(getTranslation("certification.attachmentKind"));
    kind.setItems(CertificationFilings.AttachmentKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("certification.attachment." + k));
    kind.setValue(CertificationFilings.AttachmentKind.SITE_PHOTO);
    Upload upload = new Upload();
    UploadTexts.prepare(upload, this);
    upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf");
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, bytes) ->
                getUI()
                    .ifPresent(
                        ui ->
                            ui.access(
                                () -> {
                                  try {
                                    CaseDocument stored =
                                        filings.attach(
                                            user,
                                            a.applicationNo(),
                                            kind.getValue(),
                                            metadata.fileName(),
                                            metadata.contentType(),
                                            bytes);
                                    Notification.show(
                                            getTranslation(
                                                "certification.attached", stored.fileName()))
                                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                                    show(a.applicationNo());
                                  } catch (InvalidInputException invalid) {
                                    upload.clearFileList();
                                    Notification.show(FieldErrors.summary(this, invalid))
                                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                                  }
                                }))));
    upload.setId("certification-upload");
    return List.of(kind, upload);
  }
}
