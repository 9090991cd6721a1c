package cn.linggong.worker;

import cn.linggong.casefile.CaseDocument;
import cn.linggong.casework.CaseScreen;
import cn.linggong.casework.CaseTexts;
import cn.linggong.employer.JobCategories;
import cn.linggong.employer.JobCategory;
import cn.linggong.employer.SkillLevel;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.identity.UserNames;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.ui.DateField;
import cn.linggong.shared.ui.Downloads;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.ui.ListSection;
import cn.linggong.shared.ui.Punctuation;
import cn.linggong.shared.ui.SaveDialog;
import cn.linggong.shared.ui.UploadTexts;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 零工人员详情: one worker's page — the registration (corrected here, every change kept), hardship facts
 * (on the audited request), skills, the cases and complaints of every case type, scans kept with
 * them (type and size checked, stored encrypted, each opening audited), the contact log, the
 * history of changes, and for a city-level admin the transfer to another district.
 */
@Route("workers/:id")
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.MEDIATOR, Roles.ADMIN})
public class WorkerPage extends CaseScreen {

  private final transient WorkerRegistry registry;
  private final transient WorkerHardship hardship;
  private final transient WorkerChanges changes;
  private final transient WorkerDocuments documents;
  private final transient List<WorkerSection> sections;
  private final transient List<WorkerAction> actions;
  private final transient JobCategories categories;
  private final transient Districts districts;
  private final transient UserNames names;
  private final transient ZoneId zone;
  private final transient Clock clock;
  private final transient LinggongUser user;

  @SuppressWarnings("java:S107") // a page composed of the worker's features
  public WorkerPage(
      WorkerRegistry registry,
      WorkerHardship hardship,
      WorkerChanges changes,
      WorkerDocuments documents,
      List<WorkerSection> sections,
      List<WorkerAction> actions,
      JobCategories categories,
      Districts districts,
      UserNames names,
      Clock clock,
      CurrentUser currentUser) {
    super("worker-page", "id", "workerPage.notFound");
    this.registry = registry;
    this.hardship = hardship;
    this.changes = changes;
    this.documents = documents;
    this.sections = sections;
    this.actions = actions;
    this.categories = categories;
    this.districts = districts;
    this.names = names;
    this.clock = clock;
    this.zone = clock.getZone();
    this.user = currentUser.require();
  }

  @Override
  protected String render(String number) {
    long id;
    try {
      id = Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw new NotFoundException("assistance.worker.notFound", number);
    }
    Worker w = registry.find(user, id);
    add(new H2(w.name()), registration(w), buttons(w));
    sections.forEach(s -> s.section(w, user).ifPresent(this::add));
    add(documents(w), contacts(w), history(w));
    return getTranslation("workerPage.title", w.name());
  }

  private void again(long id) {
    show(String.valueOf(id));
  }

  private String district(String id) {
    return districts.district(id).map(District::name).orElse(id);
  }

  private String skills(List<String> codes) {
    return codes == null || codes.isEmpty()
        ? "—"
        : codes.stream()
            .map(c -> categories.label(c, getLocale()))
            .collect(Collectors.joining(Punctuation.comma(this)));
  }

