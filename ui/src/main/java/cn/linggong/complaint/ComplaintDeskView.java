package cn.linggong.complaint;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * The mediator's desk: the district's open complaints by stage, the one whose clock runs out first
 * on top, each with its running clock; files a new complaint.
 */
@Route("complaints")
@RolesAllowed({Roles.MEDIATOR, Roles.SUPERVISOR})
@Menu(title = "nav.complaints", order = 14, icon = "vaadin:scale")
public class ComplaintDeskView extends VerticalLayout implements HasDynamicTitle {

  private static final int SHOWN = 200;

  private final transient ComplaintReading complaints;
  private final transient ComplaintIntake intake;
  private final transient LinggongUser user;
  private final transient Clock clock;
  private final Grid<ComplaintReading.DeskRow> grid = new Grid<>();
  private final Select<Complaint.Stage> stage = new Select<>();
  private final com.vaadin.flow.component.checkbox.Checkbox mine =
      new com.vaadin.flow.component.checkbox.Checkbox();

  public ComplaintDeskView(
      ComplaintReading complaints,
      ComplaintIntake intake,
      cn.linggong.employer.EmployerRegistry employers,
      CurrentUser currentUser,
      Clock clock,
      cn.linggong.identity.UserNames names) {
    this.complaints = complaints;
    this.intake = intake;
    this.user = currentUser.require();
    this.clock = clock;
    setId("complaint-desk");
    stage.setId("complaint-stage-filter");
    stage.setLabel(getTranslation("complaint.desk.stage"));
    stage.setItems(
        List.of(
            Complaint.Stage.ACCEPTANCE,
            Complaint.Stage.SUPPLEMENT,
            Complaint.Stage.MEDIATION,
            Complaint.Stage.PAYMENT,
            Complaint.Stage.REFERRAL,
            Complaint.Stage.INSPECTION,
            Complaint.Stage.CLOSED));
    stage.setItemLabelGenerator(
        s ->
            s == null
                ? getTranslation("complaint.desk.allOpen")
                : getTranslation("complaint.stage." + s));
    stage.setEmptySelectionAllowed(true);
    stage.setEmptySelectionCaption(getTranslation("complaint.desk.allOpen"));
    stage.addValueChangeListener(e -> refresh());
    Button file =
        new Button(
            getTranslation("complaint.file"),
            e -> new IntakeDialog(intake, employers, user, this::opened).open());
    file.setId("complaint-file");
    file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    file.setVisible(ComplaintPolicy.FILE.allows(user));
    mine.setId("complaint-mine");
    mine.setLabel(getTranslation("complaint.desk.mine"));
    mine.addValueChangeListener(e -> refresh());
    HorizontalLayout bar = new HorizontalLayout(stage, mine, file);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);

    grid.setId("complaint-grid");
    grid.setEmptyStateText(getTranslation("complaint.desk.empty"));
    var narrow = cn.linggong.shared.ui.NarrowGrid.of(grid);
    grid.addColumn(
            new ComponentRenderer<>(
                r ->
                    new Anchor(
                        "complaints/" + r.complaint().complaintNo(), r.complaint().complaintNo())))
        .setHeader(getTranslation("complaint.number"))
        .setAutoWidth(true);
    narrow
        .addColumn(r -> r.complaint().employerName())
        .setHeader(getTranslation("complaint.employer"));
    narrow
        .addColumn(r -> String.valueOf(r.complaint().workerCount()))
        .setHeader(getTranslation("complaint.workers"))
        .setAutoWidth(true);
    narrow
        .addColumn(r -> ComplaintTexts.yuan(r.complaint().amountOwed()))
        .setHeader(getTranslation("complaint.owed"))
        .setAutoWidth(true);
    grid.addColumn(r -> getTranslation("complaint.stage." + r.complaint().stage()))
        .setHeader(getTranslation("complaint.desk.stage"))
        .setAutoWidth(true);
    narrow
        .addColumn(r -> r.complaint().owner() == null ? "—" : names.of(this, r.complaint().owner()))
        .setHeader(getTranslation("case.owner.column"))
        .setAutoWidth(true);
    narrow
        .addColumn(
            r ->
                r.complaint().priority() == null
                    ? ""
                    : getTranslation("complaint.priority." + r.complaint().priority()))
        .setHeader(getTranslation("complaint.priority"))
        .setAutoWidth(true);
    grid.addColumn(
            new ComponentRenderer<>(
                r ->
                    r.clock() == null
                        ? new com.vaadin.flow.component.html.Span()
                        : ComplaintTexts.badge(this, r.clock(), clock.getZone())))
        .setHeader(getTranslation("complaint.desk.clock"));
    add(new H2(getTranslation("nav.complaints")), bar, grid);
    refresh();
  }

  private void opened(Complaint complaint) {
    getUI().ifPresent(ui -> ui.navigate("complaints/" + complaint.complaintNo()));
  }

  /** The open complaints of the stage, the soonest clock first. */
  private void refresh() {
    grid.setItems(complaints.desk(user, stage.getValue(), mine.getValue(), SHOWN));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.complaints");
  }
}
