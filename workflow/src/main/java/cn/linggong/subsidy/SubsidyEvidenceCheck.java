package cn.linggong.subsidy;

import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Whether the documents carry the claimed amounts, for the content review to pass: the rent
 * receipts add up to the rent claimed, the network invoices to the network cost, a lease is there
 * for rent and a floor plan for the operating subsidy. Every shortfall is named in one message, in
 * the reviewer's language.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SubsidyEvidenceCheck {

  private final SubsidyApplicationMapper mapper;
  private final SubsidyRecords records;
  private final MessageSource messages;

  void covers(LinggongUser reviewer, SubsidyRow row) {
    List<SubsidyApplication.Evidence> evidence = mapper.evidence(row.id);
    List<String> shortfalls = new ArrayList<>();
    for (SubsidyApplication.Item i : records.items(row)) {
      for (SubsidyApplication.EvidenceKind kind : SubsidyApplication.EvidenceKind.values()) {
        if (kind.covers() != i.item()) {
          continue;
        }
        BigDecimal evidenced =
            evidence.stream()
                .filter(e -> e.kind() == kind)
                .map(SubsidyApplication.Evidence::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (evidenced.compareTo(i.claimed()) < 0) {
          shortfalls.add(
              text(
                  reviewer,
                  "subsidy.evidence.short",
                  text(reviewer, "subsidy.item." + i.item().name()),
                  i.claimed(),
                  evidenced));
        }
      }
      missing(
          reviewer,
          evidence,
          i,
          SubsidyItem.RENT,
          SubsidyApplication.EvidenceKind.LEASE,
          shortfalls);
      missing(
          reviewer,
          evidence,
          i,
          SubsidyItem.OPERATING,
          SubsidyApplication.EvidenceKind.FLOOR_PLAN,
          shortfalls);
    }
    if (!shortfalls.isEmpty()) {
      throw InvalidInputException.of(
          "contentDecision",
          "subsidy.evidence.incomplete",
          String.join(text(reviewer, "subsidy.evidence.separator"), shortfalls));
    }
  }

  private void missing(
      LinggongUser reviewer,
      List<SubsidyApplication.Evidence> evidence,
      SubsidyApplication.Item i,
      SubsidyItem item,
      SubsidyApplication.EvidenceKind kind,
      List<String> shortfalls) {
    if (i.item() == item && evidence.stream().noneMatch(e -> e.kind() == kind)) {
      shortfalls.add(
          text(reviewer, "subsidy.evidence.missing", text(reviewer, "subsidy.evidence." + kind)));
    }
  }

  private String text(LinggongUser user, String key, Object... args) {
    return messages.getMessage(key, args, key, user.locale());
  }
}
