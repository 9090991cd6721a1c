package cn.linggong.market;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The naming standard of 开封市《关于加强零工市场服务体系建设实施方案》: a comprehensive market set up by the government
 * is named "XX市(县、区)零工市场", a station "XX街道(乡镇)、社区(村)零工驿站", an industry or professional market
 * "行业+零工市场". A name outside the standard is warned about, never refused: a market known by another
 * name (a conventional or address name where it has none) stays findable.
 */
public final class MarketNames {

  private static final Pattern AREA_MARKET = Pattern.compile(".+(市|县|区)零工市场");
  private static final Pattern STATION = Pattern.compile(".+(街道|乡|镇|社区|村)零工驿站");
  private static final Pattern DOORSTEP = Pattern.compile(".+(街道|乡|镇|社区|村)(零工驿站|家门口就业服务站)");
  private static final Pattern INDUSTRY_MARKET = Pattern.compile(".{2,}零工市场");

  private MarketNames() {}

  /**
   * The message key of the warning for this name, or empty when it follows the standard. Only an
   * official name is held to it: a conventional or address name is what people call the place.
   */
  public static Optional<String> warning(String name, Market.NameKind nameKind, Market.Kind kind) {
    if (name == null || nameKind != Market.NameKind.OFFICIAL || kind == null) {
      return Optional.empty();
    }
    String n = name.strip().replace('（', '(').replace('）', ')');
    boolean follows =
        switch (kind) {
          case COMPREHENSIVE -> AREA_MARKET.matcher(n).matches();
          case STATION -> STATION.matcher(n).matches();
          case DOORSTEP -> DOORSTEP.matcher(n).matches();
          case INDUSTRY ->
              INDUSTRY_MARKET.matcher(n).matches() && !AREA_MARKET.matcher(n).matches();
        };
    return follows ? Optional.empty() : Optional.of("market.name.standard." + kind.name());
  }
}
