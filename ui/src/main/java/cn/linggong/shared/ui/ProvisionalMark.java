package cn.linggong.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/**
 * "暂定" beside a date computed from a year whose State Council holiday arrangement is not entered
 * yet (counted from the statutory holidays alone; it moves when the arrangement is entered).
 */
public final class ProvisionalMark {

  private ProvisionalMark() {}

  /** The mark, with its explanation as the tooltip. */
  public static Span of(Component context) {
    Span mark = new Span(context.getTranslation("calendar.provisional.mark"));
    mark.getElement().getThemeList().add("badge contrast small");
    mark.getElement().setAttribute("title", context.getTranslation("calendar.provisional.hint"));
    mark.getElement().setAttribute("data-provisional", "true");
    mark.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
    return mark;
  }

  /** The text form, for places that show a date as text: "2027-01-05 暂定". */
  public static String text(Component context, String date, boolean provisional) {
    return provisional ? date + " " + context.getTranslation("calendar.provisional.mark") : date;
  }
}
