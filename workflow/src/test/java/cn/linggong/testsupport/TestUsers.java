package cn.linggong.testsupport;

import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import java.util.Locale;
import java.util.Set;

/** People for tests that call services directly, as the demo users are configured. */
public final class TestUsers {

  private TestUsers() {}

  /** The city-level admin (the demo {@code admin}). */
  public static LinggongUser admin() {
    return new LinggongUser("admin", "系统管理员", Set.of(Roles.ADMIN), null, Locale.CHINA);
  }

  /** Someone with the given roles in a district ({@code null}: city level). */
  public static LinggongUser of(String userId, String districtId, String... roles) {
    return new LinggongUser(userId, userId, Set.of(roles), districtId, Locale.CHINA);
  }
}
