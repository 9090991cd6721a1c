package cn.linggong.subsidy;

import cn.linggong.casework.CaseHeader;
import cn.linggong.casework.CaseScreen;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.identity.UserNames;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.ui.ListSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;

/**
 * 市场补贴记录: a market's subsidies across years — what was approved per item and year and what was
 * paid, the years of subsidy used out of the limit, the network one-off used or not, the higher
 * levels' grants (with their document numbers) and every application.
 */
@Route("market-subsidies/:id")
@RolesAllowed({Roles.CASEWORKER, Roles.REVIEWER, Roles.FINANCE, Roles.SUPERVISOR})
public class MarketSubsidiesView extends CaseScreen {

  private final transient SubsidyReading reading;
  private final transient UserNames names;
  private final transient LinggongUser user;

  public MarketSubsidiesView(SubsidyReading reading, UserNames names, CurrentUser currentUser) {
    super("market-subsidies", "id", "marketSubsidies.notFound");
    this.reading = reading;
    this.names = names;
    this.user = currentUser.require();
  }

  @Override
  protected String render(String id) {
    long marketId;
    try {
      marketId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("marketSubsidies.badId", id);
    }
    SubsidyHistory h = reading.history(user, marketId);
    Span years =
        new Span(
            h.firstYear() == null
                ? getTranslation("marketSubsidies.noYears", h.maxYears())
                : getTranslation(
                    "marketSubsidies.years",
                    h.yearsUsed(),
                    h.maxYears(),
                    h.firstYear(),
                    h.lastYear()));
    years.setId("market-subsidies-years");
    Span network =
        new Span(
            h.networkApproved().signum() == 0
                ? getTranslation("marketSubsidies.networkUnused", SubsidyTexts.yuan(h.networkCap()))
                : getTranslation(
                    "marketSubsidies.networkUsed",
                    SubsidyTexts.yuan(h.networkApproved()),
                    SubsidyTexts.yuan(h.networkCap())));
    network.setId("market-subsidies-network");
    add(
        new CaseHeader(getTranslation("marketSubsidies.title", h.marketName())),
        new Paragraph(years),
        new Paragraph(network),
        years(h),
        applications(h),
        grants(h));
    return getTranslation("marketSubsidies.title", h.marketName());
  }

  private Component years(SubsidyHistory h) {
    return ListSection.of(
        this,
        "market-subsidies-by-year",
        "marketSubsidies.byYear",
        "marketSubsidies.byYear.none",
        h.years(),
        grid -> {
          grid.addColumn(SubsidyHistory.Year::year)
              .setHeader(getTranslation("marketSubsidies.year"))
              .setAutoWidth(true);
          for (SubsidyItem item : SubsidyItem.values()) {
            grid.addColumn(y -> SubsidyTexts.yuan(y.approved().getOrDefault(item, BigDecimal.ZERO)))
                .setHeader(getTranslation("subsidy.item." + item))
                .setAutoWidth(true);
          }
          grid.addColumn(y -> SubsidyTexts.yuan(y.paid()))
              .setHeader(getTranslation("marketSubsidies.paid"))
              .setAutoWidth(true);
        });
  }

  private Component applications(SubsidyHistory h) {
    return ListSection.of(
        this,
        "market-subsidies-applications",
        "marketSubsidies.applications",
        "marketSubsidies.applications.none",
        h.applications(),
        grid -> {
          grid.addComponentColumn(
                  a ->
                      new RouterLink(
                          a.applicationNo(),
                          SubsidyPage.class,
                          new RouteParameters("no", a.applicationNo())))
              .setHeader(getTranslation("subsidy.field.no"))
              .setAutoWidth(true);
          grid.addColumn(a -> getTranslation("subsidy.periodLine", a.periodFrom(), a.periodTo()))
              .setHeader(getTranslation("subsidy.field.period"))
              .setAutoWidth(true);
          grid.addColumn(a -> SubsidyTexts.stage(this, a))
              .setHeader(getTranslation("subsidy.field.stage"))
              .setAutoWidth(true);
          grid.addColumn(a -> SubsidyTexts.yuan(a.approvedTotal()))
              .setHeader(getTranslation("subsidy.field.approvedTotal"))
              .setAutoWidth(true);
        });
  }

  private Component grants(SubsidyHistory h) {
    return ListSection.of(
        this,
        "market-subsidies-grants",
        "marketSubsidies.grants",
        "marketSubsidies.grants.none",
        h.higherGrants(),
        grid -> {
          grid.addColumn(HigherGrants.Recorded::year)
              .setHeader(getTranslation("marketSubsidies.year"))
              .setAutoWidth(true);
          grid.addColumn(g -> getTranslation("subsidy.item." + g.item()))
              .setHeader(getTranslation("subsidy.field.item"))
              .setAutoWidth(true);
          grid.addColumn(g -> SubsidyTexts.yuan(g.amount()))
              .setHeader(getTranslation("subsidy.field.amount"))
              .setAutoWidth(true);
          grid.addColumn(g -> g.grantedBy() + " · " + g.documentNo())
              .setHeader(getTranslation("marketSubsidies.grantedBy"));
          grid.addColumn(
                  g ->
                      getTranslation("marketSubsidies.source." + g.source())
                          + " · "
                          + names.of(this, g.recordedBy()))
              .setHeader(getTranslation("marketSubsidies.recorded"))
              .setAutoWidth(true);
        });
  }
}
