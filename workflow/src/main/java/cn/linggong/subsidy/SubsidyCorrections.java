package cn.linggong.subsidy;

import cn.linggong.shared.i18n.Languages;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.MoneyAmounts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Finance's corrections at the calculation review, one per line: the item (its code or its name,
 * e.g. {@code RENT} or 场地租金补贴), the corrected amount in yuan and the reason — {@code 场地租金补贴
 * 45000.00 三月租金票据为复印件，不予计入}. A correction lowers a quoted amount (never above it: the quote is what
 * the rules give for the claim); a reason is required.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SubsidyCorrections {

  static final int REASON_MAX = 500;
  static final String FIELD = "corrections";

  private final MoneyAmounts money;
  private final MessageSource messages;

  /** A corrected amount with its reason. */
  record Correction(BigDecimal amount, String reason) {}

  Map<SubsidyItem, Correction> parse(String text, List<SubsidyApplication.Item> items) {
    Map<SubsidyItem, Correction> corrections = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return corrections;
    }
    Map<SubsidyItem, SubsidyApplication.Item> claimed = new LinkedHashMap<>();
    items.forEach(i -> claimed.put(i.item(), i));
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    String[] lines = text.strip().split("\\R");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("[\\s:：=]+", 3);
      int lineNo = n + 1;
      SubsidyItem item = item(parts[0]);
      if (item == null || !claimed.containsKey(item)) {
        errors.add(FIELD, "subsidy.correction.item", lineNo, parts[0]);
        continue;
      }
      if (corrections.containsKey(item)) {
        errors.add(FIELD, "subsidy.correction.twice", lineNo);
        continue;
      }
      BigDecimal amount;
      try {
        amount = parts.length < 2 ? null : new BigDecimal(parts[1].replace(",", ""));
      } catch (NumberFormatException e) {
        amount = null;
      }
      if (amount == null) {
        errors.add(FIELD, "subsidy.correction.amount", lineNo);
        continue;
      }
      MoneyAmounts.Result checked = money.check(amount);
      if (!checked.valid()) {
        errors.add(FIELD, "subsidy.correction.invalid", lineNo);
        continue;
      }
      BigDecimal quoted = claimed.get(item).quoted();
      if (checked.amount().compareTo(quoted) > 0) {
        errors.add(FIELD, "subsidy.correction.aboveQuote", lineNo, quoted);
        continue;
      }
      String reason = parts.length < 3 ? "" : parts[2].strip();
      if (reason.isEmpty()) {
        errors.add(FIELD, "subsidy.correction.reason", lineNo);
        continue;
      }
      if (reason.length() > REASON_MAX) {
        errors.add(FIELD, "subsidy.correction.reasonLength", lineNo, REASON_MAX);
        continue;
      }
      corrections.put(item, new Correction(checked.amount(), reason));
    }
    errors.throwIfAny();
    return corrections;
  }

  private SubsidyItem item(String given) {
    for (SubsidyItem item : SubsidyItem.values()) {
      if (item.name().equalsIgnoreCase(given) || label(item, Languages.CHINESE).equals(given)) {
        return item;
      }
    }
    return null;
  }

  private String label(SubsidyItem item, java.util.Locale locale) {
    return messages.getMessage("subsidy.item." + item.name(), null, item.name(), locale);
  }
}
