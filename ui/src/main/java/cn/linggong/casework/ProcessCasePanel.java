package cn.linggong.casework;

import cn.linggong.inbox.CasePanel;

/** A side panel for the tasks of one process, drawn with {@link CaseSidePanel}. */
public abstract class ProcessCasePanel implements CasePanel {

  private final String processDefinitionKey;
  protected final CaseContext context;

  protected ProcessCasePanel(String processDefinitionKey, CaseContext context) {
    this.processDefinitionKey = processDefinitionKey;
    this.context = context;
  }

  @Override
  public boolean handles(String key) {
    return processDefinitionKey.equals(key);
  }
}
