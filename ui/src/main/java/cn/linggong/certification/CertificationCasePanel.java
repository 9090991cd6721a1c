package cn.linggong.certification;

import cn.linggong.casework.CaseContext;
import cn.linggong.casework.CaseSidePanel;
import cn.linggong.casework.ProcessCasePanel;
import cn.linggong.inbox.TaskDetails;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * Beside an application's task: the market and the level asked for, the sheet it is scored against,
 * every sheet submitted so far with its total, the review's average, the latest events, and a link
 * to the application screen.
 */
@org.springframework.stereotype.Component
class CertificationCasePanel extends ProcessCasePanel {

  private final CertificationReading reading;

  CertificationCasePanel(CertificationReading reading, CaseContext context) {
    super(CertificationProcess.KEY, context);
    this.reading = reading;
  }

  @Override
  public Component create(TaskDetails.Summary task) {
    CertificationView view = reading.view(context.user(), task.businessKey());
    Certification a = view.application();
    CaseSidePanel panel =
        new CaseSidePanel("certification-case-panel")
            .title(a.applicationNo() + " · " + a.marketName());
    List<String> lines = new ArrayList<>();
    lines.add(
        panel.getTranslation(
            "certification.panel.level",
            panel.getTranslation("certification.level." + a.level()),
            view.sheet().version(),
            view.sheet().passMark().toPlainString(),
            view.sheet().totalPoints().toPlainString()));
    for (CertificationView.Scoring s : view.scorings()) {
      lines.add(
          panel.getTranslation(
              "certification.panel.scoring",
              panel.getTranslation("certification.role." + s.role()),
              s.scorer() == null ? "" : context.names().of(panel, s.scorer()),
              s.total().toPlainString(),
              s.exclusions().isEmpty()
                  ? panel.getTranslation("certification.panel.noExclusion")
                  : String.join(", ", s.exclusions())));
    }
    if (a.reviewScore() != null) {
      lines.add(
          panel.getTranslation(
              Boolean.TRUE.equals(a.exclusionFound())
                  ? "certification.panel.reviewExcluded"
                  : "certification.panel.review",
              a.reviewScore().toPlainString()));
    }
    view.objections().stream()
        .filter(o -> o.state() == Objection.State.OPEN)
        .forEach(
            o ->
                lines.add(
                    panel.getTranslation(
                        "certification.panel.objection",
                        cn.linggong.casework.CaseTexts.time(o.filedAt(), context.zone()),
                        o.text())));
    return panel
        .lines(lines)
        .recent(view.timeline(), CertificationTexts.timeline(panel, context.names()))
        .openScreen(
            "open-certification-screen",
            "certifications/" + a.applicationNo(),
            panel.getTranslation("certification.openScreen"));
  }
}
