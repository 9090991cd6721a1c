package cn.linggong.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads form-js JSON into a {@link FormDefinition}, refusing what Linggong cannot render: bad JSON,
 * no id, an unknown component type, an input without a key, a key used twice, a condition outside
 * the expressions {@link FormExpression} reads. Every message names the file.
 */
public final class FormParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormParser() {}

  public static FormDefinition parse(String source, String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new FormDefinitionException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new FormDefinitionException(
          source + ": a form is a JSON object with \"id\" and \"components\"");
    }
    String id = text(root, "id");
    if (id == null || id.isBlank()) {
      throw new FormDefinitionException(
          source + ": the form has no \"id\" (what camunda:formRef names)");
    }
    Set<String> keys = new HashSet<>();
    return new FormDefinition(id, source, components(source, root.get("components"), keys));
  }

  private static List<FormComponent> components(String source, JsonNode array, Set<String> keys) {
    List<FormComponent> result = new ArrayList<>();
    if (array == null || array.isNull()) {
      return result;
    }
    if (!array.isArray()) {
      throw new FormDefinitionException(source + ": \"components\" must be a list");
    }
    for (JsonNode node : array) {
      result.add(component(source, node, keys));
    }
    return List.copyOf(result);
  }

  private static FormComponent component(String source, JsonNode node, Set<String> keys) {
    String type = text(node, "type");
    String key = text(node, "key");
    if (type == null || !FormTypes.ALL.contains(type)) {
      throw new FormDefinitionException(
          source
              + ": component "
              + (key == null ? text(node, "id") : key)
              + " has an unknown type \""
              + type
              + "\"; Linggong renders "
              + new java.util.TreeSet<>(FormTypes.ALL));
    }
    if (FormTypes.INPUTS.contains(type)) {
      if (key == null || key.isBlank()) {
        throw new FormDefinitionException(source + ": a " + type + " component has no \"key\"");
      }
      if (!keys.add(key)) {
        throw new FormDefinitionException(source + ": the key \"" + key + "\" is used twice");
      }
    }
    JsonNode v = node.get("validate");
    FormComponent.Validation validation =
        v == null || !v.isObject()
            ? FormComponent.Validation.NONE
            : new FormComponent.Validation(
                v.path("required").asBoolean(false),
                decimal(v.get("min")),
                decimal(v.get("max")),
                integer(v.get("minLength")),
                integer(v.get("maxLength")),
                text(v, "pattern"),
                text(v, "patternErrorMessage"));
    if (validation.pattern() != null) {
      try {
        java.util.regex.Pattern.compile(validation.pattern());
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new FormDefinitionException(
            source + ": the pattern of " + key + " is not a valid expression", e);
      }
    }
    List<FormComponent.Option> values = new ArrayList<>();
    JsonNode options = node.get("values");
    if (options != null && options.isArray()) {
      for (JsonNode o : options) {
        values.add(new FormComponent.Option(text(o, "label"), o.path("value").asText()));
      }
    }
    Map<String, String> properties = new LinkedHashMap<>();
    JsonNode props = node.get("properties");
    if (props != null && props.isObject()) {
      props.fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
    }
    JsonNode defaultValue = node.get("defaultValue");
    FormExpression hide = null;
    String condition = text(node.path("conditional"), "hide");
    if (condition != null && !condition.isBlank()) {
      try {
        hide = FormExpression.parse(condition);
      } catch (IllegalArgumentException e) {
        throw new FormDefinitionException(
            source
                + ": the condition \""
                + condition
                + "\" of "
                + (key == null ? type : key)
                + " cannot be read: "
                + e.getMessage(),
            e);
      }
    }
    return new FormComponent(
        type,
        key,
        text(node, "label"),
        text(node, "description"),
        defaultValue == null || defaultValue.isNull()
            ? null
            : JSON.convertValue(defaultValue, Object.class),
        node.path("readonly").asBoolean(false),
        node.path("disabled").asBoolean(false),
        validation,
        List.copyOf(values),
        text(node, "valuesKey"),
        text(node, "subtype"),
        text(node, "text"),
        integer(node.get("decimalDigits")),
        Map.copyOf(properties),
        FormTypes.GROUP.equals(type) ? components(source, node.get("components"), keys) : List.of(),
        hide);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static BigDecimal decimal(JsonNode node) {
    return node == null || node.isNull() || !node.isNumber() ? null : node.decimalValue();
  }

  private static Integer integer(JsonNode node) {
    return node == null || node.isNull() || !node.canConvertToInt() ? null : node.asInt();
  }
}
