package cn.linggong.casefile;

import java.util.Objects;

/**
 * Which case something belongs to: the case type (the feature that owns the case: {@code
 * assistance}, {@code complaint}, and next certification and subsidy) and its number. Timelines and
 * documents of every case type are kept under this reference, in one store.
 */
public record CaseRef(String type, String number) {

  public CaseRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(number, "number");
  }
}
