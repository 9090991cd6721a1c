package cn.linggong.monitoring;

import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.report.XlsxBook;
import cn.linggong.shared.validation.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 记实管理 (seed 001): each market's five daily work-log ledgers, kept by the district's staff,
 * searched by market, ledger, dates and text, exported as XLSX; the month's counts feed the
 * monitoring report.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkLogs {

  public static final int PAGE_MAX = 500;
  private static final int CONTENT_MAX = 500;
  private static final int PARTY_MAX = 200;
  private static final int HEAD_COUNT_MAX = 100_000;
  private static final int EXPORT_MAX = 50_000;

  private final WorkLogMapper mapper;
  private final MessageSource messages;
  private final Clock clock;

  /** What a search keeps; each part optional ({@code textLike}: a LIKE pattern). */
  public record Filter(
      Long marketId,
      WorkLogEntry.Ledger ledger,
      LocalDate from,
      LocalDate to,
      String textLike,
      String districtId) {

    public static Filter all() {
      return new Filter(null, null, null, null, null, null);
    }
  }

  /** A new line of a ledger, as a person enters it. */
  public record Draft(
      Long marketId,
      WorkLogEntry.Ledger ledger,
      LocalDate entryDate,
      String content,
      String party,
      Integer headCount) {}

  @Transactional
  public WorkLogEntry add(LinggongUser user, Draft draft) {
    MonitoringPolicy.ENTER.check(user);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    String district = null;
    if (draft.marketId() == null) {
      errors.add("marketId", "validation.required");
    } else if (mapper.marketName(draft.marketId(), user.cityLevel() ? null : user.districtId())
        == null) {
      errors.add("marketId", "monitoring.market.notInDistrict", draft.marketId());
    } else {
      district = mapper.marketDistrict(draft.marketId());
    }
    if (draft.ledger() == null) {
      errors.add("ledger", "validation.required");
    }
    LocalDate today = LocalDate.now(clock);
    if (draft.entryDate() == null) {
      errors.add("entryDate", "validation.required");
    } else if (draft.entryDate().isAfter(today)) {
      errors.add("entryDate", "worklog.date.future");
    }
    errors.requireText("content", draft.content());
    errors.maxLength("content", draft.content(), CONTENT_MAX);
    errors.requireText("party", draft.party());
    errors.maxLength("party", draft.party(), PARTY_MAX);
    if (draft.headCount() == null) {
      errors.add("headCount", "validation.required");
    } else if (draft.headCount() < 0 || draft.headCount() > HEAD_COUNT_MAX) {
      errors.add("headCount", "worklog.headCount.range", HEAD_COUNT_MAX);
    }
    errors.throwIfAny();
    WorkLogMapper.NewEntry row = new WorkLogMapper.NewEntry();
    row.marketId = draft.marketId();
    row.districtId = district;
    row.ledger = draft.ledger().name();
    row.entryDate = draft.entryDate();
    row.content = draft.content().strip();
    row.party = draft.party().strip();
    row.headCount = draft.headCount();
    row.enteredBy = user.userId();
    row.enteredAt = clock.instant();
    mapper.insert(row);
    return mapper.find(row.id);
  }

  @Transactional(readOnly = true)
  public List<WorkLogEntry> search(LinggongUser user, Filter filter, int offset, int limit) {
    MonitoringPolicy.VIEW.check(user);
    return mapper.search(filter, district(user, filter), offset, Math.min(limit, PAGE_MAX));
  }

  @Transactional(readOnly = true)
  public long count(LinggongUser user, Filter filter) {
    MonitoringPolicy.VIEW.check(user);
    return mapper.count(filter, district(user, filter));
  }

  /** The entries the filter keeps, as an XLSX sheet (newest first). */
  @Transactional(readOnly = true)
  public byte[] xlsx(LinggongUser user, Filter filter, Locale locale) {
    MonitoringPolicy.VIEW.check(user);
    List<List<?>> rows = new ArrayList<>();
    for (WorkLogEntry e : mapper.search(filter, district(user, filter), 0, EXPORT_MAX)) {
      rows.add(
          Arrays.asList(
              e.entryDate().toString(),
              e.marketName(),
              messages.getMessage("worklog.ledger." + e.ledger().name(), null, locale),
              e.content(),
              e.party(),
              e.headCount(),
              e.enteredBy()));
    }
    try (XlsxBook book = new XlsxBook()) {
      return book.sheet(
              messages.getMessage("worklog.sheet", null, locale),
              List.of("date", "market", "ledger", "content", "party", "headCount", "enteredBy")
                  .stream()
                  .map(c -> messages.getMessage("worklog.column." + c, null, locale))
                  .toList(),
              rows)
          .toBytes();
    }
  }

  private static String district(LinggongUser user, Filter filter) {
    if (!user.cityLevel()) {
      return user.districtId();
    }
    return filter.districtId() == null || filter.districtId().isBlank()
        ? null
        : filter.districtId();
  }
}
