package cn.linggong.sla;

import cn.linggong.identity.LinggongUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The named time limits: everyone signed in reads them, admins change them. */
@RestController
@RequestMapping("/api/time-limits")
@Tag(name = "time-limits", description = "办理时限 · named time limits of the processes")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TimeLimitApi {

  private final TimeLimits timeLimits;

  record LimitChange(Integer amount, TimeUnit unit, String legalBasis) {}

  @GetMapping
  @Operation(summary = "Every time limit with its amount, unit and legal basis")
  List<TimeLimit> all() {
    return timeLimits.all();
  }

  @GetMapping("/{key}")
  TimeLimit one(@PathVariable String key) {
    return timeLimits.get(key);
  }

  @PutMapping("/{key}")
  @Operation(summary = "Add or change a time limit (admins); applies to tasks created afterwards")
  TimeLimit save(LinggongUser user, @PathVariable String key, @RequestBody LimitChange change) {
    timeLimits.save(
        key,
        change == null ? null : change.amount(),
        change == null ? null : change.unit(),
        change == null ? null : change.legalBasis(),
        user);
    return timeLimits.get(key);
  }
}
