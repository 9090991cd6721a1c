package cn.linggong.market;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.shell.KaribuTestBase;
import cn.linggong.testsupport.MarketDrafts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The directory's screens: a caseworker registers a market (problems beside their fields, nothing
 * saved; the naming standard only warned about), changes it (a status change asks why) and sees
 * every change kept; a reviewer records a certification; each person is offered only what they may
 * do; the published list needs no sign-in and shows no personal number.
 */
@SpringBootTest
class MarketScreensTest extends KaribuTestBase {

  @Autowired MarketDirectory directory;
  @Autowired JdbcTemplate jdbc;

  private static <T extends Component> T byId(Class<T> type, String id) {
    return _get(type, spec -> spec.withId(id));
  }

  private static boolean shown(String id) {
    return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
  }

  private static String error(String id) {
    HasValidation field = (HasValidation) _get(Component.class, spec -> spec.withId(id));
    return field.isInvalid() ? field.getErrorMessage() : null;
  }

  private int markets() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM market", Integer.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCaseworkerRegistersAMarketFixingWhatIsRefusedAndIsWarnedAboutTheName() {
    signIn("caseworker1");
    UI.getCurrent().navigate(MarketView.class);
    _click(byId(Button.class, "market-register"));
    _setValue(byId(TextField.class, "market-name"), "汴京路劳务市场");
    _setValue(byId(Select.class, "market-nature"), Market.Nature.SPONTANEOUS);
    _setValue(byId(Select.class, "market-kind"), Market.Kind.COMPREHENSIVE);
    _setValue(byId(TextField.class, "market-address"), "开封市鼓楼区汴京路与中山路交叉口");
    _setValue(byId(Select.class, "market-operation"), Market.Operation.BUREAU);
    _setValue(byId(TextField.class, "market-operatorName"), "开封市鼓楼区人力资源和社会保障局");
    _setValue(byId(TextField.class, "market-openingHours"), "每日 5:30—10:00");
    _setValue(byId(TextField.class, "market-contactName"), "赵刚");
    _setValue(byId(TextField.class, "market-contactPhone"), "12");
    _setValue(byId(DatePicker.class, "market-openedOn"), LocalDate.of(2023, 5, 1));
    int before = markets();
    _click(byId(Button.class, "market-save"));
    assertThat(error("market-contactPhone")).contains("电话");
    assertThat(markets()).as("nothing saved").isEqualTo(before);

    _setValue(byId(TextField.class, "market-contactPhone"), "139 0371 2222");
    _click(byId(Button.class, "market-save"));
    assertThat(markets()).isEqualTo(before + 1);
    assertThat(NotificationsKt.getNotifications())
        .anyMatch(n -> String.valueOf(n.getElement().getProperty("text")).contains("××市（县、区）零工市场"));

    _setValue(byId(TextField.class, "market-search-name"), "汴京路劳务");
    Grid<Market> grid = byId(Grid.class, "market-grid");
    assertThat(GridKt._size(grid)).isOne();
    assertThat(GridKt._getFormattedRow(grid, 0)).anyMatch(c -> c.contains("运营中"));
  }

  @Test
  void aStatusChangeAsksWhyAndEveryChangeIsKept() {
    Market m = directory.register(signIn("caseworker1"), MarketDrafts.draft("鼓楼区书店街零工驿站", null));
    UI.getCurrent().navigate("markets/" + m.id());
    assertThat(byId(Span.class, "market-value-contactName").getText()).contains("138****5678");
    assertThat(shown("market-record-certification"))
        .as("certifications are the reviewers'")
        .isFalse();

    _click(byId(Button.class, "market-edit"));
    assertThat(shown("market-reason")).as("no reason asked before the status changes").isFalse();
    _setValue(byId(Select.class, "market-status"), Market.Status.SUSPENDED);
    assertThat(byId(TextField.class, "market-reason").isRequiredIndicatorVisible()).isTrue();
    _click(byId(Button.class, "market-save"));
    assertThat(error("market-reason")).isEqualTo("此项为必填项");
    _setValue(byId(TextField.class, "market-reason"), "场地改造，暂停至明年三月");
    _click(byId(Button.class, "market-save"));

    assertThat(directory.find(signIn("caseworker1"), m.id()).status())
        .isEqualTo(Market.Status.SUSPENDED);
    UI.getCurrent().navigate("markets/" + m.id());
    var history =
        _get(
            com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
            spec -> spec.withId("market-history"));
    Grid<?> rows = _get(history, Grid.class, spec -> {});
    assertThat(GridKt._size(rows))
        .as("%s", GridKt._getFormattedRow(rows, GridKt._size(rows) - 1))
        .isOne();
    assertThat(String.join("|", GridKt._getFormattedRow(rows, 0)))
        .contains("运营状态", "运营中 → 暂停", "场地改造，暂停至明年三月", "张敏");
  }

  @Test
  void aReviewerRecordsAProvincialCertificationAndFinanceOnlyReads() {
    Market m = directory.register(signIn("caseworker1"), MarketDrafts.draft("鼓楼区双龙巷零工驿站", null));
    signIn("reviewer1");
    UI.getCurrent().navigate("markets/" + m.id());
    _click(byId(Button.class, "market-record-certification"));
    _setValue(byId(Select.class, "market-certification-level"), Market.Certification.PROVINCE);
    _setValue(byId(DatePicker.class, "market-certified-since"), LocalDate.of(2025, 11, 20));
    _setValue(byId(DatePicker.class, "market-certified-until"), LocalDate.of(2028, 11, 19));
    _click(byId(Button.class, "market-certification-save"));
    assertThat(error("market-certification-reason")).isEqualTo("此项为必填项");
    _setValue(byId(TextField.class, "market-certification-reason"), "豫人社函〔2025〕88号");
    _click(byId(Button.class, "market-certification-save"));
    UI.getCurrent().navigate("markets/" + m.id());
    assertThat(byId(Span.class, "market-certification").getText())
        .isEqualTo("省级示范（2025-11-20 至 2028-11-19）");

    signIn("finance1");
    UI.getCurrent().navigate(MarketView.class);
    assertThat(shown("market-register")).isFalse();
    UI.getCurrent().navigate("markets/" + m.id());
    assertThat(shown("market-edit")).isFalse();
    assertThat(shown("market-record-certification")).isFalse();
  }

  @Test
  void thePublishedListNeedsNoSignIn() {
    directory.register(signIn("caseworker1"), MarketDrafts.draft("鼓楼区公开零工驿站", null));
    signOut();
    UI.getCurrent().navigate(PublicMarketsView.class);
    String text =
        _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("public-markets-list"))
            .getElement()
            .getTextRecursively();
    assertThat(text)
        .contains("鼓楼区公开零工驿站", "138****5678", "每日 6:00—12:00")
        .doesNotContain("13812345678");
  }
}
