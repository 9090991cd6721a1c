package cn.linggong.worker;

import cn.linggong.employer.JobCategories;
import cn.linggong.employer.JobCategory;
import cn.linggong.employer.SkillLevel;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 零工台账: find and register gig workers (numbers masked), record their hardship facts (shown only on
 * request, every look audited), and open an assistance case.
 */
@Route("workers")
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
@Menu(title = "nav.workers", order = 10, icon = "vaadin:users")
public class WorkerView extends VerticalLayout implements HasDynamicTitle {

  static final List<String> HARDSHIP_TAGS =
      List.of("low-income", "disability", "zero-employment", "long-term-unemployed");

  private final transient WorkerRegistry registry;
  private final transient java.util.List<WorkerAction> actions;
  private final transient JobCategories categories;
  private final transient DirectoryService directory;
  private final transient LinggongUser user;
  private final Grid<Worker> grid = new Grid<>();
  private final TextField name = new TextField();
  private final TextField idNumber = new TextField();
  private final TextField mobile = new TextField();
  private final Select<String> hardship = new Select<>();

  public WorkerView(
      WorkerRegistry registry,
      java.util.List<WorkerAction> actions,
      JobCategories categories,
      DirectoryService directory,
      CurrentUser currentUser) {
    this.registry = registry;
    this.actions = actions;
    this.categories = categories;
    this.directory = directory;
    this.user = currentUser.require();
    setId("worker-view");

    name.setId("worker-search-name");
    name.setPlaceholder(getTranslation("worker.search.name"));
    idNumber.setId("worker-search-id");
    idNumber.setPlaceholder(getTranslation("worker.search.idNumber"));
    mobile.setId("worker-search-mobile");
    mobile.setPlaceholder(getTranslation("worker.search.mobile"));
    hardship.setId("worker-search-hardship");
    hardship.setItems(HARDSHIP_TAGS);
    hardship.setItemLabelGenerator(
        t -> getTranslation(t == null ? "worker.hardship.any" : "worker.hardship." + t));
    hardship.setEmptySelectionAllowed(true);
    hardship.setEmptySelectionCaption(getTranslation("worker.hardship.any"));
    for (var field : List.of(name, idNumber, mobile)) {
      field.setClearButtonVisible(true);
      field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }
    hardship.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    Button register = new Button(getTranslation("worker.register"), e -> openRegistration());
    register.setId("worker-register");
    register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    register.setVisible(WorkerPolicy.REGISTER.allows(user));
    HorizontalLayout bar = new HorizontalLayout(name, idNumber, mobile, hardship, register);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setWrap(true);

    Map<String, String> districts =
        directory.districts().stream()
            .collect(
                Collectors.toMap(DirectoryService.District::id, DirectoryService.District::name));
    grid.setId("worker-grid");
    grid.addColumn(Worker::name).setHeader(getTranslation("worker.name")).setAutoWidth(true);
    grid.addColumn(Worker::idNumberMasked)
        .setHeader(getTranslation("worker.idNumber"))
        .setAutoWidth(true);
    grid.addColumn(w -> getTranslation("assistance.sex." + w.sex()))
        .setHeader(getTranslation("worker.sex"))
        .setAutoWidth(true);
    grid.addColumn(Worker::birthYear)
        .setHeader(getTranslation("worker.birthYear"))
        .setAutoWidth(true);
    grid.addColumn(Worker::mobileMasked)
        .setHeader(getTranslation("worker.mobile"))
        .setAutoWidth(true);
    grid.addColumn(
            w ->
                w.skills().stream()
                    .map(c -> categories.label(c, getLocale()))
                    .collect(Collectors.joining("、")))
        .setHeader(getTranslation("worker.skills"));
    grid.addColumn(w -> districts.getOrDefault(w.districtId(), w.districtId()))
        .setHeader(getTranslation("worker.district"))
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions").setAutoWidth(true);
    grid.setItems(
        q ->
            registry
                .search(
                    user,
                    name.getValue(),
                    idNumber.getValue(),
                    mobile.getValue(),
                    hardship.getValue(),
                    null,
                    q.getOffset(),
                    q.getLimit())
                .stream());
    add(new H2(getTranslation("nav.workers")), bar, grid);
  }

  private Component actions(Worker w) {
    Button facts = new Button(getTranslation("worker.hardship"), e -> openHardship(w));
    facts.addThemeVariants(ButtonVariant.LUMO_SMALL);
    facts.setId("worker-hardship-" + w.id());
    facts.setVisible(WorkerPolicy.VIEW_HARDSHIP.allows(user));
    HorizontalLayout row = new HorizontalLayout(facts);
    actions.forEach(a -> a.control(w, user).ifPresent(row::add));
    return row;
  }

