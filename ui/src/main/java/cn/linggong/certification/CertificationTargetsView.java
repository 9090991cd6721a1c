package cn.linggong.certification;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.District;
import cn.linggong.identity.Roles;
import cn.linggong.shared.ui.ListSection;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * 认定目标: the city's certification targets (by when how many demonstration markets, and one in every
 * district), how far the city is, which districts still lack theirs, and the applications on their
 * way. A milestone whose day has passed shows what was certified on that day.
 */
@Route("certification-targets")
@RolesAllowed({Roles.CASEWORKER, Roles.REVIEWER, Roles.SUPERVISOR})
@Menu(title = "nav.certificationTargets", order = 17, icon = "vaadin:flag-checkered")
public class CertificationTargetsView extends VerticalLayout implements HasDynamicTitle {

  public CertificationTargetsView(CertificationTargets targets, CurrentUser currentUser) {
    setId("certification-targets");
    CertificationTargets.Report r = targets.report(currentUser.require());
    String levels =
        r.levels().stream()
            .map(l -> getTranslation("market.certification." + l))
            .collect(Collectors.joining(cn.linggong.shared.ui.Punctuation.comma(this)));
    Paragraph summary =
        new Paragraph(
            getTranslation(
                "certification.targets.summary", r.today(), r.certified(), levels, r.inProgress()));
    summary.setId("certification-targets-summary");
    add(new H2(getTranslation("nav.certificationTargets")), summary);
    add(
        ListSection.of(
            this,
            "certification-targets-milestones",
            "certification.targets.milestones",
            "certification.targets.noMilestones",
            r.milestones(),
            grid -> {
              grid.addColumn(CertificationTargets.MilestoneProgress::by)
                  .setHeader(getTranslation("certification.targets.by"))
                  .setKey("by")
                  .setAutoWidth(true);
              grid.addColumn(this::goal)
                  .setHeader(getTranslation("certification.targets.goal"))
                  .setKey("goal")
                  .setAutoWidth(true);
              grid.addColumn(
                      m ->
                          getTranslation(
                              "certification.targets.reachedOn", m.reached(), m.countedOn()))
                  .setHeader(getTranslation("certification.targets.reached"))
                  .setKey("reached")
                  .setAutoWidth(true);
              grid.addComponentColumn(this::outcome)
                  .setHeader(getTranslation("certification.targets.outcome"))
                  .setKey("outcome")
                  .setAutoWidth(true);
              grid.addColumn(
                      m ->
                          m.districtsShort().isEmpty()
                              ? "—"
                              : m.districtsShort().stream()
                                  .map(District::name)
                                  .collect(
                                      Collectors.joining(
                                          cn.linggong.shared.ui.Punctuation.comma(this))))
                  .setHeader(getTranslation("certification.targets.districtsShort"))
                  .setKey("short")
                  .setFlexGrow(1);
            }));
    int each =
        r.milestones().stream()
            .filter(m -> m.outcome() != CertificationTargets.Outcome.MISSED)
            .mapToInt(CertificationTargets.MilestoneProgress::eachDistrict)
            .max()
            .orElse(0);
    add(
        ListSection.of(
            this,
            "certification-targets-districts",
            "certification.targets.districts",
            "certification.targets.noDistricts",
            r.districts(),
            grid -> {
              grid.addColumn(d -> d.district().name())
                  .setHeader(getTranslation("market.field.districtId"))
                  .setKey("district")
                  .setAutoWidth(true);
              grid.addColumn(CertificationTargets.DistrictProgress::certified)
                  .setHeader(getTranslation("certification.targets.certified"))
                  .setKey("certified")
                  .setAutoWidth(true);
              grid.addColumn(CertificationTargets.DistrictProgress::inProgress)
                  .setHeader(getTranslation("certification.targets.inProgress"))
                  .setKey("inProgress")
                  .setAutoWidth(true);
              if (each > 0) {
                grid.addColumn(
                        d ->
                            d.certified() >= each
                                ? getTranslation("certification.targets.districtMet")
                                : getTranslation(
                                    "certification.targets.districtShort", each - d.certified()))
                    .setHeader(getTranslation("certification.targets.eachDistrict", each))
                    .setKey("each")
                    .setFlexGrow(1);
              }
            }));
  }

  private String goal(CertificationTargets.MilestoneProgress m) {
    return m.eachDistrict() > 0
        ? getTranslation("certification.targets.goalEach", m.markets(), m.eachDistrict())
        : getTranslation("certification.targets.goalCity", m.markets());
  }

  private Span outcome(CertificationTargets.MilestoneProgress m) {
    Span badge =
        new Span(
            switch (m.outcome()) {
              case REACHED -> getTranslation("certification.targets.outcome.REACHED");
              case MISSED -> getTranslation("certification.targets.outcome.MISSED", m.gap());
              case OPEN ->
                  getTranslation("certification.targets.outcome.OPEN", m.gap(), m.daysLeft());
            });
    badge
        .getElement()
        .getThemeList()
        .add(
            switch (m.outcome()) {
              case REACHED -> "badge success";
              case MISSED -> "badge error";
              case OPEN -> "badge";
            });
    return badge;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.certificationTargets");
  }
}
