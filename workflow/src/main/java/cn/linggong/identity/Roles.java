package cn.linggong.identity;

import java.util.List;

/**
 * The roles of Linggong. Each is a group in the engine's identity service and a Spring Security
 * role ({@code ROLE_<name>}); the names are what {@code @RolesAllowed} takes.
 */
public final class Roles {

  /** 就业服务专员: registers gig workers, runs assistance cases. */
  public static final String CASEWORKER = "caseworker";

  /** 调解员: takes unpaid-wage complaints. */
  public static final String MEDIATOR = "mediator";

  /** 审核人: certifies markets, reviews subsidies. */
  public static final String REVIEWER = "reviewer";

  /** 财务复核: second review of subsidy amounts. */
  public static final String FINANCE = "finance";

  /** 科室负责人: watches time limits, approves extensions. */
  public static final String SUPERVISOR = "supervisor";

  /**
   * 省级归集: a provincial platform's account (best with a read-only token) that reads the districts'
   * signed monthly monitoring reports and nothing else.
   */
  public static final String PROVINCE = "province";

  /** 系统管理员: users, districts, calendar, configuration. */
  public static final String ADMIN = "admin";

  /** City-level staff: not tied to a district, sees all districts. */
  public static final String CITY = "city";

  /**
   * The engine's own administrators' group. Every {@link #ADMIN} is put in it, so that the engine's
   * webapps (Cockpit, Admin) treat Linggong's admins as theirs. It is not a Linggong role.
   */
  public static final String ENGINE_ADMIN = "camunda-admin";

  /** The roles an admin assigns; {@link #CITY} follows from having no district. */
  public static final List<String> ASSIGNABLE =
      List.of(CASEWORKER, MEDIATOR, REVIEWER, FINANCE, SUPERVISOR, PROVINCE, ADMIN);

  public static final List<String> ALL =
      List.of(CASEWORKER, MEDIATOR, REVIEWER, FINANCE, SUPERVISOR, PROVINCE, ADMIN, CITY);

  private Roles() {}
}
