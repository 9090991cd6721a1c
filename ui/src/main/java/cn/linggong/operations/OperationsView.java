package cn.linggong.operations;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.ui.ProcessTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * 运维: the engine's open incidents by process and step, each with what failed in words, the engine's
 * own message on opening the row, and a retry. Cockpit shows the same incidents.
 */
@Route("admin/operations")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.operations", order = 84.5, icon = "vaadin:wrench")
public class OperationsView extends VerticalLayout implements HasDynamicTitle {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Incidents incidents;
  private final LinggongUser admin;
  private final Clock clock;
  private final Grid<Incidents.Step> steps = new Grid<>();
  private final Grid<Incidents.Failure> failures = new Grid<>();

  public OperationsView(Incidents incidents, CurrentUser currentUser, Clock clock) {
    this.incidents = incidents;
    this.admin = currentUser.require();
    this.clock = clock;
    setId("operations-view");
    setSizeFull();

    steps.setId("operations-steps");
    steps.setAllRowsVisible(true);
    steps.setEmptyStateText(getTranslation("operations.none"));
    steps
        .addColumn(s -> ProcessTexts.process(this, s.processKey(), s.processName()))
        .setHeader(getTranslation("operations.process"))
        .setKey("process")
        .setAutoWidth(true);
    steps
        .addColumn(s -> s.activityName() == null ? "—" : s.activityName())
        .setHeader(getTranslation("operations.step"))
        .setKey("step")
        .setAutoWidth(true);
    steps
        .addColumn(Incidents.Step::count)
        .setHeader(getTranslation("operations.count"))
        .setKey("count")
        .setAutoWidth(true);

    failures.setId("operations-incidents");
    failures.setEmptyStateText(getTranslation("operations.none"));
    failures
        .addColumn(f -> TIME.format(f.at().atZone(clock.getZone())))
        .setHeader(getTranslation("operations.when"))
        .setKey("when")
        .setAutoWidth(true);
    failures
        .addColumn(f -> ProcessTexts.process(this, f.processKey(), f.processName()))
        .setHeader(getTranslation("operations.process"))
        .setKey("process")
        .setAutoWidth(true);
    failures
        .addColumn(f -> f.activityName() == null ? "—" : f.activityName())
        .setHeader(getTranslation("operations.step"))
        .setKey("step")
        .setAutoWidth(true);
    failures
        .addColumn(f -> f.caseNo() == null ? "—" : f.caseNo())
        .setHeader(getTranslation("operations.case"))
        .setKey("case")
        .setAutoWidth(true);
    failures
        .addColumn(f -> getTranslation(f.causeKey(), f.causeArguments().toArray()))
        .setHeader(getTranslation("operations.cause"))
        .setKey("cause")
        .setFlexGrow(1);
    failures
        .addComponentColumn(this::retryButton)
        .setHeader(getTranslation("operations.action"))
        .setKey("action")
        .setAutoWidth(true);
    failures.setItemDetailsRenderer(
        new ComponentRenderer<>(
            f ->
                new Paragraph(
                    getTranslation("operations.technical")
                        + " "
                        + (f.technical() == null ? "—" : f.technical()))));
    failures.setSizeFull();

    add(
        new H2(getTranslation("nav.operations")),
        new Paragraph(getTranslation("operations.hint")),
        new H3(getTranslation("operations.bySteps")),
        steps,
        new H3(getTranslation("operations.list")),
        failures);
    refresh();
  }

  private Button retryButton(Incidents.Failure f) {
    Button retry = new Button(getTranslation("operations.retry"));
    retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
    retry.setId("retry-" + f.incidentId());
    retry.setEnabled(f.jobId() != null);
    retry.addClickListener(
        e -> {
          incidents.retry(admin, f.incidentId());
          Notification.show(getTranslation("operations.retried"))
              .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
          refresh();
        });
    return retry;
  }

  private void refresh() {
    steps.setItems(incidents.byStep(admin));
    failures.setItems(incidents.open(admin));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.operations");
  }
}
