package cn.linggong.monitoring;

import cn.linggong.engine.EngineSettings;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.time.EngineTime;
import cn.linggong.sla.TimeLimits;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a month's monitoring: on the 1st the timer of {@code market_monitoring_month} calls {@link
 * #startMonth} and each district gets one {@code market_monitoring} (its business key is the
 * report's number, so a district that has the month's instance is skipped); a district's supervisor
 * may start a month that has none (a system that first ran after the 1st).
 */
@Service("monitoringStart")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MonitoringStart {

  public static final String MONTH_PROCESS = "market_monitoring_month";
  static final String VAR_MONTH = "month";
  static final String VAR_DRAFT_AT = "draftAt";

  private static final Logger log = LoggerFactory.getLogger(MonitoringStart.class);

  private final RuntimeService runtime;
  private final HistoryService history;
  private final Districts districts;
  private final MonitoringReports reports;
  private final MonitoringProperties properties;
  private final TimeLimits timeLimits;
  private final EngineTime engineTime;

  /** The timer's step: this month for every district. */
  public void startMonth(DelegateExecution execution) {
    YearMonth month = YearMonth.from(engineTime.now().atZone(timeLimits.zone()));
    int started = 0;
    for (District d : districts.districts()) {
      if (start(d.id(), month)) {
        started++;
      }
    }
    log.info("Started the {} monitoring of {} districts", month, started);
  }

  /** A supervisor starts the month of the own district (city: the one named) if it has none. */
  @Transactional
  public boolean start(LinggongUser user, String districtId, YearMonth month) {
    MonitoringPolicy.SIGN.check(user);
    return start(MonitoringReports.own(user, districtId), month);
  }

  /** Starts one district's month unless it was started before; whether it started. */
  @Transactional
  public boolean start(String districtId, YearMonth month) {
    String no = reports.reportNo(districtId, month);
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no).count() > 0) {
      return false;
    }
    ZoneId zone = timeLimits.zone();
    runtime
        .createProcessInstanceByKey(MonitoringReports.PROCESS)
        .processDefinitionWithoutTenantId()
        .businessKey(no)
        .setVariables(
            Variables.createVariables()
                .putValue(EngineSettings.DISTRICT_VARIABLE, districtId)
                .putValue(VAR_MONTH, month.toString())
                .putValue(
                    VAR_DRAFT_AT,
                    Date.from(
                        month
                            .atDay(properties.draftDay())
                            .atTime(properties.draftHour(), 0)
                            .atZone(zone)
                            .toInstant()))
                .putValue(
                    TimeLimits.LIMIT_FROM_VARIABLE,
                    Date.from(month.atDay(1).minusDays(1).atStartOfDay(zone).toInstant())))
        .execute();
    return true;
  }
}
