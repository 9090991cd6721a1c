package cn.linggong.certification;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The admin's editor of a new criteria-sheet version, started from a version in force: the title,
 * total and pass mark, the areas with their criteria (code, what is assessed, points, evidence
 * asked for) and the exclusions, rows added and removed, the sum of the points beside the total as
 * it is typed. The service checks it; each refusal is shown beside the field it names ({@code
 * areas[0].criteria[2].points} …).
 */
final class CriteriaSheetEditor extends VerticalLayout {

  private final TextField title = new TextField();
  private final BigDecimalField total = new BigDecimalField();
  private final BigDecimalField passMark = new BigDecimalField();
  private final Span sum = new Span();
  private final VerticalLayout areasBox = new VerticalLayout();
  private final VerticalLayout exclusionsBox = new VerticalLayout();
  private final List<AreaRows> areas = new ArrayList<>();
  private final List<ExclusionRow> exclusions = new ArrayList<>();

  private final class AreaRows {
    final TextField code = field("criteria-area-code", "8em");
    final TextField name = field("criteria-area-name", null);
    final List<CriterionRow> criteria = new ArrayList<>();
  }

  private final class CriterionRow {
    final TextField code = field("criteria-code", "6em");
    // a criterion's text runs long: shown whole, the area growing with it
    final TextArea text = new TextArea();
    final BigDecimalField points = new BigDecimalField();
    final TextField evidence = field("criteria-evidence", null);

    CriterionRow() {
      text.addClassName("criteria-text");
      points.setWidth("7em");
      points.addValueChangeListener(e -> showSum());
    }
  }

  private final class ExclusionRow {
    final TextField code = field("criteria-exclusion-code", "10em");
    final TextField text = field("criteria-exclusion-text", null);
  }

  CriteriaSheetEditor(CriteriaSheet from) {
    setId("criteria-sheet-editor");
    setPadding(false);
    title.setId("criteria-title");
    title.setLabel(getTranslation("criteria.field.title"));
    title.setWidthFull();
    title.setValue(from.title());
    total.setId("criteria-total");
    total.setLabel(getTranslation("criteria.field.totalPoints"));
    total.setValue(from.totalPoints());
    total.addValueChangeListener(e -> showSum());
    passMark.setId("criteria-pass-mark");
    passMark.setLabel(getTranslation("criteria.field.passMark"));
    passMark.setValue(from.passMark());
    sum.setId("criteria-sum");
    for (CriteriaSheet.Area a : from.areas()) {
      AreaRows area = new AreaRows();
      area.code.setValue(a.code());
      area.name.setValue(a.name());
      for (CriteriaSheet.Criterion c : a.criteria()) {
        CriterionRow row = new CriterionRow();
        row.code.setValue(c.code());
        row.text.setValue(c.text());
        row.points.setValue(c.points());
        row.evidence.setValue(c.evidence() == null ? "" : c.evidence());
        area.criteria.add(row);
      }
      areas.add(area);
    }
    for (CriteriaSheet.Exclusion x : from.exclusions()) {
      ExclusionRow row = new ExclusionRow();
      row.code.setValue(x.code());
      row.text.setValue(x.text());
      exclusions.add(row);
    }
    HorizontalLayout figures = new HorizontalLayout(total, passMark, sum);
    figures.setAlignItems(FlexComponent.Alignment.BASELINE);
    areasBox.setPadding(false);
    exclusionsBox.setPadding(false);
    Button addArea =
        button("criteria-add-area", "criteria.addArea", VaadinIcon.PLUS, () -> addArea());
    Button addExclusion =
        button(
            "criteria-add-exclusion",
            "criteria.addExclusion",
            VaadinIcon.PLUS,
            () -> {
              exclusions.add(new ExclusionRow());
              render();
            });
    add(
        title,
        figures,
        areasBox,
        addArea,
        new H4(getTranslation("criteria.exclusions")),
        exclusionsBox,
        addExclusion);
    render();
  }

