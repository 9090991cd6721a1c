package cn.linggong.inbox;

import cn.linggong.form.FormComponent;
import cn.linggong.form.FormDefinition;
import cn.linggong.form.FormTypes;
import cn.linggong.shared.validation.FieldViolation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders a Camunda Form (form-js) with Vaadin's core components: every supported type, labels,
 * descriptions, defaults (or the process variable of the same key), read-only and disabled fields,
 * options static or from a variable, custom widgets by name, components shown or hidden by their
 * {@code conditional.hide} as choices are made. What the person enters is read back as the form
 * validator expects it; the server's refusals are shown beside each field.
 */
@org.springframework.stereotype.Component
public class FormRenderer {

  /** The id of a field's component: {@code field-<key>}. */
  static final String FIELD = "field-";

  private final Map<String, FormWidget> widgets = new LinkedHashMap<>();
  private final org.springframework.context.MessageSource messages;
  private final cn.linggong.sla.TimeLimits timeLimits;

  public FormRenderer(
      List<FormWidget> widgets,
      org.springframework.context.MessageSource messages,
      cn.linggong.sla.TimeLimits timeLimits) {
    widgets.forEach(w -> this.widgets.put(w.name(), w));
    this.messages = messages;
    this.timeLimits = timeLimits;
  }

  /** A rendered form: the layout, and how to read and mark its fields. */
  public static final class Rendered extends FormLayout {
    private final Map<String, Supplier<Object>> readers = new LinkedHashMap<>();
    private final Map<String, HasValidation> validations = new LinkedHashMap<>();
    private final List<Map.Entry<Component, List<cn.linggong.form.FormExpression>>> conditions =
        new java.util.ArrayList<>();
    private Map<String, Object> variables = Map.of();

    /**
     * Shows or hides each conditional component for the values now entered, as the server will
     * judge them (a hidden field is neither required nor taken).
     */
    void refresh() {
      Map<String, Object> now = new java.util.HashMap<>(variables);
      now.putAll(entered());
      hidden.clear();
      for (var entry : conditions) {
        boolean shown = entry.getValue().stream().noneMatch(e -> e.test(now));
        entry.getKey().setVisible(shown);
        String key = entry.getKey().getId().orElse("");
        if (!shown && key.startsWith(FIELD)) {
          hidden.add(key.substring(FIELD.length()));
        }
      }
    }

    private void when(Component component, List<cn.linggong.form.FormExpression> hideWhen) {
      if (!hideWhen.isEmpty()) {
        conditions.add(Map.entry(component, hideWhen));
      }
    }

    private final java.util.Set<String> hidden = new java.util.HashSet<>();

    /**
     * The values as entered, by key, for the server-side validator; a field hidden by its condition
     * sends nothing (what was typed before its branch was left is not sent).
     */
    public Map<String, Object> values() {
      Map<String, Object> values = entered();
      hidden.forEach(values::remove);
      return values;
    }

    private Map<String, Object> entered() {
      Map<String, Object> values = new LinkedHashMap<>();
      readers.forEach((key, reader) -> values.put(key, reader.get()));
      return values;
    }

    /** Shows each refusal beside its field; returns the refusals of fields not on the form. */
    public List<FieldViolation> showErrors(
        List<FieldViolation> violations, java.util.function.Function<FieldViolation, String> text) {
      validations.values().forEach(v -> v.setInvalid(false));
      List<FieldViolation> elsewhere = new java.util.ArrayList<>();
      for (FieldViolation v : violations) {
        HasValidation field = validations.get(v.field());
        if (field == null) {
          elsewhere.add(v);
        } else {
          field.setErrorMessage(text.apply(v));
          field.setInvalid(true);
        }
      }
      return elsewhere;
    }

    public HasValidation field(String key) {
      return validations.get(key);
    }
  }

  public Rendered render(FormDefinition form, Map<String, Object> variables) {
    Rendered rendered = new Rendered();
    rendered.setId("task-form");
    rendered.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    java.util.Locale locale =
        com.vaadin.flow.component.UI.getCurrent() == null
            ? java.util.Locale.SIMPLIFIED_CHINESE
            : com.vaadin.flow.component.UI.getCurrent().getLocale();
    rendered.variables = variables;
    add(
        rendered,
        rendered,
        localized(form.id(), form.components(), locale, new int[1]),
        variables,
        List.of());
    rendered.refresh();
    return rendered;
  }

  /**
   * The key of a component's text in the forms bundle: form.&lt;id&gt;.&lt;key&gt; or
   * .text&lt;n&gt;.
   */
  public static String textKey(String formId, FormComponent c, int[] texts) {
    return c.key() != null
        ? "form." + formId + "." + c.key()
        : FormTypes.TEXT.equals(c.type()) ? "form." + formId + ".text" + (++texts[0]) : null;
  }

