package cn.linggong.subsidy;

import cn.linggong.casework.CaseDocumentsList;
import cn.linggong.casework.CaseHeader;
import cn.linggong.casework.CaseScreen;
import cn.linggong.casework.CaseTimelineGrid;
import cn.linggong.casework.OpenSteps;
import cn.linggong.certification.ObjectionDialog;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.identity.UserNames;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.ui.DateField;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.ui.ListSection;
import cn.linggong.shared.ui.UploadTexts;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 补贴申请详情: the application — market, period, who brought it, the account — where it stands and what
 * it waits for; each item claimed, quoted with the rules that decided it, corrected by finance with
 * the reason, approved; the payments and what is left; the evidence with its amounts and dates (and
 * more while the content review runs); the objections, the letters and every event.
 */
@Route("subsidies/:no")
@RolesAllowed({Roles.CASEWORKER, Roles.REVIEWER, Roles.FINANCE, Roles.SUPERVISOR})
public class SubsidyPage extends CaseScreen {

  private final transient SubsidyReading reading;
  private final transient SubsidyFilings filings;
  private final transient SubsidyNotices notices;
  private final transient SubsidyApplicationProperties properties;
  private final transient UserNames names;
  private final transient Clock clock;
  private final transient LinggongUser user;

  public SubsidyPage(
      SubsidyReading reading,
      SubsidyFilings filings,
      SubsidyNotices notices,
      SubsidyApplicationProperties properties,
      UserNames names,
      Clock clock,
      CurrentUser currentUser) {
    super("subsidy-page", "no", "subsidyPage.notFound");
    this.reading = reading;
    this.filings = filings;
    this.notices = notices;
    this.properties = properties;
    this.names = names;
    this.clock = clock;
    this.user = currentUser.require();
  }

  @Override
  protected String render(String no) {
    SubsidyView view = reading.view(user, no);
    SubsidyApplication a = view.application();
    CaseHeader header =
        new CaseHeader(a.applicationNo() + " · " + a.marketName())
            .badge(
                "subsidy-state",
                SubsidyTexts.stage(this, a),
                a.outcome() == SubsidyApplication.Outcome.PAID
                    ? "badge success"
                    : a.outcome() == null ? "badge" : "badge error")
            .badge("subsidy-year", getTranslation("subsidyPage.year", a.year()), "badge contrast");
    add(
        header,
        facts(view),
        new OpenSteps(view.openSteps(), clock).waiting(view.waits(), clock.getZone()),
        buttons(a),
        items(view),
        disbursements(view),
        evidence(view),
        objections(view));
    add(
        columns(
            new CaseDocumentsList(
                "subsidy-documents",
                SubsidyProcess.CASE_TYPE,
                view.documents(),
                id -> reading.document(user, a.applicationNo(), id),
                clock.getZone()),
            new CaseTimelineGrid<>(
                "subsidy-timeline",
                view.timeline(),
                SubsidyTexts.timeline(this, names),
                clock.getZone())));
    return getTranslation("subsidyPage.title", a.applicationNo());
  }

  private Component facts(SubsidyView view) {
    SubsidyApplication a = view.application();
    FormLayout card = new FormLayout();
    card.setId("subsidy-facts");
    card.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    card.addFormItem(
        new RouterLink(
            a.marketName(),
            MarketSubsidiesView.class,
            new RouteParameters("id", String.valueOf(a.marketId()))),
        getTranslation("subsidy.field.market"));
    card.addFormItem(
        new Span(getTranslation("subsidy.periodLine", a.periodFrom(), a.periodTo())),
        getTranslation("subsidy.field.period"));
    card.addFormItem(
        new Span(
            getTranslation("subsidy.submittedBy." + a.submittedBy())
                + (a.operatorContact() == null ? "" : " · " + a.operatorContact())),
        getTranslation("subsidy.field.submittedBy"));
    card.addFormItem(new Span(a.account()), getTranslation("subsidy.field.account"));
    if (a.statement() != null) {
      card.addFormItem(new Span(a.statement()), getTranslation("subsidy.field.statement"));
    }
    if (a.approvedTotal() != null) {
      Span approved =
          new Span(
              getTranslation(
                  "subsidyPage.approvedLine",
                  SubsidyTexts.yuan(a.approvedTotal()),
                  SubsidyTexts.yuan(view.disbursed()),
                  SubsidyTexts.yuan(view.left())));
      approved.setId("subsidy-approved");
      card.addFormItem(approved, getTranslation("subsidy.field.approvedTotal"));
    }
    if (a.decisionReason() != null) {
      card.addFormItem(new Span(a.decisionReason()), getTranslation("subsidy.field.reason"));
    }
    return card;
  }

