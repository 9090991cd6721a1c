package cn.linggong.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account. */
@RestController
@RequestMapping("/api/me")
@Tag(name = "account", description = "当前用户 · the signed-in user")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountApi {

  private final DirectoryService directory;
  private final Passwords passwords;

  record Me(String userId, String name, List<String> roles, String districtId, String language) {}

  record LanguageChange(String language) {}

  record PasswordChange(String currentPassword, String newPassword) {}

  @GetMapping
  @Operation(summary = "Who am I: roles, district (none for city level) and language")
  Me me(LinggongUser user) {
    return new Me(
        user.userId(),
        user.displayName(),
        user.roles().stream().sorted().toList(),
        user.districtId(),
        user.locale().toLanguageTag());
  }

  @PutMapping("/language")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Choose the language of screens and mail: zh-CN or en")
  void language(LinggongUser user, @RequestBody LanguageChange change) {
    String tag = change == null || change.language() == null ? "" : change.language();
    if (!tag.equals("zh-CN") && !tag.equals("en")) {
      throw cn.linggong.shared.validation.InvalidInputException.of(
          "language", "identity.language.unknown");
    }
    directory.setLanguage(user.userId(), Locale.forLanguageTag(tag));
  }

  @PutMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Change one's own password")
  void password(LinggongUser user, @RequestBody PasswordChange change) {
    passwords.changeOwnPassword(user.userId(), change.currentPassword(), change.newPassword());
  }
}
