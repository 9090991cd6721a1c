package cn.linggong.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.shell.KaribuTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The admin's calendar screen: the year at a glance, a date changed, a year imported from CSV. */
@SpringBootTest
class CalendarAdminViewTest extends KaribuTestBase {

  @Autowired WorkingDayCalendar calendar;
  @Autowired CalendarMaintenance maintenance;

  @SuppressWarnings("unchecked")
  private void showYear(int year) {
    _setValue(_get(Select.class, spec -> spec.withId("calendar-year")), year);
  }

  @Test
  void marksHolidaysAndMakeUpDaysOfTheYear() {
    signIn("admin");
    UI.getCurrent().navigate(CalendarAdminView.class);
    showYear(2026);
    Span nationalDay = _get(Span.class, spec -> spec.withId("day-2026-10-01"));
    assertThat(nationalDay.getElement().getAttribute("data-kind")).isEqualTo("HOLIDAY");
    assertThat(nationalDay.getElement().getAttribute("title")).isEqualTo("国庆节");
    assertThat(
            _get(Span.class, spec -> spec.withId("day-2026-10-10"))
                .getElement()
                .getAttribute("data-kind"))
        .isEqualTo("WORKDAY");
    assertThat(
            _get(Span.class, spec -> spec.withId("day-2026-10-09"))
                .getElement()
                .getAttribute("data-kind"))
        .isNull();
  }

  @Test
  @SuppressWarnings("unchecked")
  void adminMakesADateAHolidayAndTheCalendarCountsItAtOnce() {
    signIn("admin");
    UI.getCurrent().navigate(CalendarAdminView.class);
    showYear(2026);
    LocalDate day = LocalDate.of(2026, 12, 14);
    assertThat(calendar.isWorkingDay(day)).isTrue();
    _click(_get(Span.class, spec -> spec.withId("day-2026-12-14")));
    _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("day-kind")), "HOLIDAY");
    _click(_get(Button.class, spec -> spec.withId("day-save")));
    // a holiday needs a name: refused beside the field, nothing written
    assertThat(_get(TextField.class, spec -> spec.withId("day-name")).isInvalid()).isTrue();
    assertThat(calendar.isWorkingDay(day)).isTrue();

    _setValue(_get(TextField.class, spec -> spec.withId("day-name")), "临时停工");
    _click(_get(Button.class, spec -> spec.withId("day-save")));
    assertThat(calendar.isWorkingDay(day)).isFalse();
    assertThat(
            _get(Span.class, spec -> spec.withId("day-2026-12-14"))
                .getElement()
                .getAttribute("data-kind"))
        .isEqualTo("HOLIDAY");

    maintenance.removeDay(day, cn.linggong.testsupport.TestUsers.admin());
    assertThat(calendar.isWorkingDay(day)).isTrue();
  }

  @Test
  @SuppressWarnings("unchecked")
  void csvImportShowsEveryRowsProblemAndImportsOnlyAWholeCorrectYear() {
    signIn("admin");
    UI.getCurrent().navigate(CalendarAdminView.class);
    _click(_get(Button.class, spec -> spec.withId("calendar-import")));
    _setValue(_get(IntegerField.class, spec -> spec.withId("import-year")), 2031);
    _setValue(_get(TextField.class, spec -> spec.withId("import-source")), "测试通知");
    _setValue(
        _get(TextArea.class, spec -> spec.withId("import-rows")),
        """
        date,kind,name
        2031-01-01,HOLIDAY,元旦
        2031-01-04,HOLIDAY,周六
        2031-13-01,WORKDAY,坏日期
        """);
    _click(_get(Button.class, spec -> spec.withId("import-check")));
    Grid<CsvImport.Row> preview = _get(Grid.class, spec -> spec.withId("import-preview"));
    assertThat(GridKt._size(preview)).isEqualTo(3);
    assertThat(GridKt._get(preview, 1).problems())
        .extracting("messageKey")
        .containsExactly("calendar.kind.holidayOnWeekend");
    assertThat(GridKt._get(preview, 2).problems())
        .extracting("messageKey")
        .containsExactly("calendar.date.format");
    assertThat(_get(Button.class, spec -> spec.withId("import-confirm")).isEnabled()).isFalse();
    assertThat(calendar.knows(2031)).isFalse();

    _setValue(
        _get(TextArea.class, spec -> spec.withId("import-rows")),
        """
        2031-01-01,HOLIDAY,元旦
        2031-01-04,上班,元旦调休上班
        """);
    _click(_get(Button.class, spec -> spec.withId("import-check")));
    assertThat(_get(Button.class, spec -> spec.withId("import-confirm")).isEnabled()).isTrue();
    _click(_get(Button.class, spec -> spec.withId("import-confirm")));
    assertThat(calendar.knows(2031)).isTrue();
    assertThat(calendar.day(LocalDate.of(2031, 1, 4)).workingDay()).isTrue();
    maintenance.removeYear(2031, cn.linggong.testsupport.TestUsers.admin());
  }
}
