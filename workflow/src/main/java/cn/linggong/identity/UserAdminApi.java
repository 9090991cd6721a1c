package cn.linggong.identity;

import cn.linggong.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and districts, for admins. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "admin", description = "用户与区县管理（仅管理员）· users and districts (admins only)")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UserAdminApi {

  private static final int MAX_PAGE = 200;

  private final DirectoryService directory;
  private final Districts districts;
  private final Passwords passwords;
  private final AccessTokens tokens;

  record Page<T>(long total, int offset, int limit, List<T> items) {}

  record NewUser(
      String userId,
      String name,
      String email,
      Set<String> roles,
      String districtId,
      String password,
      String organisation) {}

  record UserChange(
      String name, String email, Set<String> roles, String districtId, String organisation) {}

  record PasswordReset(String password) {}

  record NewDistrict(String id, String name) {}

  record NewToken(String userId, String name, Integer validDays, Boolean readOnly) {}

  @GetMapping("/users")
  @Operation(summary = "List users, paged; search matches the name")
  Page<DirectoryService.UserSummary> users(
      LinggongUser user,
      @RequestParam(defaultValue = "") String search,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    int safeOffset = Math.max(0, offset);
    int safeLimit = Math.min(Math.max(1, limit), MAX_PAGE);
    return new Page<>(
        directory.countUsers(user, search),
        safeOffset,
        safeLimit,
        directory.findUsers(user, search, safeOffset, safeLimit));
  }

  @GetMapping("/users/{userId}")
  DirectoryService.UserSummary user(LinggongUser user, @PathVariable String userId) {
    return directory
        .user(user, userId)
        .orElseThrow(() -> new NotFoundException("identity.user.notFound", userId));
  }

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a user; no districtId makes a city-level user")
  DirectoryService.UserSummary create(LinggongUser actor, @RequestBody NewUser user) {
    directory.createUser(
        new DirectoryService.UserDraft(
            user.userId(),
            user.name(),
            user.email(),
            user.roles(),
            user.districtId(),
            user.password(),
            user.organisation()),
        actor);
    return directory.findUser(user.userId().trim()).orElseThrow();
  }

  @PutMapping("/users/{userId}")
  DirectoryService.UserSummary change(
      LinggongUser actor, @PathVariable String userId, @RequestBody UserChange change) {
    directory.updateUser(
        userId,
        new DirectoryService.UserDraft(
            userId,
            change.name(),
            change.email(),
            change.roles(),
            change.districtId(),
            null,
            change.organisation()),
        actor);
    return directory.findUser(userId).orElseThrow();
  }

  @PutMapping("/users/{userId}/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void resetPassword(
      LinggongUser actor, @PathVariable String userId, @RequestBody PasswordReset reset) {
    passwords.resetPassword(userId, reset.password(), actor);
  }

  @PostMapping("/users/{userId}/unlock")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Lift a lock after repeated wrong passwords")
  void unlock(LinggongUser actor, @PathVariable String userId) {
    directory.unlock(userId, actor);
  }

  @GetMapping("/districts")
  List<District> districts(LinggongUser user) {
    AdminPolicy.ADMINISTER.check(user);
    return districts.districts();
  }

  @PostMapping("/districts")
  @ResponseStatus(HttpStatus.CREATED)
  District createDistrict(LinggongUser actor, @RequestBody NewDistrict district) {
    districts.createDistrict(district.id(), district.name(), actor);
    return districts.district(district.id().trim()).orElseThrow();
  }

  @GetMapping("/tokens")
  @Operation(summary = "Personal access tokens (never the secret), newest first; filter by user")
  List<AccessToken> tokens(LinggongUser actor, @RequestParam(required = false) String userId) {
    return tokens.list(actor, userId);
  }

  @PostMapping("/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Make a personal access token for a user (read-only for a service account); the answer"
              + " is the only time the token is shown: send it as 'Authorization: Bearer <token>'")
  AccessTokens.Created createToken(LinggongUser actor, @RequestBody NewToken token) {
    return tokens.create(
        actor,
        token.userId(),
        token.name(),
        token.validDays(),
        Boolean.TRUE.equals(token.readOnly()));
  }

  @org.springframework.web.bind.annotation.DeleteMapping("/tokens/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke a token at once")
  void revokeToken(LinggongUser actor, @PathVariable long id) {
    tokens.revoke(actor, id);
  }
}
