package cn.linggong.casefile;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Where a letter's line may break, by Chinese typesetting rules: Unicode line breaking (UAX #14, as
 * ICU implements it) keeps closing punctuation (，。、；：）」』) off a line's start and opening
 * punctuation (（「『) off its end; on top of it a run of Latin letters, digits and the marks inside
 * numbers ({@code LG-2026-000123-R1}, {@code 1200.00}) is never broken, so a case number stays on
 * one line. Only a run longer than a whole line is cut, character by character.
 */
final class LineBreaks {

  private LineBreaks() {}

  /** The text in lines no wider than {@code max}, measured by {@code width}. */
  static List<String> wrap(String text, ToDoubleFunction<String> width, double max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String segment : segments(text)) {
      if (fits(line + segment, width, max)) {
        line.append(segment);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(stripTrailing(line.toString()));
        line.setLength(0);
      }
      if (fits(segment, width, max)) {
        line.append(segment);
        continue;
      }
      for (String piece : cut(segment, width, max)) {
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(piece);
      }
    }
    lines.add(stripTrailing(line.toString()));
    return lines;
  }

  /** The pieces between the break opportunities, each with the spaces that follow it. */
  static List<String> segments(String text) {
    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.SIMPLIFIED_CHINESE);
    breaks.setText(text);
    List<String> segments = new ArrayList<>();
    int start = 0;
    for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
      if (end < text.length() && unbreakable(text, end)) {
        continue;
      }
      segments.add(text.substring(start, end));
      start = end;
    }
    if (start < text.length()) {
      segments.add(text.substring(start));
    }
    return segments;
  }

  /** Inside a number-like run: the characters on both sides are Latin letters, digits or marks. */
  private static boolean unbreakable(String text, int at) {
    return numberLike(text.charAt(at - 1)) && numberLike(text.charAt(at));
  }

  private static boolean numberLike(char c) {
    return (c >= '0' && c <= '9')
        || (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || c == '-'
        || c == '/'
        || c == '.'
        || c == '_';
  }

  private static boolean fits(String text, ToDoubleFunction<String> width, double max) {
    return width.applyAsDouble(stripTrailing(text)) <= max;
  }

  private static List<String> cut(String segment, ToDoubleFunction<String> width, double max) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    segment
        .codePoints()
        .forEach(
            cp -> {
              String ch = Character.toString(cp);
              if (!piece.isEmpty() && !fits(piece + ch, width, max)) {
                pieces.add(piece.toString());
                piece.setLength(0);
              }
              piece.append(ch);
            });
    if (!piece.isEmpty()) {
      pieces.add(piece.toString());
    }
    return pieces;
  }

  private static String stripTrailing(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u3000')) {
      end--;
    }
    return text.substring(0, end);
  }
}
