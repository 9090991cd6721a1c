package cn.linggong.certification;

import cn.linggong.identity.LinggongUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The certification targets and how far the city and its districts are. */
@RestController
@Tag(name = "certification", description = "示范性零工市场认定 · market certification")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TargetApi {

  private final CertificationTargets targets;

  @GetMapping("/api/certification-targets")
  @Operation(
      summary =
          "Certified markets citywide and per district against the configured milestones (a"
              + " past milestone counted on its day)")
  CertificationTargets.Report report(LinggongUser user) {
    return targets.report(user);
  }
}
