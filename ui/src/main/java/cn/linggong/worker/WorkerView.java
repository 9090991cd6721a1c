package cn.linggong.worker;

import cn.linggong.employer.JobCategories;
import cn.linggong.employer.JobCategory;
import cn.linggong.employer.SkillLevel;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.ui.RegistryPage;
import cn.linggong.shared.ui.SaveDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 零工台账: find and register gig workers (numbers masked), record their hardship facts (shown only on
 * request, every look audited), and open an assistance case; a name opens the worker's page.
 */
@Route("workers")
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
@Menu(title = "nav.workers", order = 10, icon = "vaadin:users")
public class WorkerView extends RegistryPage<Worker> {

  static final List<String> HARDSHIP_TAGS =
      List.of("low-income", "disability", "zero-employment", "long-term-unemployed");

  private final transient WorkerRegistry registry;
  private final transient cn.linggong.worker.WorkerHardship hardshipFacts;
  private final transient java.util.List<WorkerAction> actions;
  private final transient JobCategories categories;
  private final transient Districts districts;
  private final transient LinggongUser user;

  public WorkerView(
      WorkerRegistry registry,
      cn.linggong.worker.WorkerHardship hardshipFacts,
      java.util.List<WorkerAction> actions,
      JobCategories categories,
      Districts districts,
      CurrentUser currentUser) {
    super("worker-view", "worker-grid", "nav.workers");
    this.registry = registry;
    this.hardshipFacts = hardshipFacts;
    this.actions = actions;
    this.categories = categories;
    this.districts = districts;
    this.user = currentUser.require();

    TextField name = textFilter("worker-search-name", "worker.search.name");
    TextField idNumber = textFilter("worker-search-id", "worker.search.idNumber");
    TextField mobile = textFilter("worker-search-mobile", "worker.search.mobile");
    Select<String> hardship = new Select<>();
    hardship.setId("worker-search-hardship");
    hardship.setItems(HARDSHIP_TAGS);
    hardship.setItemLabelGenerator(
        t -> getTranslation(t == null ? "worker.hardship.any" : "worker.hardship." + t));
    hardship.setEmptySelectionAllowed(true);
    hardship.setEmptySelectionCaption(getTranslation("worker.hardship.any"));
    filter(hardship);
    action(
        "worker-register",
        "worker.register",
        WorkerPolicy.REGISTER.allows(user),
        this::openRegistration);

    Map<String, String> districtNames =
        districts.districts().stream().collect(Collectors.toMap(District::id, District::name));
    grid.addComponentColumn(
            w ->
                new com.vaadin.flow.router.RouterLink(
                    w.name(),
                    WorkerPage.class,
                    new com.vaadin.flow.router.RouteParameters("id", String.valueOf(w.id()))))
        .setHeader(getTranslation("worker.name"))
        .setKey("name")
        .setAutoWidth(true);
    grid.addColumn(Worker::idNumberMasked)
        .setHeader(getTranslation("worker.idNumber"))
        .setAutoWidth(true);
    detail(w -> getTranslation("assistance.sex." + w.sex()), "worker.sex");
    detail(w -> String.valueOf(w.birthYear()), "worker.birthYear");
    detail(Worker::mobileMasked, "worker.mobile");
    narrow
        .addColumn(
            w ->
                w.skills().stream()
                    .map(c -> categories.label(c, getLocale()))
                    .collect(Collectors.joining(cn.linggong.shared.ui.Punctuation.comma(this))))
        .setHeader(getTranslation("worker.skills"));
    detail(w -> districtNames.getOrDefault(w.districtId(), w.districtId()), "worker.district");
    grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions").setAutoWidth(true);
    rows(
        (offset, limit) ->
            registry.search(
                user,
                name.getValue(),
                idNumber.getValue(),
                mobile.getValue(),
                hardship.getValue(),
                null,
                offset,
                limit));
    emptyState("worker.empty");
  }

  private Component actions(Worker w) {
    Button facts = new Button(getTranslation("worker.hardship"), e -> openHardship(w, false));
    facts.addThemeVariants(ButtonVariant.LUMO_SMALL);
    facts.setId("worker-hardship-" + w.id());
    facts.setVisible(WorkerPolicy.VIEW_HARDSHIP.allows(user));
    HorizontalLayout row = new HorizontalLayout(facts);
    actions.forEach(a -> a.control(w, user).ifPresent(row::add));
    return row;
  }

  private void openRegistration() {
    TextField workerName = new TextField(getTranslation("worker.name"));
    workerName.setId("worker-name");
    TextField id = new TextField(getTranslation("worker.idNumber"));
    id.setId("worker-id-number");
    TextField phone = new TextField(getTranslation("worker.mobile"));
    phone.setId("worker-mobile");
    Select<District> district =
        cn.linggong.identity.DistrictSelect.of(getTranslation("worker.district"), districts, user);
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
    Worker[] registered = new Worker[1];
    new SaveDialog(
            getTranslation("worker.register"),
            "worker-save",
            form,
            fields,
            () -> {
              registered[0] =
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
              return getTranslation("worker.registered", registered[0].name());
            },
            () -> {
              refresh();
              openHardship(registered[0], true);
            })
        .required(
            cn.linggong.shared.ui.RequiredMarks.withDistrict(
                user.cityLevel(), "name", "idNumber", "mobile"))
        .open();
  }

  private void openHardship(Worker w, boolean justRegistered) {
    new HardshipDialog(hardshipFacts, user, w, justRegistered, this::refresh).open();
  }
}
