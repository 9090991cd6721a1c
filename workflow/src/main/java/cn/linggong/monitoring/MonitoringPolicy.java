package cn.linggong.monitoring;

import static cn.linggong.identity.Roles.CASEWORKER;
import static cn.linggong.identity.Roles.PROVINCE;
import static cn.linggong.identity.Roles.REVIEWER;
import static cn.linggong.identity.Roles.SUPERVISOR;

import cn.linggong.identity.Permission;

/**
 * Who may do what with the monthly report and the markets' ledgers. A district user works the own
 * district only; the city sees every district and the roll-up.
 */
public final class MonitoringPolicy {

  /** Read reports, figures and ledgers. */
  public static final Permission VIEW =
      Permission.of("monitoring.view", CASEWORKER, SUPERVISOR, REVIEWER);

  /** Enter or import what a market reports; keep a market's work-log ledgers. */
  public static final Permission ENTER = Permission.of("monitoring.enter", CASEWORKER, SUPERVISOR);

  /** Sign a report off, or sign a correction. */
  public static final Permission SIGN = Permission.of("monitoring.sign", SUPERVISOR);

  /** 省级归集: a provincial platform reads signed reports and nothing else. */
  public static final Permission COLLECT =
      Permission.of("monitoring.collect", PROVINCE, SUPERVISOR, REVIEWER);

  private MonitoringPolicy() {}
}