  /**
   * The form's texts in the person's language: the bundle {@code i18n/forms} where it has them
   * (English), else the form's own (Chinese) labels as drawn in Camunda Modeler.
   */
  private List<FormComponent> localized(
      String formId, List<FormComponent> components, java.util.Locale locale, int[] texts) {
    List<FormComponent> out = new java.util.ArrayList<>();
    for (FormComponent c : components) {
      String key = textKey(formId, c, texts);
      java.util.Locale language = cn.linggong.shared.i18n.Languages.closest(locale);
      String label =
          key == null ? timeLimits.fill(c.label(), language) : text(key, locale, c.label());
      String text =
          FormTypes.TEXT.equals(c.type()) && key != null ? text(key, locale, c.text()) : c.text();
      String description =
          key == null
              ? timeLimits.fill(c.description(), language)
              : text(key + ".description", locale, c.description());
      List<FormComponent.Option> values =
          c.values() == null
              ? null
              : c.values().stream()
                  .map(
                      o ->
                          new FormComponent.Option(
                              key == null
                                  ? timeLimits.fill(o.label(), language)
                                  : text(key + "." + o.value(), locale, o.label()),
                              o.value()))
                  .toList();
      out.add(
          new FormComponent(
              c.type(),
              c.key(),
              label,
              description,
              c.defaultValue(),
              c.readonly(),
              c.disabled(),
              c.validate(),
              values,
              c.valuesKey(),
              c.subtype(),
              text,
              c.decimalDigits(),
              c.properties(),
              c.components() == null ? null : localized(formId, c.components(), locale, texts),
              c.hide()));
    }
    return out;
  }

  /** A text in the person's language, {@code [[limit:KEY]]} read from the time-limit table. */
  private String text(String key, java.util.Locale locale, String fallback) {
    java.util.Locale language = cn.linggong.shared.i18n.Languages.closest(locale);
    return timeLimits.fill(messages.getMessage(key, null, fallback, language), language);
  }

