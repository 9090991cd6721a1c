package cn.linggong.identity;

import cn.linggong.shared.validation.DomainValidator;
import cn.linggong.shared.validation.Violation;
import java.util.Arrays;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The domain validator {@code districts}: a comma-separated list of known district ids. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DistrictList implements DomainValidator {

  private final Districts districts;

  @Override
  public String name() {
    return "districts";
  }

  @Override
  public Optional<Violation> checkGiven(String input) {
    return Arrays.stream(input.split(","))
        .map(String::trim)
        .filter(id -> !id.isEmpty() && districts.district(id).isEmpty())
        .findFirst()
        .map(id -> Violation.of("identity.district.unknown", id));
  }
}
