package cn.linggong.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.validation.FieldViolation;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.testsupport.TestUsers;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The criteria sheet is data: seeded in the Zhejiang scheme's shape (six areas, 100 points, pass at
 * 80, five exclusions), published in new versions by an admin, refused field by field when its
 * points do not add up to its total.
 */
@SpringBootTest
class CriteriaSheetsTest {

  static final LinggongUser ADMIN = TestUsers.admin();
  static final LinggongUser REVIEWER = TestUsers.of("reviewer1", null, Roles.REVIEWER);

  @Autowired CriteriaSheets sheets;
  @Autowired JdbcTemplate jdbc;

  private static CriteriaSheetDraft draft(String total, String pass, String... points) {
    List<CriteriaSheetDraft.CriterionDraft> criteria = new java.util.ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      criteria.add(
          new CriteriaSheetDraft.CriterionDraft(
              "C" + i, "指标" + i, new BigDecimal(points[i]), "照片"));
    }
    return new CriteriaSheetDraft(
        "测试评分标准",
        total == null ? null : new BigDecimal(total),
        pass == null ? null : new BigDecimal(pass),
        List.of(new CriteriaSheetDraft.AreaDraft("premises", "服务场地", criteria)),
        List.of(new CriteriaSheetDraft.ExclusionDraft("violation", "存在违法违规行为")));
  }

  private static List<String> fields(InvalidInputException e) {
    return e.violations().stream().map(FieldViolation::field).toList();
  }

  @Test
  void theSeededSheetHasTheZhejiangSchemesShape() {
    CriteriaSheet first = sheets.version(REVIEWER, 1);
    assertThat(first.areas())
        .extracting(CriteriaSheet.Area::name)
        .containsExactly("总则与基本条件", "服务场地", "服务设施", "服务功能", "线上服务", "服务成效");
    assertThat(first.totalPoints()).isEqualByComparingTo("100");
    assertThat(first.passMark()).isEqualByComparingTo("80");
    assertThat(
            first.criteria().stream()
                .map(CriteriaSheet.Criterion::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(first.totalPoints());
    assertThat(first.exclusions())
        .extracting(CriteriaSheet.Exclusion::code)
        .containsExactly("violation", "discrimination", "criticism", "public-opinion", "falsified");
    assertThat(first.criteria()).allSatisfy(c -> assertThat(c.evidence()).isNotBlank());
  }

  @Test
  void aSheetWhosePointsDoNotAddUpIsRefusedFieldByFieldAndWritesNothing() {
    int before = jdbc.queryForObject("SELECT COUNT(*) FROM criteria_sheet", Integer.class);
    assertThatThrownBy(() -> sheets.publish(ADMIN, draft("100", "80", "60", "30")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(fields(e)).containsExactly("totalPoints");
              assertThat(e.violations().get(0).violation().arguments())
                  .containsExactly(new BigDecimal("90"), new BigDecimal("100"));
            });
    assertThatThrownBy(() -> sheets.publish(ADMIN, draft("100", "120", "60", "-40", "0.25")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(fields(e))
                    .containsExactlyInAnyOrder(
                        "passMark", "areas[0].criteria[1].points", "areas[0].criteria[2].points"));
    // (the sum is only compared with the total when every criterion's points could be read)
    assertThatThrownBy(() -> sheets.publish(ADMIN, draft(null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(fields(e))
                    .containsExactlyInAnyOrder("totalPoints", "passMark", "areas[0].criteria"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM criteria_sheet", Integer.class))
        .isEqualTo(before);
    assertThatThrownBy(() -> sheets.publish(REVIEWER, draft("100", "80", "100")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aNewVersionIsInForceForWhatIsFiledFromThenAndTheOldOneStays() {
    int latest = jdbc.queryForObject("SELECT MAX(version) FROM criteria_sheet", Integer.class);
    CriteriaSheet published = sheets.publish(ADMIN, draft("100", "85", "60", "40"));
    assertThat(published.version()).isEqualTo(latest + 1);
    assertThat(sheets.versions(REVIEWER)).extracting(CriteriaSheet::version).startsWith(latest + 1);
    assertThat(sheets.version(REVIEWER, 1).criteria()).hasSize(19);
    assertThat(published.passMark()).isEqualByComparingTo("85");
  }
}
