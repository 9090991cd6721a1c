package cn.linggong.monitoring;

import cn.linggong.engine.EngineSettings;
import java.time.YearMonth;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The process's draft step: the district's month drawn up from what the system knows. */
@Component("monitoringDraft")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MonitoringDraft {

  private final MonitoringReports reports;

  public void draw(DelegateExecution execution) {
    reports.draw(
        (String) execution.getVariable(EngineSettings.DISTRICT_VARIABLE),
        YearMonth.parse((String) execution.getVariable(MonitoringStart.VAR_MONTH)),
        cn.linggong.casefile.CaseTimeline.SYSTEM,
        execution.getProcessInstanceId());
  }
}
