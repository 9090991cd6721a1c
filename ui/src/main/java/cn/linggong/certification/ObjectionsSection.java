package cn.linggong.certification;

import cn.linggong.casework.CaseTexts;
import cn.linggong.shared.ui.ListSection;
import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import java.util.List;

/**
 * The objections to a public notice (a certification's or a subsidy's) on its case screen: when and
 * by whom (the contact masked), the text, and how each was resolved ({@code outcomePrefix} + the
 * outcome names it in the case type's words).
 */
public final class ObjectionsSection {

  private ObjectionsSection() {}

  public static Component of(
      Component on, String id, List<Objection> objections, ZoneId zone, String outcomePrefix) {
    return ListSection.of(
        on,
        id,
        "certification.objections",
        "certification.objections.none",
        objections,
        grid -> {
          grid.addColumn(o -> CaseTexts.time(o.filedAt(), zone))
              .setHeader(on.getTranslation("certification.objection.filedAt"))
              .setAutoWidth(true);
          grid.addColumn(
                  o ->
                      on.getTranslation("certification.objection.source." + o.source())
                          + (o.name() == null ? "" : " · " + o.name())
                          + (o.contactMasked() == null ? "" : " · " + o.contactMasked()))
              .setHeader(on.getTranslation("certification.objection.by"))
              .setAutoWidth(true);
          grid.addColumn(Objection::text)
              .setHeader(on.getTranslation("certification.objection.text"));
          grid.addColumn(
                  o ->
                      o.outcome() == null
                          ? on.getTranslation("certification.objection.open")
                          : on.getTranslation(outcomePrefix + o.outcome())
                              + (o.resolution() == null ? "" : " · " + o.resolution()))
              .setHeader(on.getTranslation("certification.objection.resolution"));
        });
  }
}
