package cn.linggong.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.Collection;
import java.util.Map;

/**
 * Marks a dialog's required fields before anything is saved, by the keys the service refuses as
 * missing ({@code RequiredMarksTest} holds each dialog's marks to its service's refusals).
 */
public final class RequiredMarks {

  private RequiredMarks() {}

  /**
   * These keys, and the district for a city-level person (a district's person registers in the own
   * district without choosing it).
   */
  public static java.util.List<String> withDistrict(boolean cityLevel, String... keys) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(keys));
    if (cityLevel) {
      all.add("districtId");
    }
    return all;
  }

  /** Shows the required mark on these fields (or takes it off). */
  public static void require(boolean required, HasValue<?, ?>... fields) {
    for (HasValue<?, ?> field : fields) {
      field.setRequiredIndicatorVisible(required);
    }
  }

  /** Shows the required mark on each field named; the others lose it. */
  public static void mark(Map<String, ? extends HasValidation> fields, Collection<String> keys) {
    fields.forEach(
        (key, field) -> {
          if (field instanceof HasValue<?, ?> value) {
            value.setRequiredIndicatorVisible(keys.contains(key));
          }
        });
  }
}
