package cn.linggong.complaint;

import cn.linggong.identity.LinggongUser;
import cn.linggong.worker.Worker;
import cn.linggong.worker.WorkerSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;

/**
 * The complaints a worker is a complainant of, on their page: number (to the complaint), employer,
 * stage, amount owed and recovered.
 */
@org.springframework.stereotype.Component
@Order(20)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WorkerComplaintsSection implements WorkerSection {

  private final ComplaintReading reading;
  private final java.time.Clock clock;

  @Override
  public Optional<Component> section(Worker worker, LinggongUser user) {
    if (!ComplaintPolicy.VIEW.allows(user)) {
      return Optional.empty();
    }
    UI ui = UI.getCurrent();
    List<Complaint> list = reading.ofWorker(user, worker.id());
    return Optional.of(
        cn.linggong.shared.ui.ListSection.of(
            ui,
            "worker-complaints",
            "workerPage.complaints",
            "workerPage.complaints.none",
            list,
            grid -> {
              grid.addComponentColumn(
                      c ->
                          new RouterLink(
                              c.complaintNo(),
                              ComplaintScreenView.class,
                              new RouteParameters("no", c.complaintNo())))
                  .setHeader(ui.getTranslation("workerPage.caseNo"))
                  .setAutoWidth(true);
              grid.addColumn(Complaint::employerName)
                  .setHeader(ui.getTranslation("workerPage.employer"))
                  .setAutoWidth(true);
              grid.addColumn(
                      c ->
                          ui.getTranslation("complaint.stage." + c.stage())
                              + (c.outcome() == null
                                  ? ""
                                  : cn.linggong.shared.ui.Punctuation.comma(ui)
                                      + ui.getTranslation("complaint.outcome." + c.outcome())))
                  .setHeader(ui.getTranslation("workerPage.state"))
                  .setAutoWidth(true);
              grid.addColumn(
                      c -> cn.linggong.casework.CaseTexts.day(c.receivedAt(), clock.getZone()))
                  .setHeader(ui.getTranslation("workerPage.received"))
                  .setAutoWidth(true);
            }));
  }
}
