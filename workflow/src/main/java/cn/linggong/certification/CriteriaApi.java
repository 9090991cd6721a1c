package cn.linggong.certification;

import cn.linggong.identity.LinggongUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The criteria sheets of certification, versioned. */
@RestController
@RequestMapping("/api/certification-criteria")
@Tag(name = "certification", description = "示范性零工市场认定 · market certification")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CriteriaApi {

  private final CriteriaSheets sheets;

  @GetMapping
  @Operation(summary = "Every version of the criteria sheet, newest first")
  List<CriteriaSheet> versions(LinggongUser user) {
    return sheets.versions(user);
  }

  @GetMapping("/current")
  @Operation(summary = "The version in force now")
  CriteriaSheet current(LinggongUser user) {
    return sheets.inForce(user);
  }

  @GetMapping("/{version}")
  CriteriaSheet version(LinggongUser user, @PathVariable int version) {
    return sheets.version(user, version);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Publish a new version, in force for applications filed from now (points must add up to"
              + " the total)")
  CriteriaSheet publish(LinggongUser user, @RequestBody CriteriaSheetDraft draft) {
    return sheets.publish(user, draft);
  }
}
