package cn.linggong.inbox;

import com.vaadin.flow.component.Component;

/**
 * What a process shows beside a task's form (the worker's card, the complaint's amounts…). A
 * feature registers a Spring bean for its process; a process without one shows no panel.
 */
public interface CasePanel {

  boolean handles(String processDefinitionKey);

  Component create(TaskDetails.Summary task);
}