  /** The version as typed, for the service to check and publish. */
  CriteriaSheetDraft draft() {
    return new CriteriaSheetDraft(
        title.getValue(),
        total.getValue(),
        passMark.getValue(),
        areas.stream()
            .map(
                a ->
                    new CriteriaSheetDraft.AreaDraft(
                        a.code.getValue(),
                        a.name.getValue(),
                        a.criteria.stream()
                            .map(
                                c ->
                                    new CriteriaSheetDraft.CriterionDraft(
                                        c.code.getValue(),
                                        c.text.getValue(),
                                        c.points.getValue(),
                                        c.evidence.getValue()))
                            .toList()))
            .toList(),
        exclusions.stream()
            .map(x -> new CriteriaSheetDraft.ExclusionDraft(x.code.getValue(), x.text.getValue()))
            .toList());
  }

  /** Every field under the name the service gives its refusals, in the rows' present order. */
  void fields(Map<String, HasValidation> into) {
    into.clear();
    into.put("title", title);
    into.put("totalPoints", total);
    into.put("passMark", passMark);
    for (int a = 0; a < areas.size(); a++) {
      AreaRows area = areas.get(a);
      String at = "areas[" + a + "]";
      into.put(at + ".code", area.code);
      into.put(at + ".name", area.name);
      // an area without criteria is named beside its name
      into.put(at + ".criteria", new NameAlias(area.name));
      for (int i = 0; i < area.criteria.size(); i++) {
        CriterionRow c = area.criteria.get(i);
        String ct = at + ".criteria[" + i + "]";
        into.put(ct + ".code", c.code);
        into.put(ct + ".text", c.text);
        into.put(ct + ".points", c.points);
        into.put(ct + ".evidence", c.evidence);
      }
    }
    for (int e = 0; e < exclusions.size(); e++) {
      ExclusionRow x = exclusions.get(e);
      into.put("exclusions[" + e + "].code", x.code);
      into.put("exclusions[" + e + "].text", x.text);
    }
  }

  private void addArea() {
    AreaRows area = new AreaRows();
    area.criteria.add(new CriterionRow());
    areas.add(area);
    render();
  }

