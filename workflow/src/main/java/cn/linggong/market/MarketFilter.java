package cn.linggong.market;

/**
 * What the directory is narrowed to; null means any. A district user's district is set by the
 * service, whatever was asked.
 */
public record MarketFilter(
    String districtId,
    Market.Kind kind,
    Market.Nature nature,
    Market.Status status,
    Market.Certification certification,
    String name) {

  public static MarketFilter all() {
    return new MarketFilter(null, null, null, null, null, null);
  }

  MarketFilter inDistrict(String district) {
    return new MarketFilter(district, kind, nature, status, certification, name);
  }

  /** The name as a LIKE pattern (its own % and _ taken away), or null. */
  public String nameLike() {
    return name == null || name.isBlank()
        ? null
        : "%" + name.trim().replace("%", "").replace("_", "") + "%";
  }
}
