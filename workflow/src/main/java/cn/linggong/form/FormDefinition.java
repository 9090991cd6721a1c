package cn.linggong.form;

import java.util.ArrayList;
import java.util.List;

/**
 * A Camunda Form: its id (what {@code camunda:formRef} names), the file it came from, its
 * components.
 */
public record FormDefinition(String id, String source, List<FormComponent> components) {

  /** Every input component, groups flattened, in form order. */
  public List<FormComponent> inputs() {
    List<FormComponent> inputs = new ArrayList<>();
    collect(components, inputs);
    return inputs;
  }

  private static void collect(List<FormComponent> components, List<FormComponent> into) {
    for (FormComponent c : components) {
      if (c.isInput()) {
        into.add(c);
      }
      if (c.components() != null) {
        collect(c.components(), into);
      }
    }
  }
}
