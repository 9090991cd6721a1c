package cn.linggong.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The languages Linggong speaks: Simplified Chinese first, English second. */
public final class Languages {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

  private Languages() {}

  /** The supported language closest to {@code wanted}; Chinese when nothing fits. */
  public static Locale closest(Locale wanted) {
    if (wanted != null && ENGLISH.getLanguage().equals(wanted.getLanguage())) {
      return ENGLISH;
    }
    return CHINESE;
  }

  /** Parses a stored language tag; Chinese when it is missing or unknown. */
  public static Locale fromTag(String tag) {
    return tag == null || tag.isBlank() ? CHINESE : closest(Locale.forLanguageTag(tag));
  }
}
