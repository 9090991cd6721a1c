package cn.linggong.assistance;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** 帮扶案件: the district's cases, open first, each linking to its case screen. */
@Route("assistance")
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
@Menu(title = "nav.assistance", order = 11, icon = "vaadin:handshake")
public class AssistanceCasesView extends VerticalLayout implements HasDynamicTitle {

  public AssistanceCasesView(
      AssistanceCases cases,
      CurrentUser currentUser,
      Clock clock,
      cn.linggong.identity.UserNames names) {
    setId("assistance-cases-view");
    LinggongUser user = currentUser.require();
    Select<AssistanceCase.State> state = new Select<>();
    state.setId("case-state-filter");
    state.setLabel(getTranslation("case.state"));
    state.setItems(AssistanceCase.State.values());
    state.setItemLabelGenerator(
        s -> getTranslation(s == null ? "job.status.all" : "assistance.state." + s));
    state.setEmptySelectionAllowed(true);
    state.setEmptySelectionCaption(getTranslation("job.status.all"));
    state.setValue(AssistanceCase.State.OPEN);

    Grid<AssistanceCase> grid = new Grid<>();
    grid.setId("case-grid");
    grid.setEmptyStateText(getTranslation("case.list.empty"));
    var narrow = cn.linggong.shared.ui.NarrowGrid.of(grid);
    grid.addColumn(new ComponentRenderer<>(c -> new Anchor("assistance/" + c.caseNo(), c.caseNo())))
        .setHeader(getTranslation("case.number"))
        .setAutoWidth(true);
    grid.addColumn(AssistanceCase::workerName)
        .setHeader(getTranslation("worker.name"))
        .setAutoWidth(true);
    narrow
        .addColumn(c -> c.tier() == null ? "—" : getTranslation("assistance.tier." + c.tier()))
        .setHeader(getTranslation("case.tier"))
        .setAutoWidth(true);
    grid.addColumn(c -> getTranslation("assistance.state." + c.state()))
        .setHeader(getTranslation("case.state"))
        .setAutoWidth(true);
    narrow
        .addColumn(
            c -> c.outcome() == null ? "" : getTranslation("assistance.outcome." + c.outcome()))
        .setHeader(getTranslation("case.outcome"));
    narrow
        .addColumn(c -> c.owner() == null ? "—" : names.of(this, c.owner()))
        .setHeader(getTranslation("case.owner.column"))
        .setAutoWidth(true);
    narrow
        .addColumn(c -> cn.linggong.casework.CaseTexts.time(c.openedAt(), clock.getZone()))
        .setHeader(getTranslation("case.openedAt"))
        .setAutoWidth(true);
    grid.setItems(
        q -> cases.search(user, state.getValue(), null, null, q.getOffset(), q.getLimit()).stream(),
        q -> (int) cases.count(user, state.getValue(), null, null));
    state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    add(new H2(getTranslation("nav.assistance")), state, grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.assistance");
  }
}
