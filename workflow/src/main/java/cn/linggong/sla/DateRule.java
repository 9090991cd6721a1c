package cn.linggong.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a date was computed from a start: one or more steps, each a named time limit or a number of
 * working days, applied one after the other. Kept with every date computed from a provisional year
 * (as its {@link #text()}), so that the date can be computed again from the same start once the
 * year's official arrangement is entered.
 *
 * <ul>
 *   <li>{@code limit:KEY} — the end (23:59:59.999) of the limit's last day ({@link
 *       TimeLimits#due});
 *   <li>{@code limit-day:KEY} — the start (00:00) of that last day;
 *   <li>{@code limit-before:KEY} — the start of the day the limit lies before the start's date;
 *   <li>{@code wd:N} — N working days later at the same time of day ({@code P5WD}).
 * </ul>
 */
public record DateRule(List<Step> steps) {

  private static final Pattern STEP =
      Pattern.compile("(limit|limit-day|limit-before):([a-z][a-z0-9.-]*)|wd:(\\d{1,4})");

  /** What one step does. */
  public enum Op {
    LIMIT("limit"),
    LIMIT_DAY_START("limit-day"),
    LIMIT_BEFORE_DAY_START("limit-before"),
    WORKING_DAYS("wd");

    private final String prefix;

    Op(String prefix) {
      this.prefix = prefix;
    }
  }

  /** A step: a limit's key, or a number of working days. */
  public record Step(Op op, String key, int days) {
    String text() {
      return op.prefix + ":" + (op == Op.WORKING_DAYS ? String.valueOf(days) : key);
    }
  }

  public DateRule {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a date rule has at least one step");
    }
    steps = List.copyOf(steps);
  }

  public static DateRule limit(String key) {
    return new DateRule(List.of(new Step(Op.LIMIT, key, 0)));
  }

  public static DateRule limitDayStart(String key) {
    return new DateRule(List.of(new Step(Op.LIMIT_DAY_START, key, 0)));
  }

  public static DateRule limitBeforeDayStart(String key) {
    return new DateRule(List.of(new Step(Op.LIMIT_BEFORE_DAY_START, key, 0)));
  }

  public static DateRule workingDays(int days) {
    return new DateRule(List.of(new Step(Op.WORKING_DAYS, null, days)));
  }

  /** This rule, then another from the date this one gives. */
  public DateRule then(DateRule next) {
    List<Step> all = new ArrayList<>(steps);
    all.addAll(next.steps());
    return new DateRule(all);
  }

  /** The rule as it is stored: steps joined by {@code +}. */
  public String text() {
    return String.join("+", steps.stream().map(Step::text).toList());
  }

  public static DateRule parse(String text) {
    List<Step> steps = new ArrayList<>();
    for (String part : text.split("\\+")) {
      Matcher m = STEP.matcher(part.trim());
      if (!m.matches()) {
        throw new IllegalArgumentException("not a date rule step: " + part);
      }
      if (m.group(3) != null) {
        steps.add(new Step(Op.WORKING_DAYS, null, Integer.parseInt(m.group(3))));
      } else {
        Op op =
            switch (m.group(1)) {
              case "limit" -> Op.LIMIT;
              case "limit-day" -> Op.LIMIT_DAY_START;
              default -> Op.LIMIT_BEFORE_DAY_START;
            };
        steps.add(new Step(op, m.group(2), 0));
      }
    }
    return new DateRule(steps);
  }

  @Override
  public String toString() {
    return text();
  }
}
