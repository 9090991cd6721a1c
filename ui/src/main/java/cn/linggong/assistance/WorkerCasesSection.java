package cn.linggong.assistance;

import cn.linggong.identity.LinggongUser;
import cn.linggong.worker.Worker;
import cn.linggong.worker.WorkerSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;

/** The worker's assistance cases on their page: number (to the case), state, opened and closed. */
@org.springframework.stereotype.Component
@Order(10)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WorkerCasesSection implements WorkerSection {

  private final AssistanceCases cases;
  private final java.time.Clock clock;

  @Override
  public Optional<Component> section(Worker worker, LinggongUser user) {
    if (!AssistancePolicy.VIEW.allows(user)) {
      return Optional.empty();
    }
    UI ui = UI.getCurrent();
    ZoneId zone = clock.getZone();
    List<AssistanceCase> list = cases.search(user, null, worker.id(), null, 0, 50);
    return Optional.of(
        cn.linggong.shared.ui.ListSection.of(
            ui,
            "worker-cases",
            "workerPage.cases",
            "workerPage.cases.none",
            list,
            grid -> {
              grid.addComponentColumn(
                      c ->
                          new RouterLink(
                              c.caseNo(),
                              AssistanceCaseView.class,
                              new com.vaadin.flow.router.RouteParameters("caseNo", c.caseNo())))
                  .setHeader(ui.getTranslation("workerPage.caseNo"))
                  .setAutoWidth(true);
              grid.addColumn(
                      c ->
                          ui.getTranslation("assistance.state." + c.state())
                              + (c.outcome() == null
                                  ? ""
                                  : cn.linggong.shared.ui.Punctuation.comma(ui)
                                      + ui.getTranslation("assistance.outcome." + c.outcome())))
                  .setHeader(ui.getTranslation("workerPage.state"))
                  .setAutoWidth(true);
              grid.addColumn(c -> cn.linggong.casework.CaseTexts.day(c.openedAt(), zone))
                  .setHeader(ui.getTranslation("workerPage.opened"))
                  .setAutoWidth(true);
              grid.addColumn(
                      c ->
                          c.closedAt() == null
                              ? "—"
                              : cn.linggong.casework.CaseTexts.day(c.closedAt(), zone))
                  .setHeader(ui.getTranslation("workerPage.closed"))
                  .setAutoWidth(true);
            }));
  }
}
