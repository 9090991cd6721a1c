package cn.linggong.subsidy;

import cn.linggong.casework.CaseTexts;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.ui.RegistryPage;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 补贴申请: the open applications of the district (city level: of every district), the clock that ends
 * first on top, with where each stands (a stage chosen: those at it) and its amounts; a number
 * opens the application. A market's application is filed from its page (申请补贴).
 */
@Route("subsidies")
@RolesAllowed({Roles.CASEWORKER, Roles.REVIEWER, Roles.FINANCE, Roles.SUPERVISOR})
@Menu(title = "nav.subsidies", order = 18, icon = "vaadin:money")
public class SubsidyDesk extends RegistryPage<SubsidyReading.DeskRow> {

  public SubsidyDesk(
      SubsidyReading reading, Districts districts, Clock clock, CurrentUser currentUser) {
    super("subsidy-desk", "subsidy-grid", "nav.subsidies");
    LinggongUser user = currentUser.require();
    Select<SubsidyApplication.Stage> stage = new Select<>();
    stage.setId("subsidy-search-stage");
    stage.setItems(
        java.util.Arrays.stream(SubsidyApplication.Stage.values())
            .filter(s -> s != SubsidyApplication.Stage.CLOSED)
            .toList());
    stage.setItemLabelGenerator(
        s ->
            s == null ? getTranslation("subsidy.stage.any") : getTranslation("subsidy.stage." + s));
    stage.setEmptySelectionAllowed(true);
    stage.setEmptySelectionCaption(getTranslation("subsidy.stage.any"));
    filter(stage);
    Map<String, String> districtNames =
        districts.districts().stream().collect(Collectors.toMap(District::id, District::name));
    grid.addComponentColumn(
            r ->
                new RouterLink(
                    r.application().applicationNo(),
                    SubsidyPage.class,
                    new RouteParameters("no", r.application().applicationNo())))
        .setHeader(getTranslation("subsidy.field.no"))
        .setKey("no")
        .setAutoWidth(true);
    grid.addColumn(
            r ->
                r.due() == null
                    ? getTranslation("subsidy.desk.waiting")
                    : r.due().isBefore(clock.instant())
                        ? getTranslation(
                            "subsidy.desk.overdue", CaseTexts.day(r.due(), clock.getZone()))
                        : CaseTexts.day(r.due(), clock.getZone()))
        .setHeader(getTranslation("subsidy.field.due"))
        .setKey("due")
        .setAutoWidth(true);
    grid.addColumn(r -> SubsidyTexts.stage(this, r.application()))
        .setHeader(getTranslation("subsidy.field.stage"))
        .setKey("stage")
        .setAutoWidth(true);
    detail(r -> r.application().marketName(), "subsidy.field.market");
    detail(
        r -> districtNames.getOrDefault(r.application().districtId(), r.application().districtId()),
        "market.field.districtId");
    detail(
        r ->
            getTranslation(
                "subsidy.periodLine", r.application().periodFrom(), r.application().periodTo()),
        "subsidy.field.period");
    detail(r -> SubsidyTexts.yuan(r.application().approvedTotal()), "subsidy.field.approvedTotal");
    detail(r -> CaseTexts.day(r.application().filedAt(), clock.getZone()), "subsidy.field.filedAt");
    rows(
        (offset, limit) -> {
          List<SubsidyReading.DeskRow> all =
              reading.desk(user).stream()
                  .filter(
                      r -> stage.getValue() == null || r.application().stage() == stage.getValue())
                  .toList();
          return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        });
    emptyState("subsidy.empty");
  }
}