  private void openRegistration() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("worker.register"));
    TextField workerName = new TextField(getTranslation("worker.name"));
    workerName.setId("worker-name");
    TextField id = new TextField(getTranslation("worker.idNumber"));
    id.setId("worker-id-number");
    TextField phone = new TextField(getTranslation("worker.mobile"));
    phone.setId("worker-mobile");
    Select<DirectoryService.District> district =
        cn.linggong.identity.DistrictSelect.of(getTranslation("worker.district"), directory, user);
    MultiSelectComboBox<JobCategory> skills =
        new MultiSelectComboBox<>(getTranslation("worker.skills"));
    skills.setId("worker-skills");
    skills.setItems(categories.active());
    skills.setItemLabelGenerator(c -> c.label(getLocale()));
    Select<SkillLevel> level = new Select<>();
    level.setLabel(getTranslation("worker.skillLevel"));
    level.setItems(SkillLevel.values());
    level.setItemLabelGenerator(l -> getTranslation("employer.skillLevel." + l));
    level.setValue(SkillLevel.NONE);
    BigDecimalField pay = new BigDecimalField(getTranslation("worker.desiredPay"));
    pay.setId("worker-desired-pay");
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("name", workerName);
    fields.put("idNumber", id);
    fields.put("mobile", phone);
    fields.put("districtId", district);
    fields.put("skills", skills);
    fields.put("desiredDailyPay", pay);
    FormLayout form = new FormLayout(workerName, id, phone, district, skills, level, pay);
    Button save =
        new Button(
            getTranslation("employer.save"),
            e -> {
              try {
                Worker w =
                    registry.register(
                        user,
                        new WorkerRegistry.Registration(
                            workerName.getValue(),
                            id.getValue(),
                            phone.getValue(),
                            district.getValue() == null ? null : district.getValue().id(),
                            skills.getValue().stream().map(JobCategory::code).toList(),
                            level.getValue(),
                            pay.getValue()));
                dialog.close();
                Notification.show(getTranslation("worker.registered", w.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                grid.getDataProvider().refreshAll();
                openHardship(w);
              } catch (InvalidInputException invalid) {
                FieldErrors.showOrNotify(this, invalid, fields);
              }
            });
    save.setId("worker-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(form);
    dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
    dialog.open();
  }

  /**
   * The hardship facts: entered or corrected here; recorded facts are shown only after "查看", which
   * is audited.
   */
  private void openHardship(Worker w) {
    Dialog dialog = new Dialog();
    dialog.setId("hardship-dialog");
    dialog.setHeaderTitle(getTranslation("worker.hardship.title", w.name()));
    Select<HardshipFacts.LowIncome> lowIncome = new Select<>();
    lowIncome.setId("hardship-low-income");
    lowIncome.setLabel(getTranslation("worker.hardship.lowIncome"));
    lowIncome.setItems(HardshipFacts.LowIncome.values());
    lowIncome.setItemLabelGenerator(l -> getTranslation("worker.lowIncome." + l));
    lowIncome.setValue(HardshipFacts.LowIncome.NONE);
    TextField certificate = new TextField(getTranslation("worker.hardship.certificate"));
    IntegerField grade = new IntegerField(getTranslation("worker.hardship.grade"));
    Checkbox zero = new Checkbox(getTranslation("worker.hardship.zeroEmployment"));
    Checkbox longTerm = new Checkbox(getTranslation("worker.hardship.longTermUnemployed"));
    DatePicker waiting = new DatePicker(getTranslation("worker.hardship.waitingSince"));
    Button reveal =
        new Button(
            getTranslation("worker.hardship.reveal"),
            e ->
                new cn.linggong.privacy.PurposeDialog(
                        getTranslation("worker.hardship.reveal"),
                        (purpose, note) -> {
                          registry
                              .hardship(user, w.id(), purpose, note)
                              .ifPresentOrElse(
                                  f -> {
                                    lowIncome.setValue(
                                        f.lowIncome() == null
                                            ? HardshipFacts.LowIncome.NONE
                                            : f.lowIncome());
                                    certificate.setValue(
                                        f.disabilityCertificate() == null
                                            ? ""
                                            : f.disabilityCertificate());
                                    grade.setValue(f.disabilityGrade());
                                    zero.setValue(f.zeroEmploymentHousehold());
                                    longTerm.setValue(f.longTermUnemployed());
                                    waiting.setValue(f.waitingSince());
                                  },
                                  () ->
                                      Notification.show(getTranslation("worker.hardship.noneYet")));
                          e.getSource().setEnabled(false);
                        })
                    .open());
    reveal.setId("hardship-reveal");
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("disabilityCertificate", certificate);
    fields.put("disabilityGrade", grade);
    fields.put("waitingSince", waiting);
    Button save =
        new Button(
            getTranslation("employer.save"),
            e -> {
              try {
                registry.recordHardship(
                    user,
                    w.id(),
                    new HardshipFacts(
                        lowIncome.getValue(),
                        certificate.getValue().isBlank() ? null : certificate.getValue().trim(),
                        grade.getValue(),
                        zero.getValue(),
                        longTerm.getValue(),
                        waiting.getValue()));
                dialog.close();
                Notification.show(getTranslation("worker.hardship.saved"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                grid.getDataProvider().refreshAll();
              } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, fields);
              }
            });
    save.setId("hardship-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setVisible(WorkerPolicy.RECORD_HARDSHIP.allows(user));
    dialog.add(
        new Paragraph(getTranslation("worker.hardship.explain")),
        reveal,
        new FormLayout(lowIncome, certificate, grade, waiting, zero, longTerm));
    dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.workers");
  }
}
