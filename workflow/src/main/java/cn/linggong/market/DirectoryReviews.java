package cn.linggong.market;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.CompletionHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periodic review of each district's directory (seed 000: 名录信息每季度更新一次). When a period begins,
 * each district gets one review (process {@code market_directory_review}): a task for its
 * caseworkers, with a time limit and escalation like any other. The node that inserts the period's
 * row starts it (the primary key), so two nodes never start the same review.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DirectoryReviews implements CompletionHandler {

  public static final String PROCESS = "market_directory_review";
  public static final String TASK = "user_task_review_directory";
  public static final String FORM = "market-directory-review";
  static final String VAR_PERIOD = "period";

  private static final Logger log = LoggerFactory.getLogger(DirectoryReviews.class);

  private final MarketMapper mapper;
  private final Districts districts;
  private final MarketProperties properties;
  private final RuntimeService runtime;
  private final AuditService audit;
  private final Clock clock;

  /**
   * The period a day falls in: {@code 2026Q4} by quarter, {@code 2026M12}, {@code 2026H2}, {@code
   * 2026}.
   */
  public String period(LocalDate day) {
    int months = properties.reviewEveryMonths();
    int index = (day.getMonthValue() - 1) / months + 1;
    return switch (months) {
      case 12 -> String.valueOf(day.getYear());
      case 6 -> day.getYear() + "H" + index;
      case 3 -> day.getYear() + "Q" + index;
      default -> day.getYear() + "M" + String.format("%02d", (index - 1) * months + 1);
    };
  }

  /** Starts this period's review of every district that has none yet; the reviews started. */
  @Scheduled(
      fixedDelayString = "${linggong.market.review-check-interval:PT1H}",
      initialDelayString = "${linggong.market.review-check-interval:PT1H}")
  @Transactional
  public int startDue() {
    String period = period(LocalDate.now(clock));
    int started = 0;
    for (District district : districts.districts()) {
      if (start(district.id(), period)) {
        started++;
      }
    }
    if (started > 0) {
      log.info("Started the {} directory review of {} districts", period, started);
    }
    return started;
  }

  /** Starts the review of one district for a period unless it was started before. */
  @Transactional
  public boolean start(String districtId, String period) {
    try {
      mapper.claimReview(districtId, period, clock.instant());
    } catch (org.springframework.dao.DuplicateKeyException startedBefore) {
      return false;
    }
    runtime
        .createProcessInstanceByKey(PROCESS)
        .processDefinitionWithoutTenantId()
        .businessKey(businessKey(districtId, period))
        .setVariables(
            Variables.createVariables()
                .putValue(VAR_PERIOD, period)
                .putValue(cn.linggong.engine.EngineSettings.DISTRICT_VARIABLE, districtId))
        .execute();
    return true;
  }

  /** The reviews of a district (null: all districts the person may see), newest period first. */
  @Transactional(readOnly = true)
  public List<DirectoryReview> reviews(LinggongUser user, String districtId) {
    MarketPolicy.VIEW.check(user);
    return mapper.reviews(user.cityLevel() ? blankToNull(districtId) : user.districtId());
  }

  /** The latest review of a district, if any. */
  @Transactional(readOnly = true)
  public Optional<DirectoryReview> latest(LinggongUser user, String districtId) {
    return reviews(user, districtId).stream()
        .filter(r -> r.districtId().equals(districtId))
        .findFirst();
  }

  static String businessKey(String districtId, String period) {
    return "ML-" + districtId + "-" + period;
  }

  @Override
  public boolean handles(String formId, String taskDefinitionKey) {
    return FORM.equals(formId) || TASK.equals(taskDefinitionKey);
  }

  @Override
  public void complete(Completion c) {
    MarketPolicy.REVIEW_DIRECTORY.check(c.user());
    String districtId = c.businessKey().substring(3, c.businessKey().lastIndexOf('-'));
    String period = c.businessKey().substring(c.businessKey().lastIndexOf('-') + 1);
    long markets = mapper.count(MarketFilter.all().inDistrict(districtId));
    Object note = c.targets().get("review.note");
    String text = note == null || note.toString().isBlank() ? null : note.toString().strip();
    mapper.completeReview(
        districtId, period, clock.instant(), c.user().userId(), (int) markets, text);
    audit.record(
        c.user().userId(),
        "MARKET_DIRECTORY_REVIEWED",
        "market-directory",
        districtId,
        districtId,
        period + "; " + markets);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
