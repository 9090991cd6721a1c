package cn.linggong.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.identity.*}: who exists when the application starts.
 *
 * @param initialAdminId the first admin's user id, created when no admin exists
 * @param initialAdminPassword the first admin's password; required when no admin exists and demo
 *     data is off ({@code LINGGONG_ADMIN_PASSWORD} in the {@code prod} profile)
 * @param demo demo districts and users for trying the application
 */
@ConfigurationProperties("linggong.identity")
public record IdentityProperties(
    @DefaultValue("admin") String initialAdminId,
    String initialAdminPassword,
    @DefaultValue Demo demo) {

  /**
   * @param enabled whether the demo districts and users are created at start
   * @param password the password of every demo user
   */
  public record Demo(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("demo") String password,
      @DefaultValue List<DistrictSeed> districts,
      @DefaultValue List<UserSeed> users) {}

  /**
   * A demo district; {@code areaCode} is the six-digit administrative code its residents' ID
   * numbers begin with (demo data only).
   */
  public record DistrictSeed(String id, String name, String areaCode) {}

  /** A demo user; no district means city level; the organisation the person works for. */
  public record UserSeed(
      String id,
      String name,
      String email,
      List<String> roles,
      String district,
      String organisation) {}
}
