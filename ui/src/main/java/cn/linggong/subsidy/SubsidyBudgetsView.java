package cn.linggong.subsidy;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.ui.Downloads;
import cn.linggong.shared.ui.SaveDialog;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 补贴预算: each district's market-subsidy budget of a year from the employment-subsidy fund (就业补助资金),
 * with what approvals committed of it, what was paid and what remains; finance sets a budget (never
 * below what is approved).
 */
@Route("subsidy-budgets")
@RolesAllowed({Roles.FINANCE, Roles.SUPERVISOR, Roles.REVIEWER})
@Menu(title = "nav.subsidyBudgets", order = 19, icon = "vaadin:wallet")
public class SubsidyBudgetsView extends VerticalLayout implements HasDynamicTitle {

  private final transient SubsidyBudgets budgets;
  private final transient LinggongUser user;
  private final Select<Integer> year = new Select<>();
  private final Grid<SubsidyBudgets.Budget> grid = new Grid<>();
  private final Paragraph totals = new Paragraph();

  public SubsidyBudgetsView(
      SubsidyBudgets budgets, SubsidyLedger ledger, Clock clock, CurrentUser currentUser) {
    this.budgets = budgets;
    this.user = currentUser.require();
    setId("subsidy-budgets");
    int thisYear = LocalDate.now(clock).getYear();
    year.setId("subsidy-budgets-year");
    year.setLabel(getTranslation("subsidyBudgets.year"));
    year.setItems(List.of(thisYear + 1, thisYear, thisYear - 1, thisYear - 2));
    year.setValue(thisYear);
    year.addValueChangeListener(e -> fill());
    grid.setId("subsidy-budgets-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    grid.addColumn(SubsidyBudgets.Budget::districtName)
        .setHeader(getTranslation("market.field.districtId"))
        .setAutoWidth(true);
    grid.addColumn(b -> SubsidyTexts.yuan(b.amount()))
        .setHeader(getTranslation("subsidyBudgets.amount"))
        .setAutoWidth(true);
    grid.addColumn(b -> b.documentNo() == null ? "—" : b.documentNo())
        .setHeader(getTranslation("subsidyBudgets.documentNo"))
        .setAutoWidth(true);
    grid.addColumn(b -> SubsidyTexts.yuan(b.approved()))
        .setHeader(getTranslation("subsidyBudgets.approved"))
        .setAutoWidth(true);
    grid.addColumn(b -> SubsidyTexts.yuan(b.disbursed()))
        .setHeader(getTranslation("subsidyBudgets.disbursed"))
        .setAutoWidth(true);
    grid.addColumn(b -> SubsidyTexts.yuan(b.remaining()))
        .setHeader(getTranslation("subsidyBudgets.remaining"))
        .setAutoWidth(true);
    if (SubsidyPolicy.SET_BUDGET.allows(user)) {
      grid.addComponentColumn(
              b -> {
                Button set = new Button(getTranslation("subsidyBudgets.set"));
                set.setId("subsidy-budget-set-" + b.districtId());
                set.addThemeVariants(ButtonVariant.LUMO_SMALL);
                set.addClickListener(e -> edit(b));
                return set;
              })
          .setAutoWidth(true);
    }
    totals.setId("subsidy-budgets-totals");
    add(
        new H2(getTranslation("nav.subsidyBudgets")),
        new Paragraph(getTranslation("subsidyBudgets.intro")),
        ledgerLinks(ledger),
        grid,
        totals);
    fill();
  }

  /** The year's ledger (补贴台账) to download, as XLSX and PDF. */
  private HorizontalLayout ledgerLinks(SubsidyLedger ledger) {
    HorizontalLayout bar =
        new HorizontalLayout(
            year,
            Downloads.link(
                "subsidy-ledger-xlsx",
                getTranslation("subsidyBudgets.ledgerXlsx"),
                "xlsx",
                () ->
                    new Downloads.File(
                        getTranslation("subsidyBudgets.ledgerFile", year.getValue()) + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        ledger.xlsx(user, year.getValue(), getLocale()))),
            Downloads.link(
                "subsidy-ledger-pdf",
                getTranslation("subsidyBudgets.ledgerPdf"),
                "pdf",
                () ->
                    new Downloads.File(
                        getTranslation("subsidyBudgets.ledgerFile", year.getValue()) + ".pdf",
                        "application/pdf",
                        ledger.pdf(user, year.getValue()))));
    bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    return bar;
  }

  private void fill() {
    List<SubsidyBudgets.Budget> rows = budgets.of(user, year.getValue());
    grid.setItems(rows);
    totals.setText(
        getTranslation(
            "subsidyBudgets.totals",
            SubsidyTexts.yuan(sum(rows, SubsidyBudgets.Budget::amount)),
            SubsidyTexts.yuan(sum(rows, SubsidyBudgets.Budget::approved)),
            SubsidyTexts.yuan(sum(rows, SubsidyBudgets.Budget::disbursed)),
            SubsidyTexts.yuan(sum(rows, SubsidyBudgets.Budget::remaining))));
  }

  private static BigDecimal sum(
      List<SubsidyBudgets.Budget> rows,
      java.util.function.Function<SubsidyBudgets.Budget, BigDecimal> of) {
    return rows.stream().map(of).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private void edit(SubsidyBudgets.Budget b) {
    BigDecimalField amount = new BigDecimalField(getTranslation("subsidyBudgets.amount"));
    amount.setId("subsidy-budget-amount");
    amount.setValue(b.amount());
    amount.setRequiredIndicatorVisible(true);
    TextField document = new TextField(getTranslation("subsidyBudgets.documentNo"));
    document.setId("subsidy-budget-document");
    document.setValue(b.documentNo() == null ? "" : b.documentNo());
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("amount", amount);
    fields.put("documentNo", document);
    new SaveDialog(
            getTranslation("subsidyBudgets.setTitle", b.districtName(), b.year()),
            "subsidy-budget-save",
            new FormLayout(amount, document),
            fields,
            () -> {
              budgets.set(
                  user,
                  b.districtId(),
                  b.year(),
                  new SubsidyBudgets.Change(amount.getValue(), document.getValue()));
              return getTranslation("subsidyBudgets.saved", b.districtName());
            },
            this::fill)
        .open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.subsidyBudgets");
  }
}
