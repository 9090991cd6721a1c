package cn.linggong.subsidy;

import cn.linggong.casework.CaseHeader;
import cn.linggong.casework.CaseScreen;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.identity.UserNames;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.ui.ListSection;
import cn.linggong.shared.ui.SaveDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 市场补贴记录: a market's subsidies across years — what was approved per item and year and what was
 * paid, the years of subsidy used out of the limit, the network one-off used or not, the higher
 * levels' grants (with their document numbers; finance records one here) and every application.
 */
@Route("market-subsidies/:id")
@RolesAllowed({Roles.CASEWORKER, Roles.REVIEWER, Roles.FINANCE, Roles.SUPERVISOR})
public class MarketSubsidiesView extends CaseScreen {

  private final transient SubsidyReading reading;
  private final transient UserNames names;
  private final transient LinggongUser user;

  private final transient HigherGrants higherGrants;

  public MarketSubsidiesView(
      SubsidyReading reading, HigherGrants higherGrants, UserNames names, CurrentUser currentUser) {
    super("market-subsidies", "id", "marketSubsidies.notFound");
    this.reading = reading;
    this.higherGrants = higherGrants;
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
    if (SubsidyPolicy.RECORD_HIGHER_GRANT.allows(user)) {
      Button record = new Button(getTranslation("marketSubsidies.recordGrant"));
      record.setId("market-subsidies-record-grant");
      record.addClickListener(e -> recordGrant(h));
      add(record);
    }
    return getTranslation("marketSubsidies.title", h.marketName());
  }

  /** Finance records what a higher level paid the market (with its document number). */
  private void recordGrant(SubsidyHistory h) {
    Select<SubsidyItem> item = new Select<>();
    item.setId("grant-item");
    item.setLabel(getTranslation("subsidy.field.item"));
    item.setItems(SubsidyItem.values());
    item.setItemLabelGenerator(i -> getTranslation("subsidy.item." + i));
    IntegerField year = new IntegerField(getTranslation("marketSubsidies.year"));
    year.setId("grant-year");
    BigDecimalField amount = new BigDecimalField(getTranslation("subsidy.field.amount"));
    amount.setId("grant-amount");
    TextField grantedBy = new TextField(getTranslation("marketSubsidies.grantedByBody"));
    grantedBy.setId("grant-by");
    TextField documentNo = new TextField(getTranslation("marketSubsidies.documentNo"));
    documentNo.setId("grant-document");
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("item", item);
    fields.put("year", year);
    fields.put("amount", amount);
    fields.put("grantedBy", grantedBy);
    fields.put("documentNo", documentNo);
    new SaveDialog(
            getTranslation("marketSubsidies.recordGrant"),
            "grant-save",
            new FormLayout(item, year, amount, grantedBy, documentNo),
            fields,
            () -> {
              higherGrants.record(
                  user,
                  new HigherGrants.Grant(
                      h.marketId(),
                      item.getValue(),
                      year.getValue(),
                      amount.getValue(),
                      grantedBy.getValue(),
                      documentNo.getValue()));
              return getTranslation("marketSubsidies.grantRecorded");
            },
            () -> show(String.valueOf(h.marketId())))
        .required(fields.keySet())
        .open();
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
