package cn.linggong.certification;

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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 认定申请: the applications of the district (city level: of every district), open ones first, with
 * where each stands; a number opens the application.
 */
@Route("certifications")
@RolesAllowed({Roles.CASEWORKER, Roles.REVIEWER, Roles.SUPERVISOR})
@Menu(title = "nav.certifications", order = 16, icon = "vaadin:diploma")
public class CertificationDesk extends RegistryPage<Certification> {

  public CertificationDesk(
      CertificationReading reading, Districts districts, Clock clock, CurrentUser currentUser) {
    super("certification-desk", "certification-grid", "nav.certifications");
    LinggongUser user = currentUser.require();
    Select<Certification.State> state = new Select<>();
    state.setId("certification-search-state");
    state.setItems(Certification.State.values());
    state.setItemLabelGenerator(
        s ->
            s == null
                ? getTranslation("certification.state.any")
                : getTranslation("certification.state." + s));
    state.setEmptySelectionAllowed(true);
    state.setEmptySelectionCaption(getTranslation("certification.state.any"));
    state.setValue(Certification.State.OPEN);
    filter(state);
    Map<String, String> districtNames =
        districts.districts().stream().collect(Collectors.toMap(District::id, District::name));
    grid.addComponentColumn(
            a ->
                new RouterLink(
                    a.applicationNo(),
                    CertificationPage.class,
                    new RouteParameters("no", a.applicationNo())))
        .setHeader(getTranslation("certification.field.no"))
        .setKey("no")
        .setAutoWidth(true);
    // on a tablet the number and where it stands stay; the market moves into the details row
    detail(Certification::marketName, "certification.field.market");
    grid.addColumn(
            a ->
                a.state() == Certification.State.OPEN
                    ? getTranslation("certification.stage." + a.stage())
                    : getTranslation("certification.outcome." + a.outcome()))
        .setHeader(getTranslation("certification.field.stage"))
        .setKey("stage")
        .setAutoWidth(true);
    detail(a -> getTranslation("certification.level." + a.level()), "certification.field.level");
    detail(
        a -> districtNames.getOrDefault(a.districtId(), a.districtId()), "market.field.districtId");
    detail(
        a -> a.reviewScore() == null ? "—" : a.reviewScore().toPlainString(),
        "certification.field.reviewScore");
    detail(a -> CaseTexts.day(a.filedAt(), clock.getZone()), "certification.field.filedAt");
    rows((offset, limit) -> reading.search(user, state.getValue(), null, offset, limit));
    emptyState("certification.empty");
  }
}
