package cn.linggong.monitoring;

import cn.linggong.identity.LinggongUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 省级归集: a provincial platform collects the districts' signed monthly reports. */
@RestController
@RequestMapping("/api/monitoring")
@Tag(name = "monitoring", description = "零工市场月度监测 · monthly gig-market monitoring")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MonitoringApi {

  private final MonitoringReports reports;

  /** One district's signed report of the month, with every figure of the version. */
  record Report(
      String reportNo,
      String districtId,
      String month,
      int version,
      Instant signedAt,
      String correctionReason,
      Figures figures) {}

  @GetMapping("/reports")
  @Operation(
      summary =
          "The signed monthly reports of the month (2026-11), one per district (the version in"
              + " force): totals, job categories and industries with 求人倍率 and pay, markets,"
              + " month-on-month and year-on-year bases; read-only (role province, or a"
              + " supervisor's or reviewer's district or city)")
  List<Report> reports(LinggongUser user, @RequestParam(required = false) String month) {
    return reports.signed(user, MonitoringReports.month(month, "month")).stream()
        .map(
            r ->
                new Report(
                    r.reportNo(),
                    r.districtId(),
                    r.month(),
                    r.version(),
                    r.signedAt(),
                    r.correctionReason(),
                    reports.figuresOf(r)))
        .toList();
  }
}