  private void render() {
    areasBox.removeAll();
    for (int a = 0; a < areas.size(); a++) {
      AreaRows area = areas.get(a);
      int n = a;
      area.code.setId("criteria-area-" + n + "-code");
      area.name.setId("criteria-area-" + n + "-name");
      area.code.setLabel(getTranslation("criteria.field.areaCode"));
      area.name.setLabel(getTranslation("criteria.field.areaName"));
      HorizontalLayout head =
          new HorizontalLayout(
              area.code,
              area.name,
              button(
                  "criteria-area-" + n + "-remove",
                  "criteria.removeArea",
                  VaadinIcon.TRASH,
                  () -> {
                    areas.remove(area);
                    render();
                  }));
      head.setWidthFull();
      head.setAlignItems(FlexComponent.Alignment.BASELINE);
      head.setFlexGrow(1, area.name);
      VerticalLayout box = new VerticalLayout(head);
      box.setPadding(false);
      box.setSpacing(false);
      box.addClassName("criteria-area");
      for (int i = 0; i < area.criteria.size(); i++) {
        CriterionRow c = area.criteria.get(i);
        String id = "criteria-" + n + "-" + i;
        c.code.setId(id + "-code");
        c.text.setId(id + "-text");
        c.points.setId(id + "-points");
        c.evidence.setId(id + "-evidence");
        boolean first = i == 0;
        c.code.setLabel(first ? getTranslation("criteria.field.code") : null);
        c.text.setLabel(first ? getTranslation("criteria.field.text") : null);
        c.points.setLabel(first ? getTranslation("criteria.field.points") : null);
        c.evidence.setLabel(first ? getTranslation("criteria.field.evidence") : null);
        c.code.setAriaLabel(getTranslation("criteria.field.code"));
        c.text.setAriaLabel(getTranslation("criteria.field.text"));
        c.points.setAriaLabel(getTranslation("criteria.field.points"));
        c.evidence.setAriaLabel(getTranslation("criteria.field.evidence"));
        HorizontalLayout row =
            new HorizontalLayout(
                c.code,
                c.text,
                c.points,
                c.evidence,
                button(
                    id + "-remove",
                    "criteria.removeCriterion",
                    VaadinIcon.CLOSE_SMALL,
                    () -> {
                      area.criteria.remove(c);
                      render();
                    }));
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(2, c.text);
        row.setFlexGrow(1, c.evidence);
        box.add(row);
      }
      box.add(
          button(
              "criteria-area-" + n + "-add",
              "criteria.addCriterion",
              VaadinIcon.PLUS,
              () -> {
                area.criteria.add(new CriterionRow());
                render();
              }));
      areasBox.add(box);
    }
    exclusionsBox.removeAll();
    for (int e = 0; e < exclusions.size(); e++) {
      ExclusionRow x = exclusions.get(e);
      x.code.setId("criteria-exclusion-" + e + "-code");
      x.text.setId("criteria-exclusion-" + e + "-text");
      x.code.setAriaLabel(getTranslation("criteria.field.exclusionCode"));
      x.text.setAriaLabel(getTranslation("criteria.field.exclusionText"));
      HorizontalLayout row =
          new HorizontalLayout(
              x.code,
              x.text,
              button(
                  "criteria-exclusion-" + e + "-remove",
                  "criteria.removeExclusion",
                  VaadinIcon.CLOSE_SMALL,
                  () -> {
                    exclusions.remove(x);
                    render();
                  }));
      row.setWidthFull();
      row.setAlignItems(FlexComponent.Alignment.BASELINE);
      row.setFlexGrow(1, x.text);
      exclusionsBox.add(row);
    }
    showSum();
  }

  private void showSum() {
    BigDecimal points =
        areas.stream()
            .flatMap(a -> a.criteria.stream())
            .map(c -> c.points.getValue())
            .filter(Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean matches = total.getValue() != null && points.compareTo(total.getValue()) == 0;
    sum.setText(
        getTranslation(
            "criteria.sum",
            points.stripTrailingZeros().toPlainString(),
            total.getValue() == null
                ? "—"
                : total.getValue().stripTrailingZeros().toPlainString()));
    sum.getElement().getThemeList().clear();
    sum.getElement().getThemeList().add(matches ? "badge success" : "badge error");
  }

  private TextField field(String className, String width) {
    TextField f = new TextField();
    f.addClassName(className);
    if (width != null) {
      f.setWidth(width);
    }
    return f;
  }

  /**
   * A button; one that removes a row shows its icon only, its label read out and shown on hover.
   */
  private Button button(String id, String labelKey, VaadinIcon icon, Runnable action) {
    boolean removes = icon == VaadinIcon.CLOSE_SMALL || icon == VaadinIcon.TRASH;
    Button b =
        removes
            ? new Button(icon.create(), e -> action.run())
            : new Button(getTranslation(labelKey), icon.create(), e -> action.run());
    if (removes) {
      b.setAriaLabel(getTranslation(labelKey));
      b.setTooltipText(getTranslation(labelKey));
    }
    b.setId(id);
    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    return b;
  }

  /** A refusal of an area's criteria shown on the area's name. */
  private record NameAlias(TextField name) implements HasValidation {

    @Override
    public void setErrorMessage(String errorMessage) {
      name.setErrorMessage(errorMessage);
    }

    @Override
    public String getErrorMessage() {
      return name.getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
      if (invalid) {
        name.setInvalid(true);
      }
    }

    @Override
    public boolean isInvalid() {
      return name.isInvalid();
    }
  }
}
