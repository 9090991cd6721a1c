package cn.linggong.subsidy;

import cn.linggong.casework.CaseTexts;
import cn.linggong.certification.PublicNoticeCards;
import cn.linggong.certification.PublicNoticesView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;

/**
 * 补贴公示 on the public notices page: each market's subsidy proposed for approval, item by item with
 * the total and the period of the notice, and the objection form. Nothing personal.
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class SubsidyNoticeCards implements PublicNoticeCards {

  private final SubsidyNotices notices;
  private final Clock clock;

  @Override
  public List<Component> cards(PublicNoticesView page) {
    List<SubsidyNotices.Published> published = notices.published();
    List<Component> cards = new ArrayList<>();
    if (published.isEmpty()) {
      return cards;
    }
    H2 heading = new H2(page.getTranslation("publicNotices.subsidies"));
    heading.getStyle().set("margin-top", "var(--lumo-space-xl)");
    cards.add(heading);
    cards.add(
        new com.vaadin.flow.component.html.Paragraph(
            page.getTranslation("publicNotices.subsidiesIntro")));
    for (SubsidyNotices.Published n : published) {
      VerticalLayout card =
          cn.linggong.shared.ui.PublicPages.card("public-subsidy-notice-" + n.applicationNo());
      card.add(new H3(n.marketName()));
      card.add(
          new Div(
              page.getTranslation(
                  "publicNotices.subsidyLine",
                  n.districtName(),
                  n.operatorName(),
                  page.getTranslation("subsidy.periodLine", n.periodFrom(), n.periodTo()))));
      card.add(
          new Div(
              n.items().stream()
                      .map(
                          i ->
                              page.getTranslation("subsidy.item." + i.item())
                                  + " "
                                  + SubsidyTexts.yuan(i.amount()))
                      .collect(Collectors.joining(" · "))
                  + " · "
                  + page.getTranslation(
                      "publicNotices.subsidyTotal", SubsidyTexts.yuan(n.total()))));
      card.add(
          new Div(
              page.getTranslation(
                  "publicNotices.period",
                  CaseTexts.day(n.from(), clock.getZone()),
                  CaseTexts.day(n.until(), clock.getZone()))));
      card.add(
          page.objectionForm(n.applicationNo(), o -> notices.objectPublicly(n.applicationNo(), o)));
      cards.add(card);
    }
    return cards;
  }
}
