package cn.linggong.employer;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Employers (用工主体) over REST; verification (双实名) is its own call. */
@RestController
@RequestMapping("/api/employers")
@Tag(name = "employers", description = "用工主体 · employers")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EmployerApi {

  private final EmployerRegistry registry;

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Register an employer: an organisation by credit code, an individual by ID number")
  Employer register(LinggongUser user, @RequestBody EmployerRegistry.Registration registration) {
    return registry.register(user, registration);
  }

  @GetMapping
  List<Employer> search(
      LinggongUser user,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) Boolean verified,
      @RequestParam(required = false) String district,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    return registry.search(user, name, verified, district, offset, limit);
  }

  @GetMapping("/{id}")
  Employer one(LinggongUser user, @PathVariable long id) {
    return registry.find(user, id);
  }

  @PostMapping("/{id}/verification")
  @Operation(summary = "双实名: record that a caseworker verified the employer")
  Employer verify(LinggongUser user, @PathVariable long id) {
    return registry.verify(user, id);
  }
}
