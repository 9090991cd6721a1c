package cn.linggong.assistance;

import cn.linggong.employer.JobCategories;
import cn.linggong.employer.JobCategory;
import cn.linggong.form.FormComponent;
import cn.linggong.inbox.FormWidget;
import cn.linggong.shared.ui.DictionaryPicker;
import com.vaadin.flow.component.Component;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Job categories from the dictionary ({@code properties.widget = "job-categories"}); the value is
 * the codes separated by commas, as the {@code job-categories} validator reads them.
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JobCategoriesWidget implements FormWidget {

  private final JobCategories categories;

  @Override
  public String name() {
    return "job-categories";
  }

  @Override
  public Component create(FormComponent field, Map<String, Object> variables) {
    return new DictionaryPicker<>(
        field.label(),
        categories.active().stream()
            .sorted(java.util.Comparator.comparingInt(JobCategory::sortOrder))
            .toList(),
        JobCategory::code,
        JobCategory::label);
  }

  @Override
  public Object value(Component component) {
    return ((DictionaryPicker<?>) component).getValue();
  }
}
