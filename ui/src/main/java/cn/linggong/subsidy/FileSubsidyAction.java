package cn.linggong.subsidy;

import cn.linggong.identity.LinggongUser;
import cn.linggong.market.Market;
import cn.linggong.market.MarketAction;
import cn.linggong.shared.ui.DateField;
import cn.linggong.shared.ui.SaveDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * 申请补贴 on a market's page, for the district's caseworkers while the market is certified: the
 * period, who brings it, the account, the amount claimed per item (an empty item is not claimed)
 * and a higher-level grant received; then the evidence is added on the application's screen. Beside
 * it, for everyone who may read subsidies, the market's subsidy history.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(20)
@RequiredArgsConstructor
class FileSubsidyAction implements MarketAction {

  private final SubsidyFilings filings;

  @Override
  public Optional<Component> control(Market market, LinggongUser user) {
    if (!SubsidyPolicy.VIEW.allows(user)) {
      return Optional.empty();
    }
    HorizontalLayout box = new HorizontalLayout();
    RouterLink history =
        new RouterLink(
            box.getTranslation("marketSubsidies.open"),
            MarketSubsidiesView.class,
            new RouteParameters("id", String.valueOf(market.id())));
    history.setId("market-subsidy-history");
    if (SubsidyPolicy.FILE.allows(user) && market.certification() != Market.Certification.NONE) {
      Button file = new Button(box.getTranslation("subsidy.file"));
      file.setId("market-file-subsidy");
      file.addClickListener(e -> open(file, market, user));
      box.add(file);
    }
    box.add(history);
    box.setDefaultVerticalComponentAlignment(
        com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
    return Optional.of(box);
  }

  private void open(Component on, Market market, LinggongUser user) {
    SubsidyFilings.Draft draft = filings.draft(user, market.id());
    DateField from = new DateField(on.getTranslation("subsidy.field.periodFrom"));
    from.setId("subsidy-period-from");
    from.setValue(draft.periodFrom());
    DateField to = new DateField(on.getTranslation("subsidy.field.periodTo"));
    to.setId("subsidy-period-to");
    to.setValue(draft.periodTo());
    RadioButtonGroup<SubsidyApplication.SubmittedBy> by =
        new RadioButtonGroup<>(on.getTranslation("subsidy.field.submittedBy"));
    by.setId("subsidy-submitted-by");
    by.setItems(SubsidyApplication.SubmittedBy.values());
    by.setItemLabelGenerator(b -> on.getTranslation("subsidy.submittedBy." + b));
    by.setValue(SubsidyApplication.SubmittedBy.OPERATOR);
    TextField contact = new TextField(on.getTranslation("subsidy.field.operatorContact"));
    contact.setId("subsidy-operator-contact");
    contact.setValue(market.contactName() == null ? "" : market.contactName());
    TextField account = new TextField(on.getTranslation("subsidy.field.account"));
    account.setId("subsidy-account");
    account.setHelperText(on.getTranslation("subsidy.field.account.help"));
    account.setValue(draft.account() == null ? "" : draft.account());
    TextArea statement = new TextArea(on.getTranslation("subsidy.field.statement"));
    statement.setId("subsidy-statement");
    Map<SubsidyItem, BigDecimalField> amounts = new EnumMap<>(SubsidyItem.class);
    FormLayout form = new FormLayout(from, to, by, contact, account, statement);
    form.setColspan(statement, 2);
    H4 claimed = new H4(on.getTranslation("subsidy.field.claimedItems"));
    form.add(claimed);
    form.setColspan(claimed, 2);
    for (SubsidyItem item : SubsidyItem.values()) {
      BigDecimalField amount =
          new BigDecimalField(on.getTranslation("subsidy.claim." + item.name()));
      amount.setId("subsidy-claim-" + item.name());
      amount.setSuffixComponent(
          new com.vaadin.flow.component.html.Span(on.getTranslation("subsidy.unit.yuan")));
      amounts.put(item, amount);
      form.add(amount);
    }
    H4 higher = new H4(on.getTranslation("subsidy.field.higherGrant"));
    form.add(higher);
    form.setColspan(higher, 2);
    Select<SubsidyItem> grantItem = new Select<>();
    grantItem.setId("subsidy-grant-item");
    grantItem.setLabel(on.getTranslation("subsidy.field.item"));
    grantItem.setItems(SubsidyItem.values());
    grantItem.setItemLabelGenerator(i -> i == null ? "" : on.getTranslation("subsidy.item." + i));
    grantItem.setEmptySelectionAllowed(true);
    IntegerField grantYear = new IntegerField(on.getTranslation("marketSubsidies.year"));
    grantYear.setId("subsidy-grant-year");
    BigDecimalField grantAmount = new BigDecimalField(on.getTranslation("subsidy.field.amount"));
    grantAmount.setId("subsidy-grant-amount");
    TextField grantedBy = new TextField(on.getTranslation("marketSubsidies.grantedByBody"));
    grantedBy.setId("subsidy-grant-by");
    TextField documentNo = new TextField(on.getTranslation("marketSubsidies.documentNo"));
    documentNo.setId("subsidy-grant-document");
    form.add(grantItem, grantYear, grantAmount, grantedBy, documentNo);
    from.setRequiredIndicatorVisible(true);
    to.setRequiredIndicatorVisible(true);
    by.setRequiredIndicatorVisible(true);
    contact.setRequiredIndicatorVisible(true);
    account.setRequiredIndicatorVisible(true);
    by.addValueChangeListener(
        e ->
            contact.setRequiredIndicatorVisible(
                e.getValue() == SubsidyApplication.SubmittedBy.OPERATOR));
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("periodFrom", from);
    fields.put("periodTo", to);
    fields.put("submittedBy", by);
    fields.put("operatorContact", contact);
    fields.put("account", account);
    fields.put("statement", statement);
    fields.put("items", amounts.get(SubsidyItem.RENT));
    fields.put("higherGrants[0].item", grantItem);
    fields.put("higherGrants[0].year", grantYear);
    fields.put("higherGrants[0].amount", grantAmount);
    fields.put("higherGrants[0].grantedBy", grantedBy);
    fields.put("higherGrants[0].documentNo", documentNo);
    String[] filed = new String[1];
    new SaveDialog(
            on.getTranslation("subsidy.file.title", market.name()),
            "subsidy-save",
            form,
            fields,
            () -> {
              List<SubsidyQuotes.Claim> claims = new ArrayList<>();
              amounts.forEach(
                  (item, field) -> {
                    if (field.getValue() != null) {
                      fields.put("items[" + claims.size() + "].claimed", field);
                      claims.add(new SubsidyQuotes.Claim(item, field.getValue()));
                    }
                  });
              boolean grant =
                  grantItem.getValue() != null
                      || grantAmount.getValue() != null
                      || !documentNo.getValue().isBlank();
              filed[0] =
                  filings
                      .file(
                          user,
                          new SubsidyFilings.Filing(
                              market.id(),
                              from.getValue(),
                              to.getValue(),
                              by.getValue(),
                              contact.getValue(),
                              account.getValue(),
                              statement.getValue(),
                              claims,
                              grant
                                  ? List.of(
                                      new HigherGrants.Grant(
                                          market.id(),
                                          grantItem.getValue(),
                                          grantYear.getValue(),
                                          grantAmount.getValue(),
                                          grantedBy.getValue(),
                                          documentNo.getValue()))
                                  : List.of()))
                      .applicationNo();
              return on.getTranslation("subsidy.filed", filed[0]);
            },
            () -> UI.getCurrent().navigate("subsidies/" + filed[0]))
        .open();
  }
}
