package cn.linggong.employer;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.RuleViolationException;
import cn.linggong.shared.ui.RegistryPage;
import cn.linggong.shared.ui.SaveDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/** 岗位: post jobs for employers, see them by status, close or reopen them. */
@Route("jobs")
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
@Menu(title = "nav.jobs", order = 13, icon = "vaadin:briefcase")
public class JobView extends RegistryPage<JobPosting> {

  private final transient JobBoard board;
  private final transient EmployerRegistry employers;
  private final transient JobCategories categories;
  private final transient Districts districts;
  private final transient LinggongUser user;

  public JobView(
      JobBoard board,
      EmployerRegistry employers,
      JobCategories categories,
      Districts districts,
      CurrentUser currentUser) {
    super("job-view", "job-grid", "nav.jobs");
    this.board = board;
    this.employers = employers;
    this.categories = categories;
    this.districts = districts;
    this.user = currentUser.require();

    Select<JobStatus> status = new Select<>();
    status.setId("job-status-filter");
    status.setLabel(getTranslation("job.status"));
    status.setItems(JobStatus.values());
    status.setItemLabelGenerator(
        s -> getTranslation(s == null ? "job.status.all" : "employer.jobStatus." + s));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("job.status.all"));
    status.setValue(JobStatus.OPEN);
    filter(status);
    action("job-post", "job.post", EmployerPolicy.POST_JOB.allows(user), this::openPosting);

