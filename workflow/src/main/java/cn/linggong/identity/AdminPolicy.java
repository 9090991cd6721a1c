package cn.linggong.identity;

/**
 * Who may administer users, districts and access tokens. One's own account (language, password) is
 * anyone's who is signed in: those methods act on the signed-in person only.
 */
public final class AdminPolicy {

  /** Create, change, unlock users, reset passwords, create districts. */
  public static final Permission ADMINISTER = Permission.of("identity.administer", Roles.ADMIN);

  private AdminPolicy() {}
}
