package cn.linggong.benchmark;

import cn.linggong.assistance.AssistanceCases;
import cn.linggong.demo.DemoCity;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.InboxFilter;
import cn.linggong.inbox.InboxService;
import cn.linggong.testsupport.MariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark, not a test (the build never runs it): plays a demo city of {@code
 * linggong.benchmark.cases} cases (default 1,000) through the real services, as a first start does,
 * and prints how long it took, then times the first screens a caseworker opens at that size (30
 * runs after 5 warm-up runs, median and 95th percentile). Run:
 *
 * <pre>
 * ./mvnw -q -DskipTests install
 * ./mvnw -pl workflow test -Dtest=DemoCityBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dlinggong.benchmark.cases=100000 [-Dlinggong.benchmark.db=mariadb]
 * </pre>
 */
@SpringBootTest
class DemoCityBenchmark {

  @DynamicPropertySource
  static void city(DynamicPropertyRegistry registry) {
    registry.add(
        "linggong.demo-data.cases", () -> System.getProperty("linggong.benchmark.cases", "1000"));
    if ("mariadb".equals(System.getProperty("linggong.benchmark.db"))) {
      MariaDb.prepareOrFail();
      MariaDb.register(registry);
      registry.add(
          "spring.datasource.hikari.transaction-isolation", () -> "TRANSACTION_READ_COMMITTED");
    }
  }

  @Autowired DemoCity city;
  @Autowired InboxService inbox;
  @Autowired AssistanceCases cases;
  @Autowired DirectoryService directory;
  @Autowired JdbcTemplate jdbc;

  @Test
  void playTheCityAndOpenTheFirstScreens() {
    DemoCity.Played played = city.played().orElseThrow();
    LinggongUser caseworker = directory.principal("caseworker1");
    double[] inboxPage =
        Timings.time(() -> inbox.page(caseworker, InboxFilter.all(), 0, 50).size());
    double[] caseList =
        Timings.time(() -> cases.search(caseworker, null, null, null, 0, 50).size());
    String report =
        String.format(
            "%nDemo city: %s cases, %d events (%d refused), %d jobs, played in %d s"
                + " (%.1f events/s); %d open tasks%n"
                + "  inbox first page (50)       median %6.1f ms   p95 %6.1f ms%n"
                + "  assistance cases page (50)  median %6.1f ms   p95 %6.1f ms%n",
            System.getProperty("linggong.benchmark.cases", "1000"),
            played.events(),
            played.failed(),
            played.jobs(),
            played.took().toSeconds(),
            played.events() * 1000.0 / Math.max(1, played.took().toMillis()),
            jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Long.class),
            inboxPage[0],
            inboxPage[1],
            caseList[0],
            caseList[1]);
    System.out.println(report); // the benchmark's output; not application code
  }
}
