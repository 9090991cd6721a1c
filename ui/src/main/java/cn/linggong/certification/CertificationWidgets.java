package cn.linggong.certification;

import cn.linggong.form.FormComponent;
import cn.linggong.identity.CurrentUser;
import cn.linggong.inbox.FormWidget;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The certification forms' widgets: the inspector and the reviewers chosen among the city's
 * reviewers by name, the criteria sheet the application is scored against, and its exclusions.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class CertificationWidgets {

  private final CertificationReading reading;
  private final CurrentUser currentUser;
  private final CriteriaSheets sheets;

  private long applicationId(Map<String, Object> variables) {
    Object id = variables.get(CertificationProcess.VAR_APPLICATION_ID);
    return id instanceof Number n ? n.longValue() : -1;
  }

  @Bean
  FormWidget reviewerPicker() {
    return widget(
        "reviewer-picker",
        (field, variables) -> {
          Map<String, String> scorers = reading.scorers(currentUser.require());
          Select<String> select = new Select<>();
          select.setLabel(field.label());
          select.setId("field-" + field.key());
          select.setItems(scorers.keySet());
          select.setItemLabelGenerator(id -> scorers.getOrDefault(id, id));
          return select;
        },
        c -> ((Select<?>) c).getValue() == null ? "" : ((Select<?>) c).getValue());
  }

  @Bean
  FormWidget reviewersPicker() {
    return widget(
        "reviewers-picker",
        (field, variables) -> {
          Map<String, String> scorers = reading.scorers(currentUser.require());
          MultiSelectComboBox<String> box = new MultiSelectComboBox<>(field.label());
          box.setId("field-" + field.key());
          box.setItems(scorers.keySet());
          box.setItemLabelGenerator(id -> scorers.getOrDefault(id, id));
          box.setWidthFull();
          return box;
        },
        c ->
            ((MultiSelectComboBox<?>) c)
                .getValue().stream()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.joining(",")));
  }

  @Bean
  FormWidget criteriaScores() {
    return widget(
        "criteria-scores",
        (field, variables) ->
            new CriteriaScoresField(
                field.label(), reading.sheetOf(currentUser.require(), applicationId(variables))),
        c -> ((CriteriaScoresField) c).getValue());
  }

  /** The sheet in force now (the annual evaluation scores against it). */
  @Bean
  FormWidget criteriaScoresCurrent() {
    return widget(
        "criteria-scores-current",
        (field, variables) ->
            new CriteriaScoresField(field.label(), sheets.inForce(currentUser.require())),
        c -> ((CriteriaScoresField) c).getValue());
  }

  @Bean
  FormWidget criteriaExclusionsCurrent() {
    return widget(
        "criteria-exclusions-current",
        (field, variables) -> exclusions(field, sheets.inForce(currentUser.require())),
        c ->
            ((CheckboxGroup<?>) c)
                .getValue().stream()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.joining(",")));
  }

  private static CheckboxGroup<String> exclusions(FormComponent field, CriteriaSheet sheet) {
    CheckboxGroup<String> group = new CheckboxGroup<>(field.label());
    group.setId("field-" + field.key());
    Map<String, String> texts =
        sheet.exclusions().stream()
            .collect(
                Collectors.toMap(
                    CriteriaSheet.Exclusion::code,
                    CriteriaSheet.Exclusion::text,
                    (a, b) -> a,
                    java.util.LinkedHashMap::new));
    group.setItems(texts.keySet());
    group.setItemLabelGenerator(code -> texts.getOrDefault(code, code));
    return group;
  }

  @Bean
  FormWidget criteriaExclusions() {
    return widget(
        "criteria-exclusions",
        (field, variables) ->
            exclusions(field, reading.sheetOf(currentUser.require(), applicationId(variables))),
        c ->
            ((CheckboxGroup<?>) c)
                .getValue().stream()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.joining(",")));
  }

  private static FormWidget widget(
      String name,
      java.util.function.BiFunction<FormComponent, Map<String, Object>, Component> create,
      java.util.function.Function<Component, Object> value) {
    return new FormWidget() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Component create(FormComponent field, Map<String, Object> variables) {
        Component c = create.apply(field, variables);
        if (c instanceof HasValue<?, ?> v) {
          v.setRequiredIndicatorVisible(field.validate() != null && field.validate().required());
        }
        return c;
      }

      @Override
      public Object value(Component component) {
        return value.apply(component);
      }
    };
  }
}
