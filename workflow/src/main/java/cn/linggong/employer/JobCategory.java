package cn.linggong.employer;

import java.util.Locale;

/** A job category (工种) of the maintained dictionary. */
public record JobCategory(
    String code, String nameZh, String nameEn, int sortOrder, boolean active) {

  public String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }
}
