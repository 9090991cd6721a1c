package cn.linggong.assistance;

import cn.linggong.employer.JobCategories;
import cn.linggong.employer.JobCategory;
import cn.linggong.form.FormComponent;
import cn.linggong.inbox.FormWidget;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Job categories from the dictionary ({@code properties.widget = "job-categories"}); the value is
 * the codes separated by commas, as the {@code job-categories} validator reads them.
 */
@org.springframework.stereotype.Component
class JobCategoriesWidget implements FormWidget {

  private final JobCategories categories;

  JobCategoriesWidget(JobCategories categories) {
    this.categories = categories;
  }

  @Override
  public String name() {
    return "job-categories";
  }

  @Override
  public Component create(FormComponent field, Map<String, Object> variables) {
    return new Picker(field.label(), categories);
  }

  @Override
  public Object value(Component component) {
    return ((Picker) component).getValue();
  }

  static final class Picker extends CustomField<String> {
    private final MultiSelectComboBox<JobCategory> box = new MultiSelectComboBox<>();
    private final Map<String, JobCategory> byCode;

    Picker(String label, JobCategories categories) {
      setLabel(label);
      byCode = categories.active().stream().collect(Collectors.toMap(JobCategory::code, c -> c));
      box.setItems(
          byCode.values().stream()
              .sorted(java.util.Comparator.comparingInt(JobCategory::sortOrder))
              .toList());
      box.setItemLabelGenerator(c -> c.label(getLocale()));
      box.addValueChangeListener(e -> updateValue());
      box.setWidthFull();
      add(box);
    }

    MultiSelectComboBox<JobCategory> box() {
      return box;
    }

    @Override
    protected String generateModelValue() {
      return box.getValue().stream()
          .sorted(java.util.Comparator.comparingInt(JobCategory::sortOrder))
          .map(JobCategory::code)
          .collect(Collectors.joining(","));
    }

    @Override
    protected void setPresentationValue(String value) {
      Set<JobCategory> chosen =
          JobCategories.split(value).stream()
              .map(byCode::get)
              .filter(java.util.Objects::nonNull)
              .collect(Collectors.toSet());
      box.setValue(chosen);
    }
  }
}
