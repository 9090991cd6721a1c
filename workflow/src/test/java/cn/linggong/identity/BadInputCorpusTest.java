package cn.linggong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import cn.linggong.testsupport.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockServletContext;

/**
 * A corpus of bad input sent to every write operation of the OpenAPI description, as a caller the
 * policy lets through, on a fresh record: malformed and mistyped bodies, a key twice, and every
 * field of the sample body in turn set to an overlong text, control characters, a fraction, an
 * enum's ordinal, a date out of range and an object. Every answer must be a 4xx and no row of any
 * table may change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.class)
class BadInputCorpusTest extends ApiOperations {

  private static final Pattern ENUM_LIKE = Pattern.compile("[A-Z][A-Z_]+");
  private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Autowired DataSource dataSource;

  @Test
  void noBadInputGetsA5xxOrWritesARow() throws Exception {
    Map<String, Rule> table = table();
    Map<String, Call> calls = calls();
    List<String> writes = operations().stream().filter(o -> !o.startsWith("GET ")).toList();
    List<String> tables = tables();
    List<String> wrong = new ArrayList<>();
    int sent = 0;
    for (String operation : writes) {
      Rule rule = table.get(operation);
      String district = rule.district() ? "kf-gulou" : null;
      String caller = allowedCaller(rule, district);
      assertThat(caller).as("a demo user allowed to call " + operation).isNotNull();
      LinggongUser person = directory.principal(caller);
      Call call = calls.get(operation);
      JsonNode body = bodyOf(call, district, person);
      for (var variant : pathVariants(call, district, person).entrySet()) {
        sent += send(operation, variant.getKey(), variant.getValue(), caller, tables, wrong);
      }
      if (body == null) {
        continue; // no body to spoil: the path variants above are its corpus
      }
      for (var variant : variants(body).entrySet()) {
        var request = call.sample().request(district, person).content(variant.getValue());
        sent += send(operation, variant.getKey(), request, caller, tables, wrong);
      }
    }
    assertThat(wrong).as("bad requests answered wrongly, of %d", sent).isEmpty();
    assertThat(sent).isGreaterThan(writes.size() * 3);
  }

  /** Sends one bad request and notes a wrong answer or a changed table; 1 for the count. */
  private int send(
      String operation,
      String variant,
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String caller,
      List<String> tables,
      List<String> wrong)
      throws Exception {
    Map<String, Long> before = counts(tables);
    int status =
        mvc.perform(request.with(httpBasic(caller, "demo"))).andReturn().getResponse().getStatus();
    Map<String, Long> after = counts(tables);
    if (status >= 500 || status < 400) {
      wrong.add(operation + " with " + variant + ": " + status);
    }
    if (!before.equals(after)) {
      wrong.add(operation + " with " + variant + " wrote " + changed(before, after));
    }
    return 1;
  }

  private String allowedCaller(Rule rule, String district) {
    for (String userId :
        List.of(
            "caseworker1",
            "mediator1",
            "supervisor1",
            "admin",
            "reviewer1",
            "finance1",
            "caseworker2")) {
      if (expected(rule, directory.principal(userId), district).equals("allowed")) {
        return userId;
      }
    }
    return null;
  }

  /** The JSON body of the sample call, or null for a call without one. */
  private JsonNode bodyOf(Call call, String district, LinggongUser person) throws Exception {
    var built = call.sample().request(district, person).buildRequest(new MockServletContext());
    String type = built.getContentType();
    byte[] content = built.getContentAsByteArray();
    if (type == null || !type.startsWith("application/json") || content == null) {
      return null;
    }
    return json.readTree(new String(content, StandardCharsets.UTF_8));
  }

  /**
   * The sample call with each identifying part of its path spoiled: a fraction, a number too large
   * for any id, a NUL, a climb out of the path.
   */
  private Map<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>
      pathVariants(Call call, String district, LinggongUser person) throws Exception {
    Map<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> v =
        new LinkedHashMap<>();
    var built = call.sample().request(district, person).buildRequest(new MockServletContext());
    String[] segments = built.getRequestURI().split("/");
    // /api/<feature>/<id>/...: the third segment names the record, where there is one
    if (segments.length < 4 || segments[3].isEmpty() || !segments[3].matches(".*\\d.*")) {
      return v;
    }
    for (String bad : List.of("1.5", "9".repeat(25), "%00", "..%2F..%2Fetc")) {
      segments[3] = bad;
      String uri = String.join("/", segments);
      var request =
          org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
              org.springframework.http.HttpMethod.valueOf(built.getMethod()),
              java.net.URI.create(uri));
      if (built.getContentType() != null && built.getContentAsByteArray() != null) {
        request.contentType(built.getContentType()).content(built.getContentAsByteArray());
      }
      v.put("the record " + bad, request);
    }
    return v;
  }

  /** Bad bodies: whole-body ones for every operation, per-field ones where a sample body exists. */
  private Map<String, String> variants(JsonNode body) throws Exception {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("a body cut short", "{\"a\":");
    v.put("an array for the body", "[]");
    v.put("a number for the body", "12");
    if (body == null || !body.isObject() || body.isEmpty()) {
      return v;
    }
    String first = body.fieldNames().next();
    v.put(
        "the key " + first + " twice",
        "{\"" + first + "\":" + body.get(first) + ",\"" + first + "\":" + body.get(first) + "}");
    fieldVariants("", (ObjectNode) body, body, v);
    return v;
  }

  private void fieldVariants(String prefix, ObjectNode holder, JsonNode root, Map<String, String> v)
      throws Exception {
    List<String> names = new ArrayList<>();
    holder.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode value = holder.get(name);
      String field = prefix + name;
      if (value.isObject()) {
        fieldVariants(field + ".", (ObjectNode) value, root, v);
        continue;
      }
      if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
        fieldVariants(field + "[0].", (ObjectNode) value.get(0), root, v);
        continue;
      }
      List<Map.Entry<String, JsonNode>> bad = new ArrayList<>();
      bad.add(Map.entry("an object", NODES.objectNode()));
      if (value.isTextual() && DATE_LIKE.matcher(value.asText()).matches()) {
        bad.add(Map.entry("the year 0", NODES.textNode("0000-01-01")));
        bad.add(Map.entry("the year 10000", NODES.textNode("+10000-01-01")));
        bad.add(Map.entry("no date", NODES.textNode("2026-02-30")));
      } else if (value.isTextual() && ENUM_LIKE.matcher(value.asText()).matches()) {
        bad.add(Map.entry("an ordinal as text", NODES.textNode("0")));
        bad.add(Map.entry("an ordinal", NODES.numberNode(0)));
        bad.add(Map.entry("no such value", NODES.textNode("NO_SUCH_VALUE")));
      } else if (value.isTextual()) {
        bad.add(Map.entry("10,000 characters", NODES.textNode("长".repeat(10_000))));
        bad.add(Map.entry("NUL and ESC", NODES.textNode("a\u0000b\u001b[31mc")));
      } else if (value.isIntegralNumber()) {
        bad.add(Map.entry("a fraction", NODES.numberNode(1.5)));
        bad.add(
            Map.entry(
                "a number too large", NODES.numberNode(new java.math.BigInteger("9".repeat(30)))));
      } else if (value.isBoolean()) {
        bad.add(Map.entry("a number for yes/no", NODES.numberNode(1)));
      }
      if (value.isArray()) {
        ArrayNode withNull = NODES.arrayNode();
        withNull.addNull();
        bad.add(Map.entry("a list with null", withNull));
      }
      for (var b : bad) {
        JsonNode copy = root.deepCopy();
        set(copy, field, b.getValue());
        v.put(field + " = " + b.getKey(), json.writeValueAsString(copy));
      }
    }
  }

  /** Sets a field of a copy by its path ({@code employer.name}, {@code complainants[0].name}). */
  private static void set(JsonNode root, String path, JsonNode value) {
    String[] parts = path.split("\\.");
    JsonNode at = root;
    for (int i = 0; i < parts.length - 1; i++) {
      String part = parts[i];
      if (part.endsWith("[0]")) {
        at = at.get(part.substring(0, part.length() - 3)).get(0);
      } else {
        at = at.get(part);
      }
    }
    ((ObjectNode) at).set(parts[parts.length - 1], value);
  }

  private List<String> tables() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    return jdbc
        .queryForList(
            "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_TYPE = 'BASE TABLE'",
            String.class)
        .stream()
        // sign-in bookkeeping and the engine's job log are not what a request writes
        .filter(t -> !t.equalsIgnoreCase("login_failure"))
        .filter(t -> !t.equalsIgnoreCase("flyway_schema_history"))
        .filter(t -> !t.equalsIgnoreCase("access_token")) // last use, written on sign-in
        .sorted()
        .toList();
  }

  private Map<String, Long> counts(List<String> tables) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String t : tables) {
      counts.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM \"" + t + "\"", Long.class));
    }
    return counts;
  }

  private static String changed(Map<String, Long> before, Map<String, Long> after) {
    StringBuilder s = new StringBuilder();
    before.forEach(
        (t, n) -> {
          if (!n.equals(after.get(t))) {
            s.append(t).append(' ').append(n).append("→").append(after.get(t)).append(' ');
          }
        });
    return s.toString().trim();
  }
}
