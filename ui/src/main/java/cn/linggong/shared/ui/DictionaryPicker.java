package cn.linggong.shared.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks values of a dictionary (districts, job categories, and next market kinds or services) by
 * their names; the value is their codes separated by commas, in the dictionary's order, as the
 * domain validators read them.
 */
public class DictionaryPicker<T> extends CustomField<String> {

  private final MultiSelectComboBox<T> box = new MultiSelectComboBox<>();
  private final List<T> ordered;
  private final Function<T, String> code;
  private final Map<String, T> byCode;

  /** {@code values} in the order they are listed and written. */
  public DictionaryPicker(
      String label,
      List<T> values,
      Function<T, String> code,
      java.util.function.BiFunction<T, java.util.Locale, String> name) {
    this.ordered = List.copyOf(values);
    this.code = code;
    this.byCode = ordered.stream().collect(Collectors.toMap(code, v -> v));
    setLabel(label);
    box.setItems(ordered);
    box.setItemLabelGenerator(v -> name.apply(v, getLocale()));
    box.addValueChangeListener(e -> updateValue());
    box.setWidthFull();
    add(box);
  }

  @Override
  protected String generateModelValue() {
    return ordered.stream()
        .filter(box.getValue()::contains)
        .map(code)
        .collect(Collectors.joining(","));
  }

  @Override
  protected void setPresentationValue(String value) {
    box.setValue(
        value == null
            ? java.util.Set.of()
            : Arrays.stream(value.split(","))
                .map(String::trim)
                .map(byCode::get)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
  }
}
