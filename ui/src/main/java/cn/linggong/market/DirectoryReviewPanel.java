package cn.linggong.market;

import cn.linggong.casework.CaseContext;
import cn.linggong.casework.CaseSidePanel;
import cn.linggong.casework.CaseTexts;
import cn.linggong.casework.ProcessCasePanel;
import cn.linggong.inbox.TaskDetails;
import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Beside the directory review task: the district's markets with their status and when each record
 * was last changed (what to check first), and a link to the directory where they are changed.
 */
@org.springframework.stereotype.Component
class DirectoryReviewPanel extends ProcessCasePanel {

  private final MarketDirectory directory;
  private final cn.linggong.identity.Districts districts;

  DirectoryReviewPanel(
      MarketDirectory directory, cn.linggong.identity.Districts districts, CaseContext context) {
    super(DirectoryReviews.PROCESS, context);
    this.directory = directory;
    this.districts = districts;
  }

  @Override
  public Component create(TaskDetails.Summary task) {
    List<Market> markets =
        directory.search(
            context.user(),
            new MarketFilter(task.districtId(), null, null, null, null, null),
            0,
            MarketDirectory.PAGE_MAX);
    String key = task.businessKey();
    CaseSidePanel panel = new CaseSidePanel("directory-review-panel");
    panel.title(
        panel.getTranslation(
            "market.review.title",
            districts
                .district(task.districtId())
                .map(cn.linggong.identity.District::name)
                .orElse(task.districtId()),
            key.substring(key.lastIndexOf('-') + 1)));
    return panel
        .lines(
            markets.isEmpty()
                ? List.of(panel.getTranslation("market.review.noMarkets"))
                : markets.stream()
                    .map(
                        m ->
                            panel.getTranslation(
                                "market.review.line",
                                m.name(),
                                panel.getTranslation("market.status." + m.status()),
                                CaseTexts.day(m.updatedAt(), context.zone())))
                    .toList())
        .openScreen(
            "open-market-directory",
            "markets",
            panel.getTranslation("market.review.openDirectory"));
  }
}
