package cn.linggong.monitoring;

import cn.linggong.casework.CaseContext;
import cn.linggong.casework.CaseSidePanel;
import cn.linggong.casework.ProcessCasePanel;
import cn.linggong.inbox.TaskDetails;
import com.vaadin.flow.component.Component;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Beside a month's step (the markets' figures, the sign-off): what the draft says — its version,
 * its period, the main figures and how many markets reported — and a link to the whole report.
 */
@org.springframework.stereotype.Component
class MonitoringCasePanel extends ProcessCasePanel {

  private final MonitoringReports reports;
  private final MonitoringFigures figures;

  MonitoringCasePanel(MonitoringReports reports, MonitoringFigures figures, CaseContext context) {
    super(MonitoringReports.PROCESS, context);
    this.reports = reports;
    this.figures = figures;
  }

  @Override
  public Component create(TaskDetails.Summary task) {
    String districtId = task.districtId();
    String no = task.businessKey();
    YearMonth month = YearMonth.parse(no.substring(no.indexOf('-') + 1, no.indexOf('-') + 8));
    CaseSidePanel panel = new CaseSidePanel("monitoring-case-panel").title(no);
    List<MonitoringReport> versions = reports.versions(context.user(), districtId, month);
    Figures f =
        versions.isEmpty()
            ? reports.current(context.user(), districtId, month)
            : reports.figuresOf(versions.get(0));
    List<String> lines = new ArrayList<>();
    if (!versions.isEmpty()) {
      lines.add(
          panel.getTranslation(
              "monitoring.state." + versions.get(0).status().name(), versions.get(0).version()));
    }
    lines.add(
        panel.getTranslation(
            "monitoring.period", String.valueOf(f.periodFrom()), String.valueOf(f.periodTo())));
    lines.add(
        panel.getTranslation(
            "monitoring.panel.figures",
            f.totals().jobSeekers(),
            f.totals().positions(),
            FiguresPanel.show(f.totals().ratio())));
    lines.add(
        panel.getTranslation(
            "monitoring.panel.markets",
            f.markets().stream().filter(Figures.MarketRow::reported).count(),
            f.markets().size()));
    if (figures.period(month).to().isAfter(java.time.LocalDate.now(context.clock()))) {
      lines.add(panel.getTranslation("monitoring.panel.early"));
    }
    return panel
        .lines(lines)
        .openScreen(
            "open-monitoring-screen",
            "monitoring?month=" + month + "&district=" + districtId,
            panel.getTranslation("monitoring.panel.open"));
  }
}
