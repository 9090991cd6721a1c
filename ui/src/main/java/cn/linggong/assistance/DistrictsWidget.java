package cn.linggong.assistance;

import cn.linggong.form.FormComponent;
import cn.linggong.identity.DirectoryService;
import cn.linggong.inbox.FormWidget;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Districts ({@code properties.widget = "districts"}); the value is their ids separated by commas,
 * as the {@code districts} validator reads them.
 */
@org.springframework.stereotype.Component
class DistrictsWidget implements FormWidget {

  private final DirectoryService directory;

  DistrictsWidget(DirectoryService directory) {
    this.directory = directory;
  }

  @Override
  public String name() {
    return "districts";
  }

  @Override
  public Component create(FormComponent field, Map<String, Object> variables) {
    return new Picker(field.label(), directory);
  }

  @Override
  public Object value(Component component) {
    return ((Picker) component).getValue();
  }

  static final class Picker extends CustomField<String> {
    private final MultiSelectComboBox<DirectoryService.District> box = new MultiSelectComboBox<>();
    private final Map<String, DirectoryService.District> byId;

    Picker(String label, DirectoryService directory) {
      setLabel(label);
      byId =
          directory.districts().stream()
              .collect(Collectors.toMap(DirectoryService.District::id, d -> d));
      box.setItems(directory.districts());
      box.setItemLabelGenerator(DirectoryService.District::name);
      box.addValueChangeListener(e -> updateValue());
      box.setWidthFull();
      add(box);
    }

    @Override
    protected String generateModelValue() {
      return box.getValue().stream()
          .map(DirectoryService.District::id)
          .sorted()
          .collect(Collectors.joining(","));
    }

    @Override
    protected void setPresentationValue(String value) {
      box.setValue(
          cn.linggong.employer.JobCategories.split(value).stream()
              .map(byId::get)
              .filter(java.util.Objects::nonNull)
              .collect(Collectors.toSet()));
    }
  }
}
