package cn.linggong.identity;

import cn.linggong.audit.AuditService;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.i18n.Languages;
import cn.linggong.shared.validation.InvalidInputException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, roles and districts. They live in the engine's identity service: roles are groups,
 * districts are tenants. Each user works for one district, or for the city (no district, group
 * {@link Roles#CITY}). Every change is audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DirectoryService {

  static final String LOCALE_INFO = "linggong.locale";
  static final String ORGANISATION_INFO = "linggong.organisation";
  private static final int ORGANISATION_MAX = 100;
  private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final int NAME_MAX = 64;

  private final IdentityService identity;
  private final LoginLockService locks;
  private final AuditService audit;
  private final LoginProperties loginProperties;

  private final CredentialCache credentials;
  private final Districts districts;

  /** A user as the admin screens and the API list them. */
  public record UserSummary(
      String userId,
      String name,
      String email,
      List<String> roles,
      String districtId,
      Instant lockedUntil,
      String organisation) {

    public boolean locked() {
      return lockedUntil != null;
    }
  }

  /**
   * What an admin types to create or change a user. {@code districtId} null means city level;
   * {@code password} is only read on creation; {@code organisation} is the unit the person works
   * for (a bureau, a service centre, an outside expert's institute), which the conflict-of-interest
   * checks compare with a market's operator.
   */
  public record UserDraft(
      String userId,
      String name,
      String email,
      Set<String> roles,
      String districtId,
      String password,
      String organisation) {

    /** A user of no named organisation. */
    public UserDraft(
        String userId,
        String name,
        String email,
        Set<String> roles,
        String districtId,
        String password) {
      this(userId, name, email, roles, districtId, password, null);
    }
  }

  /** Whom to write to: an address and the language the person chose. */
  public record Contact(String userId, String email, Locale locale) {}

  // ---- reading -------------------------------------------------------------------------------

  public boolean exists(String userId) {
    return identity.createUserQuery().userId(userId).count() == 1;
  }

  /** The principal of a signed-in user, with roles, district and language. */
  public LinggongUser principal(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      throw new NotFoundException("identity.user.notFound", userId);
    }
    Set<String> roles = new HashSet<>();
    identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .filter(Roles.ALL::contains)
        .forEach(roles::add);
    String district = districtOf(userId);
    Locale locale = Languages.fromTag(identity.getUserInfo(userId, LOCALE_INFO));
    return new LinggongUser(userId, displayName(user), roles, district, locale);
  }

  @Transactional(readOnly = true)
  public List<UserSummary> findUsers(LinggongUser actor, String search, int offset, int limit) {
    AdminPolicy.ADMINISTER.check(actor);
    return query(search).orderByUserId().asc().listPage(offset, limit).stream()
        .map(this::summary)
        .toList();
  }

  @Transactional(readOnly = true)
  public long countUsers(LinggongUser actor, String search) {
    AdminPolicy.ADMINISTER.check(actor);
    return query(search).count();
  }

  /** A user's record for an admin. */
  @Transactional(readOnly = true)
  public Optional<UserSummary> user(LinggongUser actor, String userId) {
    AdminPolicy.ADMINISTER.check(actor);
    return findUser(userId);
  }

  /**
   * A user's record for showing who did what (a name on a timeline or letter): for the system's own
   * use, not an admin's view.
   */
  @Transactional(readOnly = true)
  public Optional<UserSummary> findUser(String userId) {
    return Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
        .map(this::summary);
  }

  /** A user's mail address and language, when the user has an address. */
  @Transactional(readOnly = true)
  public Optional<Contact> contact(String userId) {
    User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
    if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new Contact(user.getId(), user.getEmail(), language(user.getId())));
  }

  /** The ids of users holding a role in a district (or at city level for {@code null}). */
  @Transactional(readOnly = true)
  public List<String> usersWithRole(String role, String districtId) {
    UserQuery query = identity.createUserQuery().memberOfGroup(role);
    if (districtId != null) {
      query = query.memberOfTenant(districtId);
    }
    return query.orderByUserId().asc().list().stream().map(User::getId).toList();
  }

  /**
   * People holding a role who have an e-mail address: in a district, or, for {@code null}, at city
   * level.
   */
  @Transactional(readOnly = true)
  public List<Contact> contacts(String role, String districtId) {
    UserQuery query = identity.createUserQuery().memberOfGroup(role);
    List<User> users =
        districtId == null
            ? query.list().stream()
                .filter(
                    u ->
                        identity
                                .createUserQuery()
                                .userId(u.getId())
                                .memberOfGroup(Roles.CITY)
                                .count()
                            == 1)
                .toList()
            : query.memberOfTenant(districtId).list();
    return users.stream()
        .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
        .sorted(Comparator.comparing(User::getId))
        .map(u -> new Contact(u.getId(), u.getEmail(), language(u.getId())))
        .toList();
  }

  // ---- changing ------------------------------------------------------------------------------

  @Transactional
  public void createUser(UserDraft draft, LinggongUser actor) {
    AdminPolicy.ADMINISTER.check(actor);
    createUser(draft, actor.userId(), true);
  }

  /** Creation without the password policy is only for start-up data (demo users). */
  @Transactional
  void createUser(UserDraft draft, String actor, boolean passwordPolicy) {
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    String userId = draft.userId() == null ? "" : draft.userId().trim();
    if (userId.isEmpty()) {
      errors.add("userId", "validation.required");
    } else if (!USER_ID.matcher(userId).matches()) {
      errors.add("userId", "identity.userId.format");
    } else if (exists(userId)) {
      errors.add("userId", "identity.userId.taken", userId);
    }
    checkProfile(draft, errors);
    if (passwordPolicy) {
      Passwords.check("password", draft.password(), loginProperties, errors);
    } else {
      errors.requireText("password", draft.password());
    }
    errors.throwIfAny();

    User user = identity.newUser(userId);
    user.setFirstName(draft.name().trim());
    user.setLastName(""); // a Chinese name is kept whole in the first name
    user.setEmail(blankToNull(draft.email()));
    user.setPassword(draft.password());
    try {
      identity.saveUser(user);
    } catch (org.camunda.bpm.engine.ProcessEngineException
        | org.springframework.dao.DataAccessException e) {
      // the same user name created by someone else a moment ago: refused, never a 500
      throw new cn.linggong.shared.ConflictException("identity.userId.takenMeanwhile", userId);
    }
    applyRolesAndDistrict(userId, draft.roles(), blankToNull(draft.districtId()));
    applyOrganisation(userId, draft.organisation());
    audit.record(
        actor,
        "USER_CREATED",
        "user",
        userId,
        blankToNull(draft.districtId()),
        "roles=" + String.join(",", new java.util.TreeSet<>(draft.roles())));
  }

  @Transactional
  public void updateUser(String userId, UserDraft draft, LinggongUser admin) {
    AdminPolicy.ADMINISTER.check(admin);
    String actor = admin.userId();
    User user = requireUser(userId);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    checkProfile(draft, errors);
    errors.throwIfAny();
    user.setFirstName(draft.name().trim());
    user.setLastName("");
    user.setEmail(blankToNull(draft.email()));
    identity.saveUser(user);
    applyRolesAndDistrict(userId, draft.roles(), blankToNull(draft.districtId()));
    applyOrganisation(userId, draft.organisation());
    credentials.evict(userId); // roles or district changed: sign in afresh
    audit.record(
        actor,
        "USER_CHANGED",
        "user",
        userId,
        blankToNull(draft.districtId()),
        "roles=" + String.join(",", new java.util.TreeSet<>(draft.roles())));
  }

  @Transactional
  public void unlock(String userId, LinggongUser admin) {
    AdminPolicy.ADMINISTER.check(admin);
    String actor = admin.userId();
    requireUser(userId);
    locks.unlock(userId);
    audit.record(actor, "USER_UNLOCKED", "user", userId, districtOf(userId), null);
  }

  /** The language a user chose; Chinese when none. */
  public Locale language(String userId) {
    return Languages.fromTag(identity.getUserInfo(userId, LOCALE_INFO));
  }

  public void setLanguage(String userId, Locale locale) {
    requireUser(userId);
    identity.setUserInfo(userId, LOCALE_INFO, Languages.closest(locale).toLanguageTag());
  }

  // ---- inside --------------------------------------------------------------------------------

  private void applyOrganisation(String userId, String organisation) {
    String unit = blankToNull(organisation);
    if (unit == null) {
      identity.deleteUserInfo(userId, ORGANISATION_INFO);
    } else {
      identity.setUserInfo(userId, ORGANISATION_INFO, unit.strip());
    }
  }

  private void checkProfile(UserDraft draft, InvalidInputException.Collector errors) {
    errors.requireText("name", draft.name());
    if (draft.organisation() != null && draft.organisation().strip().length() > ORGANISATION_MAX) {
      errors.add("organisation", "validation.tooLong", ORGANISATION_MAX);
    }
    if (draft.name() != null && draft.name().trim().length() > NAME_MAX) {
      errors.add("name", "identity.name.tooLong", NAME_MAX);
    }
    if (draft.email() != null
        && !draft.email().isBlank()
        && !EMAIL.matcher(draft.email().trim()).matches()) {
      errors.add("email", "identity.email.format");
    }
    if (draft.roles() == null || draft.roles().isEmpty()) {
      errors.add("roles", "identity.roles.required");
    } else if (draft.roles().stream().anyMatch(java.util.Objects::isNull)
        || !Roles.ASSIGNABLE.containsAll(draft.roles())) {
      errors.add("roles", "identity.roles.unknown");
    }
    String district = blankToNull(draft.districtId());
    if (draft.districtId() != null && district == null) {
      // no district is city level; a blank one is a mistake, not a choice
      errors.add("districtId", "identity.district.blank");
    } else if (district != null && districts.district(district).isEmpty()) {
      errors.add("districtId", "identity.district.unknown", district);
    }
  }

  private void applyRolesAndDistrict(String userId, Set<String> roles, String districtId) {
    Set<String> wanted = new LinkedHashSet<>(roles);
    if (districtId == null) {
      wanted.add(Roles.CITY);
    }
    if (roles.contains(Roles.ADMIN)) {
      wanted.add(Roles.ENGINE_ADMIN);
    }
    for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
      if (!wanted.remove(group.getId())) {
        identity.deleteMembership(userId, group.getId());
      }
    }
    wanted.forEach(role -> identity.createMembership(userId, role));
    for (Tenant tenant : identity.createTenantQuery().userMember(userId).list()) {
      if (!tenant.getId().equals(districtId)) {
        identity.deleteTenantUserMembership(tenant.getId(), userId);
      }
    }
    if (districtId != null && !districtId.equals(districtOf(userId))) {
      identity.createTenantUserMembership(districtId, userId);
    }
  }

  String districtOf(String userId) {
    return identity.createTenantQuery().userMember(userId).list().stream()
        .map(Tenant::getId)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  private UserSummary summary(User user) {
    List<String> roles =
        identity.createGroupQuery().groupMember(user.getId()).orderByGroupId().asc().list().stream()
            .map(Group::getId)
            .filter(Roles.ALL::contains)
            .toList();
    return new UserSummary(
        user.getId(),
        displayName(user),
        user.getEmail(),
        roles,
        districtOf(user.getId()),
        locks.lockedUntil(user.getId()).orElse(null),
        identity.getUserInfo(user.getId(), ORGANISATION_INFO));
  }

  private UserQuery query(String search) {
    UserQuery query = identity.createUserQuery();
    if (search != null && !search.isBlank()) {
      query = query.userFirstNameLike("%" + search.trim() + "%");
    }
    return query;
  }

  User requireUser(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      throw new NotFoundException("identity.user.notFound", userId);
    }
    return user;
  }

  static String displayName(User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName();
    String last = user.getLastName() == null ? "" : user.getLastName();
    String name = (last + first).trim();
    return name.isEmpty() ? user.getId() : name;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
