package cn.linggong.assistance;

import cn.linggong.form.FormComponent;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.inbox.FormWidget;
import cn.linggong.shared.ui.DictionaryPicker;
import com.vaadin.flow.component.Component;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Districts ({@code properties.widget = "districts"}); the value is their ids separated by commas,
 * as the {@code districts} validator reads them.
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DistrictsWidget implements FormWidget {

  private final Districts districts;

  @Override
  public String name() {
    return "districts";
  }

  @Override
  public Component create(FormComponent field, Map<String, Object> variables) {
    return new DictionaryPicker<>(
        field.label(), districts.districts(), District::id, (district, locale) -> district.name());
  }

  @Override
  public Object value(Component component) {
    return ((DictionaryPicker<?>) component).getValue();
  }
}