  private void add(
      Rendered rendered,
      FormLayout into,
      List<FormComponent> components,
      Map<String, Object> variables,
      List<cn.linggong.form.FormExpression> hiddenWith) {
    for (FormComponent c : components) {
      List<cn.linggong.form.FormExpression> hideWhen = hiddenWith;
      if (c.hide() != null) {
        hideWhen = new java.util.ArrayList<>(hiddenWith);
        hideWhen.add(c.hide());
      }
      Component shown;
      switch (c.type()) {
        case FormTypes.TEXT -> shown = new Markdown(c.text() == null ? "" : c.text());
        case FormTypes.SEPARATOR -> shown = new Hr();
        case FormTypes.GROUP -> {
          shown = new H4(c.label() == null ? "" : c.label());
          into.add(shown);
          into.setColspan(shown, 2);
          rendered.when(shown, hideWhen);
          add(rendered, into, c.components(), variables, hideWhen);
          continue;
        }
        default -> {
          shown = input(rendered, c, variables);
          shown.setId(FIELD + c.key());
        }
      }
      into.add(shown);
      // texts, long answers, checklists and widgets (a job picker's grid) take the whole row
      if (!c.isInput()
          || FormTypes.TEXTAREA.equals(c.type())
          || FormTypes.CHECKLIST.equals(c.type())
          || c.property("widget") != null) {
        into.setColspan(shown, 2);
      }
      rendered.when(shown, hideWhen);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Component input(Rendered rendered, FormComponent c, Map<String, Object> variables) {
    Object initial = variables.containsKey(c.key()) ? variables.get(c.key()) : c.defaultValue();
    String widgetName = c.property("widget");
    if (widgetName != null && widgets.containsKey(widgetName)) {
      FormWidget widget = widgets.get(widgetName);
      Component component = widget.create(c, variables);
      rendered.readers.put(c.key(), () -> widget.value(component));
      if (component instanceof HasValue<?, ?> changes) {
        changes.addValueChangeListener(e -> rendered.refresh());
      }
      if (component instanceof HasValidation v) {
        rendered.validations.put(c.key(), v);
      }
      return component;
    }
    Component component;
    Supplier<Object> reader;
    switch (c.type()) {
      case FormTypes.TEXTFIELD -> {
        TextField f = new TextField(c.label());
        reader = text(f, f::setMaxLength, c, initial);
        component = f;
      }
      case FormTypes.TEXTAREA -> {
        TextArea f = new TextArea(c.label());
        reader = text(f, f::setMaxLength, c, initial);
        component = f;
      }
      case FormTypes.NUMBER -> {
        BigDecimalField f = new BigDecimalField(c.label());
        if (initial != null) {
          f.setValue(new BigDecimal(String.valueOf(initial)));
        }
        component = f;
        reader = () -> f.getValue() == null ? null : f.getValue().toPlainString();
      }
      case FormTypes.CHECKBOX -> {
        Checkbox f = new Checkbox(c.label());
        f.setValue(Boolean.TRUE.equals(initial) || "true".equals(String.valueOf(initial)));
        component = f;
        reader = f::getValue;
      }
      case FormTypes.CHECKLIST -> {
        CheckboxGroup<String> f = new CheckboxGroup<>(c.label());
        reader = multiple(f, f::setItems, f::setItemLabelGenerator, options(c, variables), initial);
        component = f;
      }
      case FormTypes.TAGLIST -> {
        MultiSelectComboBox<String> f = new MultiSelectComboBox<>(c.label());
        reader = multiple(f, f::setItems, f::setItemLabelGenerator, options(c, variables), initial);
        component = f;
      }
      case FormTypes.RADIO -> {
        RadioButtonGroup<String> f = new RadioButtonGroup<>(c.label());
        Map<String, String> options = options(c, variables);
        f.setItems(options.keySet());
        f.setItemLabelGenerator(options::get);
        if (initial != null && options.containsKey(String.valueOf(initial))) {
          f.setValue(String.valueOf(initial));
        }
        component = f;
        reader = f::getValue;
      }
      case FormTypes.SELECT -> {
        Select<String> f = new Select<>();
        f.setLabel(c.label());
        Map<String, String> options = options(c, variables);
        f.setItems(options.keySet());
        f.setItemLabelGenerator(options::get);
        if (initial != null && options.containsKey(String.valueOf(initial))) {
          f.setValue(String.valueOf(initial));
        }
        component = f;
        reader = f::getValue;
      }
      case FormTypes.DATETIME -> {
        String subtype = c.subtype() == null ? "date" : c.subtype();
        if ("time".equals(subtype)) {
          TimePicker f = new TimePicker(c.label());
          if (initial != null) {
            f.setValue(LocalTime.parse(String.valueOf(initial)));
          }
          component = f;
          reader = () -> f.getValue() == null ? null : f.getValue().toString();
        } else if ("datetime".equals(subtype)) {
          DateTimePicker f = new DateTimePicker(c.label());
          if (initial != null) {
            f.setValue(LocalDateTime.parse(String.valueOf(initial)));
          }
          component = f;
          reader = () -> f.getValue() == null ? null : f.getValue().toString();
        } else {
          cn.linggong.shared.ui.DateField f = new cn.linggong.shared.ui.DateField(c.label());
          if (initial != null) {
            f.setValue(LocalDate.parse(String.valueOf(initial)));
          }
          component = f;
          reader =
              () ->
                  f.unreadable()
                      ? cn.linggong.shared.ui.DateField.UNREADABLE
                      : f.getValue() == null ? null : f.getValue().toString();
        }
      }
      default -> throw new IllegalStateException("Unsupported form field type " + c.type());
    }
    HasValue<?, ?> value = (HasValue<?, ?>) component;
    value.setRequiredIndicatorVisible(c.validate().required());
    value.setReadOnly(c.readonly());
    if (c.disabled() && component instanceof com.vaadin.flow.component.HasEnabled e) {
      e.setEnabled(false);
    }
    if (c.description() != null && component instanceof com.vaadin.flow.component.HasHelper h) {
      h.setHelperText(c.description());
    }
    value.addValueChangeListener(e -> rendered.refresh());
    rendered.readers.put(c.key(), reader);
    rendered.validations.put(c.key(), (HasValidation) component);
    return component;
  }

  /** Fills a text field or area; returns how to read it. */
  private static Supplier<Object> text(
      HasValue<?, String> field,
      java.util.function.IntConsumer setMaxLength,
      FormComponent c,
      Object initial) {
    if (initial != null) {
      field.setValue(String.valueOf(initial));
    }
    if (c.validate().maxLength() != null) {
      setMaxLength.accept(c.validate().maxLength());
    }
    return field::getValue;
  }

  /** Fills a field of several choices (checklist, taglist); returns how to read what was chosen. */
  private static Supplier<Object> multiple(
      com.vaadin.flow.data.selection.MultiSelect<?, String> field,
      java.util.function.Consumer<Collection<String>> setItems,
      java.util.function.Consumer<com.vaadin.flow.component.ItemLabelGenerator<String>> setLabels,
      Map<String, String> options,
      Object initial) {
    setItems.accept(options.keySet());
    setLabels.accept(options::get);
    if (initial instanceof Collection<?> list) {
      field.setValue(new LinkedHashSet<>(list.stream().map(String::valueOf).toList()));
    }
    return () -> List.copyOf(field.getValue());
  }

  /** value → label, static or from the process variable {@code valuesKey}. */
  private static Map<String, String> options(FormComponent c, Map<String, Object> variables) {
    Map<String, String> options = new LinkedHashMap<>();
    if (c.valuesKey() != null && variables.get(c.valuesKey()) instanceof Collection<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          options.put(String.valueOf(m.get("value")), String.valueOf(m.get("label")));
        } else {
          options.put(String.valueOf(o), String.valueOf(o));
        }
      }
    } else {
      c.values().forEach(o -> options.put(o.value(), o.label() == null ? o.value() : o.label()));
    }
    return options;
  }
}
