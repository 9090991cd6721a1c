package cn.linggong.inbox;

import cn.linggong.form.FormComponent;
import com.vaadin.flow.component.Component;
import java.util.Map;

/**
 * A custom field a feature registers for forms that name it ({@code properties.widget}), e.g. a job
 * picker. A Spring bean implementing this is used wherever a form names its {@link #name()}.
 */
public interface FormWidget {

  String name();

  /** A field component that also implements HasValue and HasValidation. */
  Component create(FormComponent field, Map<String, Object> variables);

  /** The field's value as the form validator expects it (text, list, boolean). */
  Object value(Component component);
}