    column(JobPosting::title, "job.title");
    detail(JobPosting::employerName, "job.employer");
    detail(j -> categories.label(j.categoryCode(), getLocale()), "job.category");
    detail(j -> j.hired() + " / " + j.headcount(), "job.hiredOfHeadcount");
    detail(
        j ->
            getTranslation(
                "job.pay",
                j.payAmount().toPlainString(),
                getTranslation("employer.payUnit." + j.payUnit()),
                getTranslation("employer.settlement." + j.settlement())),
        "job.payHeader");
    narrow.addColumn(JobPosting::workPlace).setHeader(getTranslation("job.workPlace"));
    column(j -> getTranslation("employer.jobStatus." + j.status()), "job.status");
    grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions").setAutoWidth(true);
    rows((offset, limit) -> board.search(user, status.getValue(), null, null, null, offset, limit));
    emptyState("job.empty");
  }

  private Component actions(JobPosting job) {
    if (job.status() == JobStatus.FILLED || !EmployerPolicy.POST_JOB.allows(user)) {
      return new com.vaadin.flow.component.html.Span();
    }
    JobStatus to = job.status() == JobStatus.OPEN ? JobStatus.CLOSED : JobStatus.OPEN;
    Button change =
        new Button(
            getTranslation(to == JobStatus.CLOSED ? "job.close" : "job.reopen"),
            e -> {
              try {
                board.changeStatus(user, job.id(), to);
              } catch (RuleViolationException refused) {
                Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
              }
              refresh();
            });
    change.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return change;
  }

  private void openPosting() {
    ComboBox<Employer> employer = new ComboBox<>(getTranslation("job.employer"));
    employer.setId("job-employer");
    employer.setItems(
        query ->
            employers
                .search(
                    user,
                    query.getFilter().orElse(null),
                    null,
                    null,
                    query.getOffset(),
                    query.getLimit())
                .stream());
    employer.setItemLabelGenerator(
        e -> e.name() + (e.verified() ? "" : " · " + getTranslation("employer.unverified")));
    TextField title = new TextField(getTranslation("job.title"));
    title.setId("job-title");
    ComboBox<JobCategory> category = new ComboBox<>(getTranslation("job.category"));
    category.setId("job-category");
    category.setItems(categories.active());
    category.setItemLabelGenerator(c -> c.label(getLocale()));
    Select<SkillLevel> level = new Select<>();
    level.setLabel(getTranslation("job.skillLevel"));
    level.setItems(SkillLevel.values());
    level.setItemLabelGenerator(l -> getTranslation("employer.skillLevel." + l));
    level.setValue(SkillLevel.NONE);
    IntegerField headcount = new IntegerField(getTranslation("job.headcount"));
    headcount.setId("job-headcount");
    headcount.setValue(1);
    Select<District> district =
        cn.linggong.identity.DistrictSelect.of(
            getTranslation("employer.district"), districts, user);
    TextField workPlace = new TextField(getTranslation("job.workPlace"));
    workPlace.setId("job-work-place");
    cn.linggong.shared.ui.DateField periodStart =
        new cn.linggong.shared.ui.DateField(getTranslation("job.periodStart"));
    periodStart.setId("job-period-start");
    cn.linggong.shared.ui.DateField periodEnd =
        new cn.linggong.shared.ui.DateField(getTranslation("job.periodEnd"));
    TextField workHours = new TextField(getTranslation("job.workHours"));
    workHours.setId("job-work-hours");
    BigDecimalField pay = new BigDecimalField(getTranslation("job.payAmount"));
    pay.setId("job-pay");
    Select<PayUnit> payUnit = new Select<>();
    payUnit.setLabel(getTranslation("job.payUnit"));
    payUnit.setItems(PayUnit.values());
    payUnit.setItemLabelGenerator(u -> getTranslation("employer.payUnit." + u));
    payUnit.setValue(PayUnit.DAY);
    Select<Settlement> settlement = new Select<>();
    settlement.setLabel(getTranslation("job.settlement"));
    settlement.setItems(Settlement.values());
    settlement.setItemLabelGenerator(s -> getTranslation("employer.settlement." + s));
    settlement.setValue(Settlement.DAILY);
    cn.linggong.shared.ui.DateField hiringDate =
        new cn.linggong.shared.ui.DateField(getTranslation("job.hiringDate"));
    hiringDate.setId("job-hiring-date");
    TextField contactName = new TextField(getTranslation("employer.contactName"));
    contactName.setId("job-contact-name");
    TextField contactPhone = new TextField(getTranslation("employer.contactPhone"));
    contactPhone.setId("job-contact-phone");
    employer.addValueChangeListener(
        e -> {
          if (e.getValue() != null && contactName.isEmpty()) {
            contactName.setValue(e.getValue().contactName());
          }
        });
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("employerId", employer);
    fields.put("title", title);
    fields.put("categoryCode", category);
    fields.put("headcount", headcount);
    fields.put("districtId", district);
    fields.put("workPlace", workPlace);
    fields.put("periodStart", periodStart);
    fields.put("periodEnd", periodEnd);
    fields.put("workHours", workHours);
    fields.put("payAmount", pay);
    fields.put("payUnit", payUnit);
    fields.put("settlement", settlement);
    fields.put("hiringDate", hiringDate);
    fields.put("contactName", contactName);
    fields.put("contactPhone", contactPhone);
    FormLayout form = new FormLayout();
    fields.values().forEach(f -> form.add((Component) f));
    form.add(level);
    new SaveDialog(
            getTranslation("job.post"),
            "job-save",
            form,
            fields,
            () -> {
              board.post(
                  user,
                  new JobBoard.Draft(
                      employer.getValue() == null ? null : employer.getValue().id(),
                      title.getValue(),
                      category.getValue() == null ? null : category.getValue().code(),
                      level.getValue(),
                      headcount.getValue(),
                      district.getValue() == null ? null : district.getValue().id(),
                      workPlace.getValue(),
                      periodStart.getValue(),
                      periodEnd.getValue(),
                      workHours.getValue(),
                      pay.getValue(),
                      payUnit.getValue(),
                      settlement.getValue(),
                      hiringDate.getValue(),
                      contactName.getValue(),
                      contactPhone.getValue()));
              return getTranslation("job.posted", title.getValue());
            },
            this::refresh)
        .required(
            java.util.List.of(
                "employerId",
                "title",
                "categoryCode",
                "headcount",
                "workPlace",
                "periodStart",
                "workHours",
                "payAmount",
                "payUnit",
                "settlement",
                "hiringDate",
                "contactName",
                "contactPhone"))
        .open();
  }
}