  private Component buttons(SubsidyApplication a) {
    HorizontalLayout box = new HorizontalLayout();
    if (SubsidyPolicy.FILE.allows(user) && a.stage() == SubsidyApplication.Stage.SUPPLEMENT) {
      Button supplied = new Button(getTranslation("subsidyPage.supplied"));
      supplied.setId("subsidy-supplied");
      supplied.addClickListener(
          e -> {
            try {
              filings.supplied(user, a.applicationNo());
              Notification.show(getTranslation("subsidyPage.suppliedDone"))
                  .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ConflictException conflict) {
              Notification.show(getTranslation(conflict.messageKey(), conflict.arguments()))
                  .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            show(a.applicationNo());
          });
      box.add(supplied);
    }
    if (SubsidyPolicy.OBJECT.allows(user) && a.stage() == SubsidyApplication.Stage.PUBLIC_NOTICE) {
      Button object = new Button(getTranslation("certification.recordObjection"));
      object.setId("subsidy-record-objection");
      object.addClickListener(
          e ->
              ObjectionDialog.open(
                  this,
                  objection -> notices.objectAsStaff(user, a.applicationNo(), objection),
                  () -> show(a.applicationNo())));
      box.add(object);
    }
    return box;
  }

  /** Each item claimed, quoted with its rules, corrected with the reason, approved. */
  private Component items(SubsidyView view) {
    return ListSection.of(
        this,
        "subsidy-items",
        "subsidyPage.items",
        "subsidyPage.items.none",
        view.items(),
        grid -> {
          grid.addColumn(i -> getTranslation("subsidy.item." + i.item()))
              .setHeader(getTranslation("subsidy.field.item"))
              .setAutoWidth(true);
          grid.addColumn(i -> SubsidyTexts.yuan(i.claimed()))
              .setHeader(getTranslation("subsidy.field.claimed"))
              .setAutoWidth(true);
          grid.addColumn(i -> SubsidyTexts.yuan(i.quoted()))
              .setHeader(getTranslation("subsidy.field.quoted"))
              .setAutoWidth(true);
          grid.addColumn(i -> SubsidyTexts.rules(this, i))
              .setHeader(getTranslation("subsidy.field.rules"))
              .setFlexGrow(3);
          grid.addColumn(
                  i ->
                      i.corrected() == null
                          ? "—"
                          : SubsidyTexts.yuan(i.corrected()) + " · " + i.correctionReason())
              .setHeader(getTranslation("subsidy.field.corrected"))
              .setFlexGrow(2);
          grid.addColumn(i -> SubsidyTexts.yuan(i.approved()))
              .setHeader(getTranslation("subsidy.field.approved"))
              .setAutoWidth(true);
        });
  }

  private Component disbursements(SubsidyView view) {
    return ListSection.of(
        this,
        "subsidy-disbursements",
        "subsidyPage.disbursements",
        "subsidyPage.disbursements.none",
        view.disbursements(),
        grid -> {
          grid.addColumn(SubsidyApplication.Disbursement::voucherNo)
              .setHeader(getTranslation("subsidy.field.voucher"))
              .setAutoWidth(true);
          grid.addColumn(d -> d.paidOn().toString())
              .setHeader(getTranslation("subsidy.field.paidOn"))
              .setAutoWidth(true);
          grid.addColumn(d -> SubsidyTexts.yuan(d.amount()))
              .setHeader(getTranslation("subsidy.field.amount"))
              .setAutoWidth(true);
          grid.addColumn(SubsidyApplication.Disbursement::account)
              .setHeader(getTranslation("subsidy.field.account"));
          grid.addColumn(d -> names.of(this, d.recordedBy()))
              .setHeader(getTranslation("subsidy.field.recordedBy"))
              .setAutoWidth(true);
        });
  }

  /** The evidence with its amounts and dates; more while the content review runs. */
  private Component evidence(SubsidyView view) {
    VerticalLayout box =
        ListSection.of(
            this,
            "subsidy-evidence",
            "subsidyPage.evidence",
            "subsidyPage.evidence.none",
            view.evidence(),
            grid -> {
              grid.addColumn(e -> getTranslation("subsidy.evidence." + e.kind()))
                  .setHeader(getTranslation("subsidy.field.kind"))
                  .setAutoWidth(true);
              grid.addColumn(e -> SubsidyTexts.yuan(e.amount()))
                  .setHeader(getTranslation("subsidy.field.amount"))
                  .setAutoWidth(true);
              grid.addColumn(e -> e.dated() == null ? "—" : e.dated().toString())
                  .setHeader(getTranslation("subsidy.field.dated"))
                  .setAutoWidth(true);
              grid.addColumn(e -> e.referenceNo() == null ? "—" : e.referenceNo())
                  .setHeader(getTranslation("subsidy.field.referenceNo"))
                  .setAutoWidth(true);
            });
    SubsidyApplication a = view.application();
    boolean open =
        a.stage() == SubsidyApplication.Stage.CONTENT_REVIEW
            || a.stage() == SubsidyApplication.Stage.SUPPLEMENT;
    if (SubsidyPolicy.FILE.allows(user) && open) {
      box.add(upload(a));
    }
    return box;
  }

  private Component upload(SubsidyApplication a) {
    Select<SubsidyApplication.EvidenceKind> kind = new Select<>();
    kind.setId("subsidy-evidence-kind");
    kind.setLabel(getTranslation("subsidy.field.kind"));
    kind.setItems(SubsidyApplication.EvidenceKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("subsidy.evidence." + k));
    kind.setValue(SubsidyApplication.EvidenceKind.RENT_RECEIPT);
    BigDecimalField amount = new BigDecimalField(getTranslation("subsidy.field.amount"));
    amount.setId("subsidy-evidence-amount");
    DateField dated = new DateField(getTranslation("subsidy.field.dated"));
    dated.setId("subsidy-evidence-dated");
    TextField reference = new TextField(getTranslation("subsidy.field.referenceNo"));
    reference.setId("subsidy-evidence-reference");
    // an amount, a date and a number belong to receipts and invoices only
    kind.addValueChangeListener(
        e -> {
          boolean priced = e.getValue() != null && e.getValue().priced();
          amount.setVisible(priced);
          dated.setVisible(priced);
          reference.setVisible(priced);
          if (!priced) {
            amount.clear();
            dated.clear();
            reference.clear();
          }
        });
    amount.setRequiredIndicatorVisible(true);
    dated.setRequiredIndicatorVisible(true);
    reference.setRequiredIndicatorVisible(true);
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("kind", kind);
    fields.put("amount", amount);
    fields.put("dated", dated);
    fields.put("referenceNo", reference);
    Upload upload = new Upload();
    UploadTexts.prepare(upload, this);
    upload.setAcceptedFileTypes(properties.evidenceTypes().toArray(String[]::new));
    upload.setId("subsidy-evidence-upload");
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, bytes) ->
                getUI()
                    .ifPresent(
                        ui ->
                            ui.access(
                                () -> {
                                  FieldErrors.clear(fields);
                                  try {
                                    filings.attach(
                                        user,
                                        a.applicationNo(),
                                        new SubsidyFilings.EvidenceFiling(
                                            kind.getValue(),
                                            amount.getValue(),
                                            dated.getValue(),
                                            reference.getValue()),
                                        metadata.fileName(),
                                        metadata.contentType(),
                                        bytes);
                                    Notification.show(
                                            getTranslation(
                                                "subsidyPage.evidenceAdded", metadata.fileName()))
                                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                                    show(a.applicationNo());
                                  } catch (InvalidInputException invalid) {
                                    upload.clearFileList();
                                    FieldErrors.showOrNotify(this, invalid, fields);
                                  } catch (ConflictException conflict) {
                                    upload.clearFileList();
                                    Notification.show(
                                            getTranslation(
                                                conflict.messageKey(), conflict.arguments()))
                                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                                  }
                                }))));
    FormLayout form = new FormLayout(kind, amount, dated, reference, upload);
    form.setColspan(upload, 2);
    form.setId("subsidy-evidence-form");
    return form;
  }

  private Component objections(SubsidyView view) {
    return cn.linggong.certification.ObjectionsSection.of(
        this,
        "subsidy-objections",
        view.objections(),
        clock.getZone(),
        "subsidy.objection.outcome.");
  }
}
