package cn.linggong.shared.ui;

import cn.linggong.shared.time.DateInput;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/**
 * The date picker of every screen: month and weekday names, 今天 and 取消 in the screen's language,
 * weeks from Monday, and the three ways of writing a date the server reads too ({@link DateInput}:
 * 2026-12-01, 2026/12/1, 20261201). What cannot be read as a date is said beside the field, and
 * {@link #unreadable()} lets a form refuse to save it instead of taking it for an empty date.
 */
public class DateField extends DatePicker {

  public DateField(String label) {
    super(label);
    DatePickerI18n i18n = new DatePickerI18n();
    i18n.setMonthNames(list("date.months"));
    i18n.setWeekdays(list("date.weekdays"));
    i18n.setWeekdaysShort(list("date.weekdaysShort"));
    i18n.setToday(getTranslation("date.today"));
    i18n.setCancel(getTranslation("date.cancel"));
    i18n.setFirstDayOfWeek(1);
    i18n.setDateFormats(
        DateInput.PATTERNS.get(0),
        DateInput.PATTERNS.subList(1, DateInput.PATTERNS.size()).toArray(String[]::new));
    i18n.setBadInputErrorMessage(getTranslation("date.badInput"));
    setI18n(i18n);
  }

  /**
   * What a task form sends for a date that cannot be read: the server refuses it beside the field.
   */
  public static final String UNREADABLE = "unreadable";

  /** Whether the person typed something that is not a date (the value is then empty). */
  public boolean unreadable() {
    return isInputUnparsable();
  }

  /**
   * Before saving: marks each field whose text is not a date, with the message; true when there is
   * one, and the save must not go on (an unreadable date is never taken for an empty one).
   */
  public static boolean refuseUnreadable(java.util.Collection<?> fields) {
    boolean any = false;
    for (Object field : fields) {
      if (field instanceof DateField date && date.unreadable()) {
        date.setErrorMessage(date.getTranslation("date.badInput"));
        date.setInvalid(true);
        any = true;
      }
    }
    return any;
  }

  private List<String> list(String key) {
    return Arrays.stream(getTranslation(key).split(",")).map(String::trim).toList();
  }
}
