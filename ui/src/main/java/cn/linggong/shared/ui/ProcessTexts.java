package cn.linggong.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Process and step names in the screen's language. The BPMN keeps its Chinese names (Modeler shows
 * them); screens take {@code process.<key>} and {@code step.<task id>} from the bundles, the BPMN's
 * name only where a bundle has none (a process deployed by hand).
 */
public final class ProcessTexts {

  private ProcessTexts() {}

  public static String process(Component c, String processKey, String bpmnName) {
    return orElse(c, "process." + processKey, bpmnName);
  }

  public static String step(Component c, String taskKey, String bpmnName) {
    return orElse(c, "step." + taskKey, bpmnName);
  }

  /** The text of {@code key}, or {@code fallback} where the bundles have none. */
  public static String orElse(Component c, String key, String fallback) {
    String text = c.getTranslation(key);
    return text.startsWith("!") ? fallback : text;
  }
}
