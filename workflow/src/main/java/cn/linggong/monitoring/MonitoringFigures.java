package cn.linggong.monitoring;

import cn.linggong.employer.JobCategories;
import cn.linggong.sla.TimeLimits;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws up a district's figures for a month from what the system knows and what the markets
 * reported; sums districts into the city's roll-up; reads and writes a version's figures as JSON.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MonitoringFigures {

  /** The five ledgers of seed 001, in their order. */
  public static final List<String> LEDGERS =
      List.of("POLICY_TALK", "EMPLOYER_DEMAND", "LABOUR_SUPPLY", "EMPLOYER_SERVICE", "MATCHING");

  private final MonitoringMapper mapper;
  private final MonitoringProperties properties;
  private final TimeLimits timeLimits;
  private final ObjectMapper json;

  public ReportPeriod period(YearMonth month) {
    return ReportPeriod.of(month, properties.draftDay());
  }

  /** The district's figures for the month as things stand. */
  @Transactional(readOnly = true)
  public Figures compute(String districtId, YearMonth month) {
    ReportPeriod period = period(month);
    ZoneId zone = timeLimits.zone();
    Instant from = period.from().atStartOfDay(zone).toInstant();
    Instant to = period.to().plusDays(1).atStartOfDay(zone).toInstant();
    String m = month.toString();

    Map<String, Tally> byCategory = new LinkedHashMap<>();
    List<MonitoringMapper.Category> categories = mapper.categories();
    categories.forEach(c -> byCategory.put(c.code(), new Tally()));
    for (String skills : mapper.registeredSkills(districtId, from, to)) {
      for (String code : JobCategories.split(skills)) {
        byCategory.computeIfAbsent(code, c -> new Tally()).seekers++;
      }
    }
    long postings = 0;
    long systemPositions = 0;
    for (MonitoringMapper.PostingSum p : mapper.postings(districtId, from, to)) {
      Tally t = byCategory.computeIfAbsent(p.categoryCode(), c -> new Tally());
      t.positions += p.positions();
      t.payTotal = t.payTotal.add(p.dayPayTotal() == null ? BigDecimal.ZERO : p.dayPayTotal());
      t.payHeads += p.dayPayHeads();
      postings += p.postings();
      systemPositions += p.positions();
    }

    Map<Long, MonitoringMapper.MarketMonth> reported = new HashMap<>();
    mapper.marketMonths(districtId, m).forEach(r -> reported.put(r.marketId(), r));
    Map<Long, Long> marketPositions = new HashMap<>();
    for (MonitoringMapper.MarketCategory c : mapper.marketCategories(districtId, m)) {
      Tally t = byCategory.computeIfAbsent(c.categoryCode(), k -> new Tally());
      t.seekers += c.seekers();
      t.positions += c.positions();
      if (c.avgDailyPay() != null && c.positions() > 0) {
        t.payTotal = t.payTotal.add(c.avgDailyPay().multiply(BigDecimal.valueOf(c.positions())));
        t.payHeads += c.positions();
      }
      marketPositions.merge(c.marketId(), c.positions(), Long::sum);
    }
    Map<Long, Map<String, long[]>> ledgers = new HashMap<>();
    long ledgerEntries = 0;
    for (MonitoringMapper.LedgerCount l :
        mapper.ledgerCounts(districtId, period.from(), period.to())) {
      ledgers
          .computeIfAbsent(l.marketId(), k -> new HashMap<>())
          .put(l.ledger(), new long[] {l.entries(), l.people()});
      ledgerEntries += l.entries();
    }
    List<Figures.MarketRow> markets = new ArrayList<>();
    long marketSeekers = 0;
    BigDecimal marketDailyHires = BigDecimal.ZERO;
    for (MonitoringMapper.MarketName market : mapper.markets(districtId)) {
      MonitoringMapper.MarketMonth r = reported.get(market.id());
      Map<String, long[]> counts = ledgers.getOrDefault(market.id(), Map.of());
      Map<String, Long> entries = new LinkedHashMap<>();
      Map<String, Long> people = new LinkedHashMap<>();
      for (String ledger : LEDGERS) {
        long[] c = counts.getOrDefault(ledger, new long[2]);
        entries.put(ledger, c[0]);
        people.put(ledger, c[1]);
      }
      markets.add(
          new Figures.MarketRow(
              market.id(),
              market.name(),
              r != null,
              r == null ? 0 : r.seekersServed(),
              r == null ? BigDecimal.ZERO : r.dailyHires(),
              marketPositions.getOrDefault(market.id(), 0L),
              entries,
              people));
      if (r != null) {
        marketSeekers += r.seekersServed();
        marketDailyHires = marketDailyHires.add(r.dailyHires());
      }
    }
    long registered = mapper.registeredSeekers(districtId, from, to);
    long positions =
        systemPositions + marketPositions.values().stream().mapToLong(Long::longValue).sum();
    Figures.Totals totals =
        new Figures.Totals(
            registered + marketSeekers,
            registered,
            marketSeekers,
            postings,
            positions,
            Figures.ratio(positions, registered + marketSeekers),
            mapper.referrals(districtId, from, to),
            mapper.hires(districtId, from, to),
            marketDailyHires,
            mapper.hardshipServed(districtId, from, to),
            mapper.hardshipPlaced(districtId, from, to),
            mapper.complaintsReceived(districtId, from, to),
            mapper.complaintsAccepted(districtId, from, to),
            mapper.complaintsMediated(districtId, from, to),
            mapper.wagesRecovered(districtId, from, to),
            ledgerEntries);
    Map<String, String> industryOf = new HashMap<>();
    categories.forEach(c -> industryOf.put(c.code(), c.industryCode()));
    List<Figures.CategoryRow> rows = new ArrayList<>();
    byCategory.forEach((code, t) -> rows.add(t.row(code, industryOf.get(code))));
    return new Figures(
        districtId,
        m,
        period.from(),
        period.to(),
        totals,
        rows,
        industries(rows),
        markets,
        signedTotals(districtId, month.minusMonths(1)).orElse(null),
        signedTotals(districtId, month.minusYears(1)).orElse(null));
  }

  /** The city's roll-up: every district's figures summed, ratios and pay computed again. */
  public Figures rollUp(String month, List<Figures> districts) {
    Map<String, Tally> byCategory = new LinkedHashMap<>();
    Map<String, String> industryOf = new HashMap<>();
    List<Figures.MarketRow> markets = new ArrayList<>();
    for (Figures f : districts) {
      for (Figures.CategoryRow c : f.categories()) {
        Tally t = byCategory.computeIfAbsent(c.code(), k -> new Tally());
        t.seekers += c.seekers();
        t.positions += c.positions();
        if (c.avgDailyPay() != null) {
          t.payTotal = t.payTotal.add(c.avgDailyPay().multiply(BigDecimal.valueOf(c.payHeads())));
          t.payHeads += c.payHeads();
        }
        industryOf.put(c.code(), c.industryCode());
      }
      markets.addAll(f.markets());
    }
    List<Figures.CategoryRow> rows = new ArrayList<>();
    byCategory.forEach((code, t) -> rows.add(t.row(code, industryOf.get(code))));
    Figures first = districts.isEmpty() ? null : districts.get(0);
    return new Figures(
        null,
        month,
        first == null ? null : first.periodFrom(),
        first == null ? null : first.periodTo(),
        sum(districts.stream().map(Figures::totals).toList()),
        rows,
        industries(rows),
        markets,
        sumOrNull(districts, Figures::previousMonth),
        sumOrNull(districts, Figures::lastYear));
  }

  /** Job categories' names in a language, by code (the dictionary's, retired ones too). */
  @Transactional(readOnly = true)
  public Map<String, String> categoryNames(java.util.Locale locale) {
    return names(mapper.categories(), locale);
  }

  /** Industries' names in a language, by code. */
  @Transactional(readOnly = true)
  public Map<String, String> industryNames(java.util.Locale locale) {
    return names(mapper.industries(), locale);
  }

  private static Map<String, String> names(
      List<MonitoringMapper.Category> all, java.util.Locale locale) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    Map<String, String> names = new LinkedHashMap<>();
    all.forEach(c -> names.put(c.code(), english ? c.nameEn() : c.nameZh()));
    return names;
  }

  public String write(Figures figures) {
    try {
      return json.writeValueAsString(figures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The report's figures cannot be written", e);
    }
  }

  public Figures read(String text) {
    try {
      return json.readValue(text, Figures.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A report's stored figures cannot be read", e);
    }
  }

  /** The totals of the district's signed report of a month, if there is one. */
  private Optional<Figures.Totals> signedTotals(String districtId, YearMonth month) {
    return mapper.signedOfMonth(districtId, month.toString()).stream()
        .findFirst()
        .map(r -> read(r.figures()).totals());
  }

  private static List<Figures.IndustryRow> industries(List<Figures.CategoryRow> rows) {
    Map<String, long[]> sums = new TreeMap<>();
    for (Figures.CategoryRow r : rows) {
      if (r.industryCode() != null) {
        long[] s = sums.computeIfAbsent(r.industryCode(), k -> new long[2]);
        s[0] += r.seekers();
        s[1] += r.positions();
      }
    }
    List<Figures.IndustryRow> industries = new ArrayList<>();
    sums.forEach(
        (code, s) ->
            industries.add(new Figures.IndustryRow(code, s[0], s[1], Figures.ratio(s[1], s[0]))));
    return industries;
  }

  private static Figures.Totals sumOrNull(
      List<Figures> districts, Function<Figures, Figures.Totals> which) {
    List<Figures.Totals> found =
        districts.stream().map(which).filter(java.util.Objects::nonNull).toList();
    return found.isEmpty() ? null : sum(found);
  }

  static Figures.Totals sum(List<Figures.Totals> all) {
    long[] n = new long[13];
    BigDecimal hires = BigDecimal.ZERO;
    BigDecimal wages = BigDecimal.ZERO;
    for (Figures.Totals t : all) {
      n[0] += t.jobSeekers();
      n[1] += t.registeredSeekers();
      n[2] += t.marketSeekers();
      n[3] += t.postings();
      n[4] += t.positions();
      n[5] += t.referrals();
      n[6] += t.hires();
      n[7] += t.hardshipServed();
      n[8] += t.hardshipPlaced();
      n[9] += t.complaintsReceived();
      n[10] += t.complaintsAccepted();
      n[11] += t.complaintsMediated();
      n[12] += t.ledgerEntries();
      hires = hires.add(t.marketDailyHires());
      wages = wages.add(t.wagesRecovered());
    }
    return new Figures.Totals(
        n[0],
        n[1],
        n[2],
        n[3],
        n[4],
        Figures.ratio(n[4], n[0]),
        n[5],
        n[6],
        hires,
        n[7],
        n[8],
        n[9],
        n[10],
        n[11],
        wages,
        n[12]);
  }

  /** A category's running sums. */
  private static final class Tally {
    long seekers;
    long positions;
    BigDecimal payTotal = BigDecimal.ZERO;
    long payHeads;

    Figures.CategoryRow row(String code, String industryCode) {
      return new Figures.CategoryRow(
          code,
          industryCode,
          seekers,
          positions,
          Figures.ratio(positions, seekers),
          payHeads == 0
              ? null
              : payTotal.divide(BigDecimal.valueOf(payHeads), 2, RoundingMode.HALF_UP),
          payHeads);
    }
  }
}
