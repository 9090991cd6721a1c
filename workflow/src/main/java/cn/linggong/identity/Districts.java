package cn.linggong.identity;

import cn.linggong.audit.AuditService;
import cn.linggong.shared.validation.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Districts (区县): the list, which district a new worker, employer or posting goes to, and a new
 * district (an engine tenant) as an admin creates it, audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Districts {

  private static final Pattern DISTRICT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

  private final IdentityService identityService;
  private final AuditService audit;

  /** Every district, by id. */
  public List<District> districts() {
    return identityService.createTenantQuery().orderByTenantId().asc().list().stream()
        .map(t -> new District(t.getId(), t.getName()))
        .toList();
  }

  public Optional<District> district(String id) {
    return Optional.ofNullable(identityService.createTenantQuery().tenantId(id).singleResult())
        .map(t -> new District(t.getId(), t.getName()));
  }

  /**
   * The district a new record goes to: a district user's own (naming another is refused, as is a
   * name no district has), or the one a city-level user names; {@code fallback} when none is named
   * and it may be taken from elsewhere (a posting from its employer). Adds the problem to {@code
   * errors} under {@code field} and answers {@code null} then.
   */
  public String districtFor(
      LinggongUser user,
      String given,
      String fallback,
      String field,
      InvalidInputException.Collector errors) {
    String named = blankToNull(given);
    if (named != null && named.length() > DISTRICT_ID_MAX) {
      errors.add(field, "validation.tooLong", DISTRICT_ID_MAX);
      return null;
    }
    if (!user.cityLevel()) {
      if (named != null && !named.equals(user.districtId())) {
        errors.add(field, "identityService.district.notYours");
        return null;
      }
      return user.districtId();
    }
    String district = named != null ? named : fallback;
    if (district == null) {
      errors.add(field, "validation.required");
      return null;
    }
    if (district(district).isEmpty()) {
      errors.add(field, "identityService.district.unknown", district);
      return null;
    }
    return district;
  }

  /** The longest district id (an engine tenant id has 64 characters). */
  static final int DISTRICT_ID_MAX = 64;

  /** The longest district name (the engine keeps tenant names in 255 characters). */
  static final int DISTRICT_NAME_MAX = 64;

  @Transactional
  public void createDistrict(String id, String name, LinggongUser admin) {
    AdminPolicy.ADMINISTER.check(admin);
    String actor = admin.userId();
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    String districtId = id == null ? "" : id.trim();
    if (districtId.isEmpty()) {
      errors.add("id", "validation.required");
    } else if (!DISTRICT_ID.matcher(districtId).matches()) {
      errors.add("id", "identityService.district.idFormat");
    } else if (district(districtId).isPresent()) {
      errors.add("id", "identityService.district.taken", districtId);
    }
    errors.requireText("name", name);
    if (name != null && name.trim().length() > DISTRICT_NAME_MAX) {
      errors.add("name", "identityService.name.tooLong", DISTRICT_NAME_MAX);
    }
    errors.throwIfAny();
    Tenant tenant = identityService.newTenant(districtId);
    tenant.setName(name.trim());
    try {
      identityService.saveTenant(tenant);
    } catch (org.camunda.bpm.engine.ProcessEngineException
        | org.springframework.dao.DataAccessException e) {
      throw new cn.linggong.shared.ConflictException(
          "identityService.district.takenMeanwhile", districtId);
    }
    audit.record(actor, "DISTRICT_CREATED", "district", districtId, districtId, null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
