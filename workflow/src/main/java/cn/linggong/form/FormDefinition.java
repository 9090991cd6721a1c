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

  /**
   * The keys of the inputs hidden for these values (the form's fields as entered over the process
   * variables): those whose own condition holds, and everything inside a hidden group.
   */
  public java.util.Set<String> hidden(java.util.Map<String, ?> values) {
    java.util.Set<String> hidden = new java.util.HashSet<>();
    hide(components, values, false, hidden);
    return hidden;
  }

  private static void hide(
      List<FormComponent> components,
      java.util.Map<String, ?> values,
      boolean inHidden,
      java.util.Set<String> into) {
    for (FormComponent c : components) {
      boolean hidden = inHidden || (c.hide() != null && c.hide().test(values));
      if (hidden && c.isInput()) {
        into.add(c.key());
      }
      if (c.components() != null) {
        hide(c.components(), values, hidden, into);
      }
    }
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
