package cn.linggong.testsupport;

/** Test-only BPMN: a process of one user task, with the time limit every user task must name. */
public final class TestProcesses {

  private TestProcesses() {}

  /** Deploys a test BPMN resource for the district kf-gulou unless its process is there. */
  public static void deployOnce(
      org.camunda.bpm.engine.RepositoryService repositoryService,
      String processKey,
      String classpathResource) {
    if (!deployed(repositoryService, processKey)) {
      repositoryService
          .createDeployment()
          .tenantId("kf-gulou")
          .addClasspathResource(classpathResource)
          .deploy();
    }
  }

  /** Deploys test BPMN text for the district kf-gulou unless its process is there. */
  public static void deployOnce(
      org.camunda.bpm.engine.RepositoryService repositoryService,
      String processKey,
      String resourceName,
      String bpmn) {
    if (!deployed(repositoryService, processKey)) {
      repositoryService
          .createDeployment()
          .tenantId("kf-gulou")
          .addString(resourceName, bpmn)
          .deploy();
    }
  }

  /**
   * Starts the one-task test process ({@code bpmn/tenant-isolation.bpmn}, candidate group
   * caseworker) in a district, deploying it there first if needed; the id of its task.
   */
  public static String tenantTask(
      org.camunda.bpm.engine.RepositoryService repositoryService,
      org.camunda.bpm.engine.RuntimeService runtimeService,
      org.camunda.bpm.engine.TaskService taskService,
      String district,
      String businessKey) {
    deployTenantTask(repositoryService, district);
    var instance =
        runtimeService
            .createProcessInstanceByKey("test_tenant_isolation")
            .processDefinitionTenantId(district)
            .businessKey(businessKey)
            .execute();
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  /** Deploys the one-task test process for a district unless it is there. */
  public static void deployTenantTask(
      org.camunda.bpm.engine.RepositoryService repositoryService, String district) {
    if (repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("test_tenant_isolation")
            .tenantIdIn(district)
            .count()
        == 0) {
      repositoryService
          .createDeployment()
          .tenantId(district)
          .addClasspathResource("bpmn/tenant-isolation.bpmn")
          .deploy();
    }
  }

  private static boolean deployed(
      org.camunda.bpm.engine.RepositoryService repositoryService, String processKey) {
    return repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .tenantIdIn("kf-gulou")
            .count()
        > 0;
  }

  /**
   * @param formRef the Camunda Form id the task shows (bound to its deployment), or null for none
   */
  public static String oneUserTask(
      String processId,
      String processName,
      String taskName,
      String candidateGroup,
      String formRef) {
    String form =
        formRef == null
            ? ""
            : " camunda:formRef=\"" + formRef + "\" camunda:formRefBinding=\"deployment\"";
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://linggong.cn/test">
          <bpmn:process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="start_event"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start_event" targetRef="user_task_work"/>
            <bpmn:userTask id="user_task_work" name="%s" camunda:candidateGroups="%s"%s>
              <bpmn:extensionElements><camunda:properties>
                <camunda:property name="timeLimit" value="complaint.acceptance"/>
              </camunda:properties></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="user_task_work" targetRef="end_event"/>
            <bpmn:endEvent id="end_event"/>
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(processId, processName, taskName, candidateGroup, form);
  }
}
