package cn.linggong.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.linggong.testsupport.TestUsers;
import java.time.YearMonth;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 省级归集 over REST: signed reports only (a draft is not collected), with their figures and
 * categories; a month that cannot be read is a 400 naming the field; the province's account reads
 * nothing else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringApiTest {

  private static final String DISTRICT = "kf-yuwangtai";

  @Autowired MockMvc mvc;
  @Autowired MonitoringReports reports;

  @Test
  void theProvinceCollectsSignedReportsOnly() throws Exception {
    YearMonth signedMonth = YearMonth.of(2025, 9);
    YearMonth draftMonth = YearMonth.of(2025, 10);
    MonitoringReport draft = reports.draw(DISTRICT, signedMonth, "system", null);
    reports.sign(TestUsers.of("sup-ywt", DISTRICT, "supervisor"), draft.id());
    reports.draw(DISTRICT, draftMonth, "system", null);

    mvc.perform(
            get("/api/monitoring/reports")
                .param("month", "2025-09")
                .with(httpBasic("province1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.districtId == 'kf-yuwangtai')].version").value(1))
        .andExpect(
            jsonPath("$[?(@.districtId == 'kf-yuwangtai')].figures.totals.jobSeekers").exists())
        .andExpect(
            jsonPath("$[?(@.districtId == 'kf-yuwangtai')].figures.categories[*].code")
                .value(Matchers.hasItem("cleaning")));
    mvc.perform(
            get("/api/monitoring/reports")
                .param("month", "2025-10")
                .with(httpBasic("province1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.districtId == 'kf-yuwangtai')]").isEmpty());
    mvc.perform(
            get("/api/monitoring/reports")
                .param("month", "2025-13")
                .with(httpBasic("province1", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("month"))
        .andExpect(jsonPath("$.errors[0].message").value("月份“2025-13”无法识别，请写成 2026-11"));
    mvc.perform(get("/api/tasks").with(httpBasic("province1", "demo")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/workers").with(httpBasic("province1", "demo")))
        .andExpect(status().isForbidden());
  }
}
