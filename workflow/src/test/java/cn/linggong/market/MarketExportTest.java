package cn.linggong.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.testsupport.CaseSteps;
import cn.linggong.testsupport.MarketDrafts;
import cn.linggong.testsupport.TestUsers;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The directory leaves the system as a province asks for it (XLSX, the ministry's columns first),
 * as a PDF list, and as the published list anyone may read: no personal phone in full, nothing of a
 * market that is not in operation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MarketExportTest {

  static final LinggongUser CASEWORKER = MarketDirectoryTest.CASEWORKER;
  static final LinggongUser OTHER = MarketDirectoryTest.OTHER_DISTRICT;
  static final LinggongUser FINANCE = TestUsers.of("finance1", null, Roles.FINANCE);

  @Autowired MarketDirectory directory;
  @Autowired MarketExport export;
  @Autowired MockMvc mvc;

  private static List<List<String>> read(byte[] xlsx) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
          cells.add(
              switch (cell.getCellType()) {
                case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                default -> cell.getStringCellValue();
              });
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  @Test
  void theXlsxHasTheMinistrysColumnsFirstAndOneRowPerMarketOfTheOwnDistrict() throws Exception {
    directory.register(CASEWORKER, MarketDrafts.draft("鼓楼区导出零工市场", null));
    directory.register(OTHER, MarketDrafts.draft("龙亭区导出零工市场", null));

    List<List<String>> rows = read(export.xlsx(CASEWORKER, MarketFilter.all(), Locale.CHINA));
    assertThat(rows.get(0).subList(0, 6))
        .containsExactly("零工市场名称", "运营性质", "详细地址", "求职人员规模（人/日）", "主要招聘工种", "日均招聘成功人数");
    assertThat(rows.get(0)).hasSize(MarketExport.COLUMNS.size());
    List<String> ours =
        rows.stream().filter(r -> r.get(0).equals("鼓楼区导出零工市场")).findFirst().orElseThrow();
    assertThat(ours.subList(0, 6))
        .containsExactly("鼓楼区导出零工市场", "公共", "开封市鼓楼区五一路12号", "300.0", "搬运装卸、保洁", "60.0");
    assertThat(String.join("|", ours)).contains("138****5678").doesNotContain("13812345678");
    assertThat(rows).noneMatch(r -> r.get(0).equals("龙亭区导出零工市场"));

    List<List<String>> english = read(export.xlsx(FINANCE, MarketFilter.all(), Locale.ENGLISH));
    assertThat(english.get(0).get(0)).isEqualTo("Market name");
    assertThat(english).anyMatch(r -> r.get(0).equals("龙亭区导出零工市场"));
  }

  @Test
  void thePdfListIsReadBackInChineseWithPhonesMasked() throws Exception {
    directory.register(CASEWORKER, MarketDrafts.draft("鼓楼区打印零工市场", null));
    String text = CaseSteps.pdfText(export.pdf(CASEWORKER, MarketFilter.all()));
    assertThat(text).contains("零工市场名录", "鼓楼区打印零工市场", "138****5678").doesNotContain("13812345678");
  }

  @Test
  void thePublishedListNeedsNoSignInAndShowsOnlyMarketsInOperationWithoutPersonalNumbers()
      throws Exception {
    Market open = directory.register(CASEWORKER, MarketDrafts.draft("鼓楼区公开零工市场", null));
    Market paused = directory.register(CASEWORKER, MarketDrafts.draft("鼓楼区暂停零工市场", null));
    directory.update(
        CASEWORKER,
        paused.id(),
        new MarketDraft.Update(
            paused.version(),
            "场地维修",
            MarketDrafts.withStatus(
                MarketDrafts.draft("鼓楼区暂停零工市场", null), Market.Status.SUSPENDED)));

    String json =
        mvc.perform(get("/api/public/markets").param("district", "kf-gulou"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json)
        .contains("鼓楼区公开零工市场", "138****5678", "每日 6:00—12:00", "保洁")
        .doesNotContain("鼓楼区暂停零工市场", "13812345678", "operatorCreditCode", "hrLicenceNo");
    assertThat(open.id()).isNotNull();
    mvc.perform(get("/api/markets")).andExpect(status().isUnauthorized());
  }
}
