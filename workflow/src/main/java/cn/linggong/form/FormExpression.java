package cn.linggong.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The FEEL-like expressions of a form's {@code conditional.hide}, as Camunda Forms writes them
 * ({@code =referralOutcome != "HIRED"}): names of the form's fields and the process variables;
 * string, number, {@code true}, {@code false} and {@code null} literals; {@code =} {@code !=}
 * {@code <} {@code <=} {@code >} {@code >=}; {@code and}, {@code or}, {@code not(…)}, parentheses;
 * a list value (a checklist) compared with {@code =} holds when it contains the other side. Parsed
 * when the form is loaded (an expression outside this subset is a form error), evaluated alike on
 * the screen and on the server. A name without a value is {@code null}; comparing values of
 * different kinds is false, never an error.
 */
public final class FormExpression {

  private final String source;
  private final Node root;

  private FormExpression(String source, Node root) {
    this.source = source;
    this.root = root;
  }

  /** Parses {@code =…}; throws {@link IllegalArgumentException} saying what is wrong. */
  public static FormExpression parse(String expression) {
    if (expression == null || !expression.strip().startsWith("=")) {
      throw new IllegalArgumentException("an expression starts with '='");
    }
    Parser parser = new Parser(tokens(expression.strip().substring(1)));
    Node root = parser.or();
    if (!parser.done()) {
      throw new IllegalArgumentException("unexpected '" + parser.peek() + "'");
    }
    return new FormExpression(expression.strip(), root);
  }

  /** Whether it holds for these values (a result that is not {@code true} is false). */
  public boolean test(Map<String, ?> values) {
    return Boolean.TRUE.equals(root.eval(values));
  }

  /** The names it reads: the fields whose change can change its result. */
  public Set<String> names() {
    Set<String> names = new java.util.LinkedHashSet<>();
    root.names(names);
    return names;
  }

  @Override
  public String toString() {
    return source;
  }

  private interface Node {
    Object eval(Map<String, ?> values);

    default void names(Set<String> into) {}
  }

  private record Literal(Object value) implements Node {
    public Object eval(Map<String, ?> values) {
      return value;
    }
  }

  private record Name(String name) implements Node {
    public Object eval(Map<String, ?> values) {
      return normalize(values.get(name));
    }

    public void names(Set<String> into) {
      into.add(name);
    }
  }

  private record Not(Node operand) implements Node {
    public Object eval(Map<String, ?> values) {
      return !Boolean.TRUE.equals(operand.eval(values));
    }

    public void names(Set<String> into) {
      operand.names(into);
    }
  }

  private record Binary(String operator, Node left, Node right) implements Node {
    public Object eval(Map<String, ?> values) {
      Object a = left.eval(values);
      if ("and".equals(operator)) {
        return Boolean.TRUE.equals(a) && Boolean.TRUE.equals(right.eval(values));
      }
      if ("or".equals(operator)) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(right.eval(values));
      }
      Object b = right.eval(values);
      return switch (operator) {
        case "=" -> same(a, b);
        case "!=" -> !same(a, b);
        default -> order(operator, a, b);
      };
    }

    public void names(Set<String> into) {
      left.names(into);
      right.names(into);
    }
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof Collection<?> list && !(b instanceof Collection<?>)) {
      return list.stream().anyMatch(item -> same(normalize(item), b));
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (a instanceof Boolean && b instanceof String
        || a instanceof String && b instanceof Boolean) {
      return String.valueOf(a).equalsIgnoreCase(String.valueOf(b));
    }
    return a == null ? b == null : a.equals(b);
  }

  private static boolean order(String operator, Object a, Object b) {
    int c;
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      c = x.compareTo(y);
    } else if (a instanceof String x && b instanceof String y) {
      c = x.compareTo(y);
    } else {
      return false;
    }
    return switch (operator) {
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      default -> c >= 0;
    };
  }

  /** Numbers as BigDecimal, blank text as null, "true"/"false" from a screen as booleans. */
  private static Object normalize(Object value) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (value instanceof CharSequence text) {
      String s = text.toString();
      return s.isBlank() ? null : s;
    }
    if (value instanceof Collection<?> list && list.isEmpty()) {
      return null;
    }
    return value;
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int end = text.indexOf('"', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("a string is not closed");
        }
        tokens.add(text.substring(i, end + 1));
        i = end + 1;
      } else if ("!<>".indexOf(c) >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '=') {
        tokens.add(text.substring(i, i + 2));
        i += 2;
      } else if ("=<>()".indexOf(c) >= 0) {
        tokens.add(String.valueOf(c));
        i++;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') {
        int end = i;
        while (end < text.length()
            && (Character.isLetterOrDigit(text.charAt(end))
                || "_-.".indexOf(text.charAt(end)) >= 0)) {
          end++;
        }
        tokens.add(text.substring(i, end));
        i = end;
      } else {
        throw new IllegalArgumentException("unexpected '" + c + "'");
      }
    }
    return tokens;
  }

  private static final class Parser {
    private final List<String> tokens;
    private int at;

    Parser(List<String> tokens) {
      this.tokens = tokens;
    }

    boolean done() {
      return at >= tokens.size();
    }

    String peek() {
      return done() ? "" : tokens.get(at);
    }

    private String next() {
      if (done()) {
        throw new IllegalArgumentException("the expression ends too soon");
      }
      return tokens.get(at++);
    }

    Node or() {
      Node left = and();
      while ("or".equals(peek())) {
        next();
        left = new Binary("or", left, and());
      }
      return left;
    }

    private Node and() {
      Node left = comparison();
      while ("and".equals(peek())) {
        next();
        left = new Binary("and", left, comparison());
      }
      return left;
    }

    private Node comparison() {
      Node left = operand();
      if (Set.of("=", "!=", "<", "<=", ">", ">=").contains(peek())) {
        String operator = next();
        return new Binary(operator, left, operand());
      }
      return left;
    }

    private Node operand() {
      String token = next();
      if ("(".equals(token)) {
        Node inner = or();
        expect(")");
        return inner;
      }
      if ("not".equals(token)) {
        expect("(");
        Node inner = or();
        expect(")");
        return new Not(inner);
      }
      if (token.startsWith("\"")) {
        return new Literal(token.substring(1, token.length() - 1));
      }
      switch (token) {
        case "true" -> {
          return new Literal(Boolean.TRUE);
        }
        case "false" -> {
          return new Literal(Boolean.FALSE);
        }
        case "null" -> {
          return new Literal(null);
        }
        default -> {
          // a name or a number
        }
      }
      char first = token.charAt(0);
      if (Character.isDigit(first) || first == '-') {
        try {
          return new Literal(new BigDecimal(token));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + token + "' is not a number", e);
        }
      }
      if (!Character.isLetter(first) && first != '_') {
        throw new IllegalArgumentException("unexpected '" + token + "'");
      }
      return new Name(token);
    }

    private void expect(String token) {
      String found = next();
      if (!token.equals(found)) {
        throw new IllegalArgumentException("expected '" + token + "', found '" + found + "'");
      }
    }
  }
}