  /** The registration, masked: what a list shows, and how the worker came to be registered. */
  private Component registration(Worker w) {
    FormLayout card = new FormLayout();
    card.setId("worker-registration");
    card.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1),
        new FormLayout.ResponsiveStep("30em", 2),
        new FormLayout.ResponsiveStep("60em", 3));
    card.addFormItem(new Span(w.idNumberMasked()), getTranslation("worker.idNumber"));
    card.addFormItem(
        new Span(getTranslation("assistance.sex." + w.sex())), getTranslation("worker.sex"));
    card.addFormItem(new Span(String.valueOf(w.birthYear())), getTranslation("worker.birthYear"));
    card.addFormItem(new Span(w.mobileMasked()), getTranslation("worker.mobile"));
    card.addFormItem(new Span(district(w.districtId())), getTranslation("worker.district"));
    card.addFormItem(new Span(skills(w.skills())), getTranslation("worker.skills"));
    card.addFormItem(
        new Span(
            getTranslation(
                "employer.skillLevel."
                    + (w.skillLevel() == null ? SkillLevel.NONE : w.skillLevel()).name())),
        getTranslation("worker.skillLevel"));
    card.addFormItem(
        new Span(w.desiredDailyPay() == null ? "—" : w.desiredDailyPay().toPlainString()),
        getTranslation("worker.desiredPay"));
    Span registered =
        new Span(
            getTranslation(
                "workerPage.registeredBy",
                CaseTexts.time(w.registeredAt(), zone),
                names.of(this, w.registeredBy())));
    registered.getElement().setAttribute("title", w.registeredBy());
    card.addFormItem(registered, getTranslation("workerPage.registered"));
    return card;
  }

  /** What the person may do with the worker: only what they are allowed, nothing else shown. */
  private Component buttons(Worker w) {
    HorizontalLayout row = new HorizontalLayout();
    row.setId("worker-actions");
    row.setWrap(true);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    if (WorkerPolicy.CORRECT.allows(user)) {
      row.add(button("worker-correct", "workerPage.correct", () -> openCorrection(w)));
    }
    if (WorkerPolicy.RECORD_HARDSHIP.allows(user)) {
      row.add(button("worker-skills", "workerPage.skills", () -> openSkills(w)));
    }
    if (WorkerPolicy.VIEW_HARDSHIP.allows(user)) {
      row.add(
          button(
              "worker-hardship",
              "worker.hardship",
              () -> new HardshipDialog(hardship, user, w, false, () -> again(w.id())).open()));
    }
    if (WorkerPolicy.TRANSFER.allows(user) && user.cityLevel()) {
      row.add(button("worker-transfer", "workerPage.transfer", () -> openTransfer(w)));
    }
    actions.forEach(a -> a.control(w, user).ifPresent(row::add));
    return row;
  }

  private Button button(String id, String key, Runnable action) {
    Button b = new Button(getTranslation(key), e -> action.run());
    b.setId(id);
    return b;
  }

  private void openCorrection(Worker w) {
    TextField name = new TextField(getTranslation("worker.name"));
    name.setId("worker-correct-name");
    name.setValue(w.name());
    TextField mobile = new TextField(getTranslation("worker.mobile"));
    mobile.setId("worker-correct-mobile");
    mobile.setPlaceholder(w.mobileMasked());
    mobile.setHelperText(getTranslation("workerPage.mobileKept"));
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("mobile", mobile);
    new SaveDialog(
            getTranslation("workerPage.correct"),
            "worker-correct-save",
            new FormLayout(name, mobile),
            fields,
            () -> {
              changes.correct(
                  user, w.id(), new WorkerChanges.Correction(name.getValue(), mobile.getValue()));
              return getTranslation("workerPage.corrected");
            },
            () -> again(w.id()))
        .required(List.of("name"))
        .open();
  }

  private void openSkills(Worker w) {
    MultiSelectComboBox<JobCategory> skills =
        new MultiSelectComboBox<>(getTranslation("worker.skills"));
    skills.setId("worker-skills-categories");
    List<JobCategory> active = categories.active();
    skills.setItems(active);
    skills.setItemLabelGenerator(c -> c.label(getLocale()));
    skills.setValue(
        active.stream()
            .filter(c -> w.skills() != null && w.skills().contains(c.code()))
            .collect(Collectors.toSet()));
    Select<SkillLevel> level = new Select<>();
    level.setLabel(getTranslation("worker.skillLevel"));
    level.setItems(SkillLevel.values());
    level.setItemLabelGenerator(l -> getTranslation("employer.skillLevel." + l));
    level.setValue(w.skillLevel() == null ? SkillLevel.NONE : w.skillLevel());
    BigDecimalField pay = new BigDecimalField(getTranslation("worker.desiredPay"));
    pay.setValue(w.desiredDailyPay());
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("skills", skills);
    fields.put("desiredDailyPay", pay);
    new SaveDialog(
            getTranslation("workerPage.skills"),
            "worker-skills-save",
            new FormLayout(skills, level, pay),
            fields,
            () -> {
              changes.changeSkills(
                  user,
                  w.id(),
                  skills.getValue().stream().map(JobCategory::code).toList(),
                  level.getValue(),
                  pay.getValue());
              return getTranslation("workerPage.skillsSaved");
            },
            () -> again(w.id()))
        .open();
  }

  private void openTransfer(Worker w) {
    Select<District> to = new Select<>();
    to.setId("worker-transfer-district");
    to.setLabel(getTranslation("workerPage.transferTo"));
    to.setItems(
        districts.districts().stream().filter(d -> !d.id().equals(w.districtId())).toList());
    to.setItemLabelGenerator(District::name);
    TextArea reason = new TextArea(getTranslation("workerPage.transferReason"));
    reason.setId("worker-transfer-reason");
    reason.setWidthFull();
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("districtId", to);
    fields.put("reason", reason);
    new SaveDialog(
            getTranslation("workerPage.transferTitle", w.name(), district(w.districtId())),
            "worker-transfer-save",
            new VerticalLayout(to, reason),
            fields,
            () -> {
              Worker moved =
                  changes.transfer(
                      user,
                      w.id(),
                      to.getValue() == null ? null : to.getValue().id(),
                      reason.getValue());
              return getTranslation("workerPage.transferred", district(moved.districtId()));
            },
            () -> again(w.id()))
        .required(List.of("districtId", "reason"))
        .open();
  }

  /**
   * Scans kept with the worker: the list (opening one is audited) and, where allowed, an upload.
   */
  private Component documents(Worker w) {
    VerticalLayout box =
        ListSection.of(
            this,
            "worker-documents",
            "workerPage.documents",
            "workerPage.documents.none",
            documents.of(user, w.id()),
            grid -> {
              grid.addColumn(d -> getTranslation("workerPage.document." + d.kind()))
                  .setHeader(getTranslation("workerPage.documentKind"))
                  .setAutoWidth(true);
              grid.addComponentColumn(d -> documentLink(w, d))
                  .setHeader(getTranslation("workerPage.file"))
                  .setAutoWidth(true);
              grid.addColumn(d -> CaseTexts.time(d.createdAt(), zone))
                  .setHeader(getTranslation("workerPage.added"))
                  .setAutoWidth(true);
              byColumn(grid, CaseDocument::createdBy);
            });
    if (WorkerPolicy.ADD_DOCUMENT.allows(user)) {
      box.add(new Span(getTranslation("workerPage.documents.hint")), upload(w));
    }
    return box;
  }

  /** The scan to open (audited by the service) where the person may, else only its name. */
  private Component documentLink(Worker w, CaseDocument d) {
    if (!WorkerPolicy.VIEW_DOCUMENTS.allows(user)) {
      return new Span(d.fileName());
    }
    return Downloads.link(
        "worker-document-" + d.id(),
        d.fileName(),
        d.kind(),
        () -> {
          var f = documents.file(user, w.id(), d.id());
          return new Downloads.File(
              f.document().fileName(), f.document().contentType(), f.content());
        });
  }

  private <T> void byColumn(Grid<T> grid, java.util.function.Function<T, String> userId) {
    grid.addColumn(item -> names.of(this, userId.apply(item)))
        .setHeader(getTranslation("workerPage.by"))
        .setAutoWidth(true);
  }

  private Component upload(Worker w) {
    Select<WorkerDocuments.Kind> kind = new Select<>();
    kind.setId("worker-document-kind");
    kind.setLabel(getTranslation("workerPage.documentKind"));
    kind.setItems(WorkerDocuments.Kind.values());
    kind.setItemLabelGenerator(k -> getTranslation("workerPage.document." + k));
    kind.setValue(WorkerDocuments.Kind.LOW_INCOME_CERTIFICATE);
    Upload upload = new Upload();
    upload.setId("worker-document-upload");
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
                                    documents.add(
                                        user,
                                        w.id(),
                                        kind.getValue(),
                                        metadata.fileName(),
                                        metadata.contentType(),
                                        bytes);
                                    Notification.show(getTranslation("workerPage.documentAdded"))
                                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                                    again(w.id());
                                  } catch (InvalidInputException invalid) {
                                    upload.clearFileList();
                                    Notification.show(FieldErrors.summary(this, invalid))
                                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                                  }
                                }))));
    HorizontalLayout row = new HorizontalLayout(kind, upload);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
    row.setWrap(true);
    return row;
  }

  /** The contact log, newest first, and a line to add a call, visit or message. */
  private Component contacts(Worker w) {
    VerticalLayout box =
        ListSection.of(
            this,
            "worker-contacts",
            "workerPage.contacts",
            "workerPage.contacts.none",
            changes.contacts(user, w.id()),
            grid -> {
              grid.addColumn(c -> c.on().toString())
                  .setHeader(getTranslation("workerPage.contactOn"))
                  .setAutoWidth(true);
              grid.addColumn(c -> getTranslation("workerPage.contact." + c.kind()))
                  .setHeader(getTranslation("workerPage.contactKind"))
                  .setAutoWidth(true);
              grid.addColumn(WorkerContact::note)
                  .setHeader(getTranslation("workerPage.contactNote"));
              byColumn(grid, WorkerContact::recordedBy);
            });
    if (WorkerPolicy.LOG_CONTACT.allows(user)) {
      box.add(contactForm(w));
    }
    return box;
  }

  private Component contactForm(Worker w) {
    DateField on = new DateField(getTranslation("workerPage.contactOn"));
    on.setId("worker-contact-on");
    on.setValue(LocalDate.now(clock));
    Select<WorkerContact.Kind> kind = new Select<>();
    kind.setId("worker-contact-kind");
    kind.setLabel(getTranslation("workerPage.contactKind"));
    kind.setItems(WorkerContact.Kind.values());
    kind.setItemLabelGenerator(k -> getTranslation("workerPage.contact." + k));
    kind.setValue(WorkerContact.Kind.PHONE);
    TextField note = new TextField(getTranslation("workerPage.contactNote"));
    note.setId("worker-contact-note");
    note.setRequiredIndicatorVisible(true);
    note.setMinWidth("20em");
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("on", on);
    fields.put("kind", kind);
    fields.put("note", note);
    Button add =
        new Button(
            getTranslation("workerPage.contactAdd"),
            e -> {
              if (DateField.refuseUnreadable(fields.values())) {
                return;
              }
              try {
                changes.logContact(user, w.id(), kind.getValue(), on.getValue(), note.getValue());
                again(w.id());
              } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, fields);
              }
            });
    add.setId("worker-contact-add");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout row = new HorizontalLayout(on, kind, note, add);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    row.setWrap(true);
    return row;
  }

  /** Every change of the record: when, who, what, before → after (numbers masked), why. */
  private Component history(Worker w) {
    return ListSection.of(
        this,
        "worker-history",
        "workerPage.history",
        "workerPage.history.none",
        changes.history(user, w.id()),
        grid ->
            cn.linggong.shared.ui.ChangeColumns.add(
                this,
                grid,
                new cn.linggong.shared.ui.ChangeColumns.Of<>(
                    WorkerChange::changedAt,
                    WorkerChange::changedBy,
                    c -> getTranslation("workerPage.field." + c.field()),
                    c -> value(c.field(), c.before()) + " → " + value(c.field(), c.after()),
                    WorkerChange::reason),
                id -> names.of(this, id),
                at -> CaseTexts.time(at, zone)));
  }

  /** A recorded value in words: categories and levels by their labels, hardship never shown. */
  private String value(String field, String value) {
    if (value == null || value.isBlank()) {
      return "—";
    }
    return switch (field) {
      case "skills" -> skills(cn.linggong.employer.JobCategories.split(value));
      case "skillLevel" -> getTranslation("employer.skillLevel." + value);
      case "hardship" -> getTranslation("workerPage.hardshipChanged");
      default -> value;
    };
  }
}
