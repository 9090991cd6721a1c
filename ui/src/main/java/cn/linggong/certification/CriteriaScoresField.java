package cn.linggong.certification;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The criteria sheet as one field: each area with its criteria, the points each is worth and the
 * evidence it asks for, a number per criterion (0 to its points), and the total so far. The value
 * is {@code G1:5,G2:3.5} as the service reads it; a criterion left empty is not in it (the service
 * names every criterion not scored).
 */
class CriteriaScoresField extends CustomField<String> {

  private final Map<String, BigDecimalField> fields = new LinkedHashMap<>();
  private final Span total = new Span();
  private final BigDecimal of;

  CriteriaScoresField(String label, CriteriaSheet sheet) {
    setLabel(label);
    setId("criteria-scores");
    setWidthFull();
    this.of = sheet.totalPoints();
    VerticalLayout body = new VerticalLayout();
    body.setPadding(false);
    body.setSpacing(false);
    for (CriteriaSheet.Area area : sheet.areas()) {
      body.add(
          new H5(
              getTranslation(
                  "certification.sheet.area", area.name(), area.points().toPlainString())));
      for (CriteriaSheet.Criterion c : area.criteria()) {
        BigDecimalField points = new BigDecimalField();
        points.setId("score-" + c.code());
        points.setWidth("7em");
        points.setSuffixComponent(new Span("/" + c.points().toPlainString()));
        points.addValueChangeListener(e -> updateValue());
        fields.put(c.code(), points);
        Div text = new Div(new Span(c.code() + " " + c.text()));
        if (c.evidence() != null) {
          Span evidence = new Span(getTranslation("certification.sheet.evidence", c.evidence()));
          evidence
              .getStyle()
              .set("color", "var(--lumo-secondary-text-color)")
              .set("font-size", "var(--lumo-font-size-s)");
          text.add(new Div(evidence));
        }
        text.getStyle().set("flex", "1");
        HorizontalLayout row = new HorizontalLayout(text, points);
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        body.add(row);
      }
    }
    total.setId("criteria-scores-total");
    body.add(total);
    add(body);
    showTotal();
  }

  @Override
  protected String generateModelValue() {
    showTotal();
    return fields.entrySet().stream()
        .filter(e -> e.getValue().getValue() != null)
        .map(e -> e.getKey() + ":" + e.getValue().getValue().toPlainString())
        .collect(Collectors.joining(","));
  }

  @Override
  protected void setPresentationValue(String value) {
    fields.values().forEach(f -> f.clear());
    if (value != null && !value.isBlank()) {
      for (String part : value.split(",")) {
        String[] kv = part.split(":", 2);
        if (kv.length == 2 && fields.containsKey(kv[0])) {
          try {
            fields.get(kv[0]).setValue(new BigDecimal(kv[1]));
          } catch (NumberFormatException ignored) {
            // a value the service refuses beside the field anyway
          }
        }
      }
    }
    showTotal();
  }

  private void showTotal() {
    BigDecimal sum =
        fields.values().stream()
            .map(BigDecimalField::getValue)
            .filter(java.util.Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    long scored = fields.values().stream().filter(f -> f.getValue() != null).count();
    total.setText(
        getTranslation(
            "certification.sheet.total",
            sum.toPlainString(),
            of.toPlainString(),
            scored,
            fields.size()));
  }
}
