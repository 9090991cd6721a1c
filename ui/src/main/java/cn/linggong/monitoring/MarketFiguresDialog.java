package cn.linggong.monitoring;

import cn.linggong.employer.JobCategories;
import cn.linggong.employer.JobCategory;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one market reported for the month: job seekers served, average daily hires, and by job
 * category the seekers, the positions sought on site and the average offered daily pay; saved as a
 * whole, refused field by field (the category rows by their line).
 */
class MarketFiguresDialog extends Dialog {

  private final IntegerField served = new IntegerField();
  private final BigDecimalField hires = new BigDecimalField();
  private final VerticalLayout rows = new VerticalLayout();
  private final List<CategoryLine> lines = new ArrayList<>();
  private final transient JobCategories categories;

  /** One category line of the form. */
  private final class CategoryLine extends HorizontalLayout {
    final Select<String> code = new Select<>();
    final IntegerField seekers = new IntegerField();
    final IntegerField positions = new IntegerField();
    final BigDecimalField pay = new BigDecimalField();

    CategoryLine(MarketReports.CategoryFigure from) {
      setAlignItems(FlexComponent.Alignment.BASELINE);
      code.setLabel(getTranslation("monitoring.column.category"));
      code.setItems(categories.active().stream().map(JobCategory::code).toList());
      code.setItemLabelGenerator(c -> categories.label(c, getLocale()));
      seekers.setLabel(getTranslation("monitoring.column.seekers"));
      positions.setLabel(getTranslation("monitoring.column.positions"));
      pay.setLabel(getTranslation("monitoring.column.avgDailyPay"));
      seekers.setMin(0);
      positions.setMin(0);
      if (from != null) {
        code.setValue(from.code());
        seekers.setValue(from.seekers() == null ? null : from.seekers().intValue());
        positions.setValue(from.positions() == null ? null : from.positions().intValue());
        pay.setValue(from.avgDailyPay());
      }
      Button remove =
          new Button(
              VaadinIcon.CLOSE_SMALL.create(),
              e -> {
                lines.remove(this);
                rows.remove(this);
              });
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      remove.setAriaLabel(getTranslation("monitoring.removeCategory"));
      add(code, seekers, positions, pay, remove);
    }
  }

  MarketFiguresDialog(
      MarketReports reports,
      JobCategories categories,
      LinggongUser user,
      String districtId,
      YearMonth month,
      Figures.MarketRow market,
      MarketReports.Entered entered,
      Runnable saved) {
    this.categories = categories;
    setHeaderTitle(getTranslation("monitoring.enterTitle", market.name(), month.toString()));
    setId("market-figures-dialog");
    served.setId("market-figures-served");
    served.setLabel(getTranslation("monitoring.column.seekersServed"));
    served.setRequiredIndicatorVisible(true);
    served.setMin(0);
    hires.setId("market-figures-hires");
    hires.setLabel(getTranslation("monitoring.column.dailyHires"));
    hires.setRequiredIndicatorVisible(true);
    if (entered != null) {
      served.setValue((int) entered.seekersServed());
      hires.setValue(entered.dailyHires());
      entered.categories().forEach(c -> addLine(c));
    }
    if (lines.isEmpty()) {
      addLine(null);
    }
    rows.setPadding(false);
    rows.setSpacing(false);
    Button add =
        new Button(
            getTranslation("monitoring.addCategory"), VaadinIcon.PLUS.create(), e -> addLine(null));
    add.setId("market-figures-add");
    add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Button save =
        new Button(
            getTranslation("monitoring.save"),
            e -> {
              Map<String, HasValidation> fields = new HashMap<>();
              fields.put("seekersServed", served);
              fields.put("dailyHires", hires);
              List<MarketReports.CategoryFigure> figures = new ArrayList<>();
              List<CategoryLine> filled =
                  lines.stream()
                      .filter(
                          l ->
                              l.code.getValue() != null
                                  || l.seekers.getValue() != null
                                  || l.positions.getValue() != null
                                  || l.pay.getValue() != null)
                      .toList();
              for (int i = 0; i < filled.size(); i++) {
                CategoryLine l = filled.get(i);
                fields.put("categories[" + i + "].code", l.code);
                fields.put("categories[" + i + "].seekers", l.seekers);
                fields.put("categories[" + i + "].positions", l.positions);
                fields.put("categories[" + i + "].avgDailyPay", l.pay);
                figures.add(
                    new MarketReports.CategoryFigure(
                        l.code.getValue(),
                        l.seekers.getValue() == null ? null : l.seekers.getValue().longValue(),
                        l.positions.getValue() == null ? null : l.positions.getValue().longValue(),
                        l.pay.getValue()));
              }
              try {
                reports.enter(
                    user,
                    districtId,
                    month,
                    new MarketReports.MarketFigure(
                        market.marketId(),
                        served.getValue() == null ? null : served.getValue().longValue(),
                        hires.getValue(),
                        figures));
                close();
                Notification.show(getTranslation("monitoring.saved", market.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                saved.run();
              } catch (InvalidInputException invalid) {
                FieldErrors.showOrNotify(this, invalid, fields);
              }
            });
    save.setId("market-figures-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new VerticalLayout(
            new Paragraph(getTranslation("monitoring.enterHint")),
            new HorizontalLayout(served, hires),
            rows,
            add));
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
  }

  private void addLine(MarketReports.CategoryFigure from) {
    CategoryLine line = new CategoryLine(from);
    lines.add(line);
    rows.add(line);
  }
}
