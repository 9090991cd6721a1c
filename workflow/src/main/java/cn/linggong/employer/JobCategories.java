package cn.linggong.employer;

import cn.linggong.shared.validation.DomainValidator;
import cn.linggong.shared.validation.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job-category dictionary (工种). Also the domain validator {@code job-categories} for a
 * comma-separated list of codes, as forms and REST send them.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JobCategories implements DomainValidator {

  public static final String NAME = "job-categories";

  private final JobCategoryMapper mapper;

  @Transactional(readOnly = true)
  public List<JobCategory> active() {
    return mapper.all().stream().filter(JobCategory::active).toList();
  }

  @Transactional(readOnly = true)
  public Map<String, JobCategory> byCode() {
    return mapper.all().stream().collect(Collectors.toMap(JobCategory::code, Function.identity()));
  }

  /** The category's name in the language, or the code itself if unknown. */
  public String label(String code, Locale locale) {
    JobCategory category = byCode().get(code);
    return category == null ? code : category.label(locale);
  }

  public boolean isActive(String code) {
    JobCategory category = byCode().get(code);
    return category != null && category.active();
  }

  /** Codes from "a,b, c" (blank entries dropped). */
  public static List<String> split(String codes) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    return Arrays.stream(codes.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Violation> checkGiven(String input) {
    for (String code : split(input)) {
      if (!isActive(code)) {
        return Optional.of(Violation.of("employer.category.unknown", code));
      }
    }
    return Optional.empty();
  }
}
