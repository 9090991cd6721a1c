package cn.linggong.subsidy;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.certification.ObjectionRow;
import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.TaskDetails;
import cn.linggong.market.Market;
import cn.linggong.market.MarketDirectory;
import cn.linggong.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading applications: the open ones of a desk, one application's screen, a market's history. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SubsidyReading {

  private final SubsidyRecords records;
  private final SubsidyApplicationMapper mapper;
  private final SubsidyMapper quoteFacts;
  private final SubsidyProperties money;
  private final CaseDocuments documents;
  private final TaskDetails openSteps;
  private final MarketDirectory markets;

  /** The open applications this person may see (a district user: the own district's). */
  @Transactional(readOnly = true)
  public List<SubsidyApplication> open(LinggongUser user) {
    SubsidyPolicy.VIEW.check(user);
    return mapper.open(user.cityLevel() ? null : user.districtId()).stream()
        .map(SubsidyRow::view)
        .toList();
  }

  /** An open application on the desk with the clock that ends first (an open step's due date). */
  public record DeskRow(SubsidyApplication application, java.time.Instant due) {}

  /** The open applications, the clock that ends first on top (waiting ones after). */
  @Transactional(readOnly = true)
  public List<DeskRow> desk(LinggongUser user) {
    SubsidyPolicy.VIEW.check(user);
    return mapper.open(user.cityLevel() ? null : user.districtId()).stream()
        .map(
            r ->
                new DeskRow(
                    r.view(),
                    openSteps.openSteps(r.processInstanceId).stream()
                        .map(TaskDetails.OpenStep::due)
                        .filter(java.util.Objects::nonNull)
                        .min(java.util.Comparator.naturalOrder())
                        .orElse(null)))
        .sorted(
            java.util.Comparator.comparing(
                DeskRow::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
        .toList();
  }

  @Transactional(readOnly = true)
  public SubsidyView view(LinggongUser user, String applicationNo) {
    SubsidyPolicy.VIEW.check(user);
    SubsidyRow row = records.visible(user, applicationNo);
    List<SubsidyApplication.Disbursement> paid = mapper.disbursements(row.id);
    return new SubsidyView(
        row.view(),
        records.items(row),
        mapper.evidence(row.id),
        paid,
        paid.stream()
            .map(SubsidyApplication.Disbursement::amount)
            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
        mapper.objections(row.id).stream().map(ObjectionRow::view).toList(),
        openSteps.openSteps(row.processInstanceId),
        openSteps.waits(row.processInstanceId),
        documents.of(row.ref()),
        records.events(row),
        prior(row));
  }

  private SubsidyView.Prior prior(SubsidyRow row) {
    Map<SubsidyItem, BigDecimal> elsewhere = new EnumMap<>(SubsidyItem.class);
    for (SubsidyApplication.Item i : records.items(row)) {
      BigDecimal all =
          quoteFacts.counted(
              row.marketId,
              i.item().name(),
              i.item() == SubsidyItem.NETWORK ? null : row.subsidyYear);
      BigDecimal own =
          i.approved() == null
              ? BigDecimal.ZERO
              : i.approved().add(i.higherOffset() == null ? BigDecimal.ZERO : i.higherOffset());
      elsewhere.put(i.item(), all.subtract(own));
    }
    return new SubsidyView.Prior(elsewhere, quoteFacts.firstYear(row.marketId), money.maxYears());
  }

  /** The application a task knows by its id, as this person may see it. */
  @Transactional(readOnly = true)
  public SubsidyView viewById(LinggongUser user, long applicationId) {
    return view(user, records.byId(applicationId).applicationNo);
  }

  @Transactional(readOnly = true)
  public SubsidyHistory history(LinggongUser user, long marketId) {
    SubsidyPolicy.VIEW.check(user);
    Market market = markets.find(user, marketId);
    Map<Integer, Map<SubsidyItem, BigDecimal>> approved = new TreeMap<>();
    Map<Integer, BigDecimal> paid = new TreeMap<>();
    List<SubsidyRow> rows = mapper.ofMarket(market.id());
    for (SubsidyRow r : rows) {
      for (SubsidyApplication.Item i : records.items(r)) {
        if (i.approved() != null && i.approved().signum() > 0) {
          approved
              .computeIfAbsent(r.subsidyYear, y -> new EnumMap<>(SubsidyItem.class))
              .merge(i.item(), i.approved(), BigDecimal::add);
        }
      }
      for (SubsidyApplication.Disbursement d : mapper.disbursements(r.id)) {
        paid.merge(r.subsidyYear, d.amount(), BigDecimal::add);
      }
    }
    List<SubsidyHistory.Year> years = new ArrayList<>();
    approved.forEach(
        (year, items) ->
            years.add(
                new SubsidyHistory.Year(
                    year, items, paid.getOrDefault(year, BigDecimal.ZERO.setScale(2)))));
    Integer first = quoteFacts.firstYear(market.id());
    int used =
        (int)
            years.stream()
                .filter(y -> y.approved().keySet().stream().anyMatch(SubsidyItem::limitedInYears))
                .count();
    return new SubsidyHistory(
        market.id(),
        market.name(),
        first,
        first == null ? null : first + money.maxYears() - 1,
        used,
        money.maxYears(),
        quoteFacts.approved(market.id(), SubsidyItem.NETWORK.name(), null),
        money.networkCap(),
        years,
        mapper.higherGrants(market.id()),
        rows.stream().map(SubsidyRow::view).toList());
  }

  /** A letter or piece of evidence of the application. */
  @Transactional(readOnly = true)
  public CaseDocuments.File document(LinggongUser user, String applicationNo, long id) {
    SubsidyPolicy.VIEW.check(user);
    SubsidyRow row = records.visible(user, applicationNo);
    return documents
        .file(row.ref(), id)
        .orElseThrow(() -> new NotFoundException("subsidy.document.notFound", id));
  }

  /**
   * The open applications by stage, every stage of the process in order (none: 0), for the person's
   * district, or at city level the one chosen ({@code null}: all).
   */
  @Transactional(readOnly = true)
  public List<cn.linggong.shared.cases.StageCount> pipeline(LinggongUser user, String districtId) {
    SubsidyPolicy.VIEW.check(user);
    return cn.linggong.shared.cases.StageCount.inOrder(
        mapper.openByStage(user.cityLevel() ? districtId : user.districtId()),
        SubsidyApplication.Stage.values(),
        SubsidyApplication.Stage.CLOSED);
  }
}
