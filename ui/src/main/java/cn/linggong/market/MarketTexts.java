package cn.linggong.market;

import cn.linggong.employer.JobCategories;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.shared.ui.Punctuation;
import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A market's values in words: codes by their labels, lists joined, districts by name. */
final class MarketTexts {

  private final Component on;
  private final Districts districts;
  private final JobCategories categories;

  MarketTexts(Component on, Districts districts, JobCategories categories) {
    this.on = on;
    this.districts = districts;
    this.categories = categories;
  }

  String district(String id) {
    return districts.district(id).map(District::name).orElse(id);
  }

  String jobTypes(List<String> codes) {
    return joined(
        codes.stream()
            .map(c -> categories.label(c, com.vaadin.flow.component.UI.getCurrent().getLocale()))
            .toList());
  }

  String labels(String prefix, List<? extends Enum<?>> values) {
    return joined(values.stream().map(v -> on.getTranslation(prefix + v.name())).toList());
  }

  /** A value of the history (as stored: codes, comma-joined lists) in words. */
  String value(String field, String value) {
    if (value == null || value.isBlank()) {
      return "—";
    }
    List<String> codes = Arrays.stream(value.split(",")).map(String::trim).toList();
    return switch (field) {
      case "nameKind", "nature", "kind", "operation", "status", "certification" ->
          on.getTranslation("market." + field + "." + value);
      case "services" ->
          joined(codes.stream().map(c -> on.getTranslation("market.service." + c)).toList());
      case "rules" ->
          joined(codes.stream().map(c -> on.getTranslation("market.rule." + c)).toList());
      case "jobTypes" -> jobTypes(codes);
      case "districtId" -> district(value);
      case "hrAgency" -> on.getTranslation("true".equals(value) ? "market.yes" : "market.no");
      default -> value;
    };
  }

  private String joined(List<String> items) {
    return items.isEmpty()
        ? "—"
        : items.stream().collect(Collectors.joining(Punctuation.comma(on)));
  }
}
