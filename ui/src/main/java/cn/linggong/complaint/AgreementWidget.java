package cn.linggong.complaint;

import cn.linggong.form.FormComponent;
import cn.linggong.identity.CurrentUser;
import cn.linggong.inbox.FormWidget;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The agreement of the mediation form ({@code properties.widget = "agreement"}): an amount for each
 * complainant (starting at what was claimed) and one or more payments with dates; its value is the
 * JSON the completion handler checks. {@code widget = "recovered"} shows the amounts only, for what
 * an inspection recovered.
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgreementWidget implements FormWidget {

  private final ComplaintReading complaints;
  private final CurrentUser currentUser;

  @Override
  public String name() {
    return "agreement";
  }

  @Override
  public Component create(FormComponent field, Map<String, Object> variables) {
    return new Editor(field.label(), people(variables), true);
  }

  @Override
  public Object value(Component component) {
    return ((Editor) component).getValue();
  }

  List<Complainant> people(Map<String, Object> variables) {
    Object id = variables.get(ComplaintProcess.VAR_COMPLAINT_ID);
    return id instanceof Number n
        ? complaints.complainantsOf(currentUser.require(), n.longValue())
        : List.of();
  }

  /** The same amounts, without a schedule: what an inspection recovered per worker. */
  @org.springframework.stereotype.Component
  static class Recovered implements FormWidget {
    private final AgreementWidget agreement;

    Recovered(AgreementWidget agreement) {
      this.agreement = agreement;
    }

    @Override
    public String name() {
      return "recovered";
    }

    @Override
    public Component create(FormComponent field, Map<String, Object> variables) {
      return new Editor(field.label(), agreement.people(variables), false);
    }

    @Override
    public Object value(Component component) {
      return ((Editor) component).getValue();
    }
  }

  /** Amount fields per complainant and, for an agreement, payment rows. */
  static final class Editor extends CustomField<String> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<Long, BigDecimalField> amounts = new LinkedHashMap<>();
    private final List<HorizontalLayout> rows = new ArrayList<>();
    private final VerticalLayout plan = new VerticalLayout();
    private final boolean schedule;

    Editor(String label, List<Complainant> people, boolean schedule) {
      this.schedule = schedule;
      setLabel(label);
      setWidthFull();
      VerticalLayout box = new VerticalLayout();
      box.setPadding(false);
      for (Complainant p : people) {
        BigDecimalField amount =
            new BigDecimalField(
                p.name()
                    + cn.linggong.shared.ui.Punctuation.bracketed(
                        this, getTranslation("complaint.claimed", p.amountOwed().toPlainString())));
        amount.setId("amount-" + p.workerId());
        if (schedule) {
          amount.setValue(p.amountOwed());
        }
        amount.addValueChangeListener(e -> updateValue());
        amounts.put(p.workerId(), amount);
        box.add(amount);
      }
      if (schedule) {
        plan.setPadding(false);
        Button add = new Button(getTranslation("complaint.addInstalment"), e -> addRow());
        add.setId("add-instalment");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        box.add(new Span(getTranslation("complaint.schedule")), plan, add);
        addRow();
      }
      add(box);
    }

    private void addRow() {
      int n = rows.size() + 1;
      cn.linggong.shared.ui.DateField due =
          new cn.linggong.shared.ui.DateField(getTranslation("complaint.instalmentDue", n));
      due.setId("instalment-" + n + "-due");
      BigDecimalField amount = new BigDecimalField(getTranslation("complaint.instalmentAmount", n));
      amount.setId("instalment-" + n + "-amount");
      if (n == 1) {
        amount.setValue(
            amounts.values().stream()
                .map(f -> f.getValue() == null ? BigDecimal.ZERO : f.getValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
      }
      due.addValueChangeListener(e -> updateValue());
      amount.addValueChangeListener(e -> updateValue());
      HorizontalLayout row = new HorizontalLayout(due, amount);
      rows.add(row);
      plan.add(row);
    }

    @Override
    protected String generateModelValue() {
      ObjectNode root = JSON.createObjectNode();
      ObjectNode given = schedule ? root.putObject("amounts") : root;
      amounts.forEach(
          (worker, field) -> {
            if (field.getValue() != null) {
              given.put(String.valueOf(worker), field.getValue().toPlainString());
            }
          });
      if (schedule) {
        ArrayNode list = root.putArray("instalments");
        for (HorizontalLayout row : rows) {
          cn.linggong.shared.ui.DateField due =
              (cn.linggong.shared.ui.DateField) row.getComponentAt(0);
          BigDecimalField amount = (BigDecimalField) row.getComponentAt(1);
          if (due.getValue() == null && amount.getValue() == null && !due.unreadable()) {
            continue;
          }
          ObjectNode item = list.addObject();
          // an unreadable date goes as written to the server, which refuses it: never dropped
          item.put(
              "due",
              due.unreadable()
                  ? cn.linggong.shared.ui.DateField.UNREADABLE
                  : due.getValue() == null ? "" : due.getValue().toString());
          item.put("amount", amount.getValue() == null ? "" : amount.getValue().toPlainString());
        }
      }
      return root.toString();
    }

    @Override
    protected void setPresentationValue(String value) {
      // always edited here; a stored value is not shown again
    }
  }
}
