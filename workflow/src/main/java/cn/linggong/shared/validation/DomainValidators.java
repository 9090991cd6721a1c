package cn.linggong.shared.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** All domain validators by the name forms use for them ({@code properties.validator}). */
@Service
public class DomainValidators {

  private final Map<String, DomainValidator> byName;

  public DomainValidators(List<DomainValidator> validators) {
    this.byName =
        validators.stream()
            .collect(Collectors.toUnmodifiableMap(DomainValidator::name, Function.identity()));
  }

  public Optional<DomainValidator> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Checks a value with the named validator; an unknown name is a programming error. */
  public Optional<Violation> check(String validatorName, String input) {
    DomainValidator validator = byName.get(validatorName);
    if (validator == null) {
      throw new IllegalArgumentException("No domain validator named " + validatorName);
    }
    return validator.check(input);
  }

  public java.util.Set<String> names() {
    return byName.keySet();
  }
}
