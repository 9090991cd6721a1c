package cn.linggong.identity;

/** Who may administer users and districts; everyone may keep their own account. */
public final class AdminPolicy {

  /** Create, change, unlock users, reset passwords, create districts. */
  public static final Permission ADMINISTER = Permission.of("identity.administer", Roles.ADMIN);

  /** One's own account: language, password. */
  public static final Permission OWN_ACCOUNT = Permission.signedIn("identity.ownAccount");

  /** The list of districts (for choosing one). */
  public static final Permission VIEW_DISTRICTS = Permission.signedIn("identity.districts");

  private AdminPolicy() {}
}
