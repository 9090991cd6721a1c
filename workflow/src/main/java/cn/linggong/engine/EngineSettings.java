package cn.linggong.engine;

import cn.linggong.identity.LoginProperties;
import cn.linggong.identity.Roles;
import cn.linggong.inbox.InboxService;
import cn.linggong.sla.EscalationService;
import cn.linggong.sla.ProvisionalDates;
import cn.linggong.sla.TimeLimits;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine settings that Linggong needs beyond Camunda's defaults. Kept in one place so that a move
 * to a compatible engine fork is a rename.
 *
 * <ul>
 *   <li>Districts are tenants; the groups {@code admin} and {@code city} are the engine's admin
 *       groups, so city-level staff are not limited to one tenant.
 *   <li>Camunda's own login delay and lock are switched off: Linggong locks accounts itself ({@code
 *       linggong.security.*}), for a set time, with a message people understand.
 *   <li>The engine's business calendars count working days ({@code P5WD}), and every user task gets
 *       its due date and escalation from the time limit it names ({@link TaskTimeLimits}).
 *   <li>Letters are made by jobs of the engine ({@link EngineLetterQueue}), retried on {@code
 *       linggong.document.retry-cycle}; one that runs out of retries is an incident.
 *   <li>Passwords are hashed with PBKDF2 ({@link Pbkdf2PasswordEncryptor}).
 *   <li>Ids of users, groups and tenants may hold lower-case words joined by hyphens ({@code
 *       kf-gulou}).
 * </ul>
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EngineSettings extends AbstractProcessEnginePlugin {

  private final LoginProperties loginProperties;
  private final ObjectProvider<TimeLimits> timeLimits;
  private final ObjectProvider<EscalationService> escalations;
  private final ObjectProvider<InboxService> inbox;
  private final ObjectProvider<ProvisionalDates> provisional;
  private final ObjectProvider<TimerDates> timerDates;
  private final ObjectProvider<cn.linggong.inbox.Absences> absences;
  private final ObjectProvider<cn.linggong.casefile.DeferredLetters> letters;
  private final cn.linggong.casefile.DocumentProperties documents;

  static final String ID_PATTERN = "[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantCheckEnabled(true);
    // the engine adds its own camunda-admin group to this list
    configuration.setAdminGroups(new ArrayList<>(List.of(Roles.ADMIN, Roles.CITY)));
    configuration.setLoginDelayBase(0);
    configuration.setLoginDelayFactor(0);
    configuration.setLoginDelayMaxTime(0);
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setUserResourceWhitelistPattern(ID_PATTERN);
    configuration.setGroupResourceWhitelistPattern(ID_PATTERN);
    configuration.setTenantResourceWhitelistPattern(ID_PATTERN);
    configuration.setPasswordEncryptor(
        new Pbkdf2PasswordEncryptor(loginProperties.passwordHashIterations()));
    // hashes the engine wrote with its SHA-512 default still verify: the engine keeps that checker

    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(
        DurationBusinessCalendar.NAME,
        new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), timerDates));
    calendars.addBusinessCalendar(
        DueDateBusinessCalendar.NAME,
        new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), timerDates));
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(calendars);

    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration
        .getCustomPreBPMNParseListeners()
        .add(
            new TaskTimeLimits.ParseListener(
                timeLimits, escalations, inbox, provisional, absences));
    List<JobHandler> handlers =
        configuration.getCustomJobHandlers() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(new TaskTimeLimits.EscalationJobHandler(escalations, timeLimits));
    handlers.add(new EngineLetterQueue.LetterJobHandler(letters));
    configuration.setCustomJobHandlers(handlers);
    // a letter's incident also marks the letter failed and mails the admins
    configuration.setCustomIncidentHandlers(
        new ArrayList<>(EngineLetterQueue.incidentHandlers(letters)));
    configuration.setTenantIdProvider(new DistrictTenants());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // after the starter's own settings: a failed letter job is tried again on its cycle
    configuration.setFailedJobCommandFactory(
        new EngineLetterQueue.LetterRetries(documents.retryCycle()));
  }

  /**
   * Processes are deployed once for all districts; each case runs in its district's tenant, named
   * by the start variable {@value #DISTRICT_VARIABLE}, so that district users see only their own.
   */
  public static final String DISTRICT_VARIABLE = "districtId";

  static final class DistrictTenants
      implements org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(
        org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext ctx) {
      Object district =
          ctx.getVariables() == null ? null : ctx.getVariables().get(DISTRICT_VARIABLE);
      return district == null ? null : district.toString();
    }

    @Override
    public String provideTenantIdForCaseInstance(
        org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext ctx) {
      return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(
        org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext
            ctx) {
      return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
    }
  }
}
