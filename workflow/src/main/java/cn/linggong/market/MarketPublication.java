package cn.linggong.market;

import cn.linggong.employer.JobCategories;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.shared.validation.PhoneNumbers;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as it is published (the seeds ask each city to make its markets' addresses, hours
 * and contacts public): markets in operation only, no sign-in, personal phones masked, nothing of
 * the operator's papers.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MarketPublication {

  private final MarketMapper mapper;
  private final Districts districts;
  private final JobCategories categories;

  /** The markets in operation, of one district or all, by district and name. */
  @Transactional(readOnly = true)
  public List<PublicMarket> inOperation(String districtId, Locale locale) {
    String district = districtId == null || districtId.isBlank() ? null : districtId.strip();
    MarketFilter filter =
        new MarketFilter(district, null, null, Market.Status.OPERATING, null, null);
    return mapper.search(filter, 0, MarketDirectory.PAGE_MAX).stream()
        .map(MarketRow::view)
        .map(m -> published(m, locale))
        .toList();
  }

  private PublicMarket published(Market m, Locale locale) {
    return new PublicMarket(
        m.id(),
        m.name(),
        m.kind(),
        m.nature(),
        m.districtId(),
        districts.district(m.districtId()).map(District::name).orElse(m.districtId()),
        m.address(),
        m.openingHours(),
        m.jobTypes(),
        m.jobTypes().stream().map(c -> categories.label(c, locale)).toList(),
        m.services(),
        PhoneNumbers.shown(m.serviceHotline()),
        m.contactName(),
        m.contactPhoneMasked(),
        m.complaintChannel(),
        m.certification());
  }
}
