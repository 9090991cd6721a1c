package cn.linggong.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * The punctuation that joins texts on a screen, in its language: Chinese full-width marks in
 * Chinese ("日期：2026-12-01；内容：…"), English ones in English ("Date: 2026-12-01; Content: …").
 */
public final class Punctuation {

  private Punctuation() {}

  /** Between a label and its value. */
  public static String colon(Component c) {
    return c.getTranslation("text.colon");
  }

  /** Between facts. */
  public static String semicolon(Component c) {
    return c.getTranslation("text.semicolon");
  }

  /** Between the items of a short list. */
  public static String comma(Component c) {
    return c.getTranslation("text.enumeration");
  }

  /** A remark after a text, in brackets. */
  public static String bracketed(Component c, String text) {
    return c.getTranslation("text.bracketed", text);
  }
}
