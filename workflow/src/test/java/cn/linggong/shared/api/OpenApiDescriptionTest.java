package cn.linggong.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.linggong.testsupport.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description says what each endpoint takes: for every operation whose handler reads a
 * record from the body, the documented request schema has exactly that record's fields (two records
 * of the same simple name once shared one schema, so POST /api/employers showed the worker's
 * fields), and every enum a body takes is documented with its own values.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.class)
class OpenApiDescriptionTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyDocumentedRequestBodyIsTheOneTheEndpointReads() throws Exception {
    JsonNode docs =
        json.readTree(mvc.perform(get("/api/docs")).andReturn().getResponse().getContentAsString());
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (var entry : mappings.getHandlerMethods().entrySet()) {
      var info = entry.getKey();
      var handler = entry.getValue();
      Class<?> body = null;
      for (MethodParameter p : handler.getMethodParameters()) {
        if (p.hasParameterAnnotation(RequestBody.class) && p.getParameterType().isRecord()) {
          body = p.getParameterType();
        }
      }
      if (body == null) {
        continue;
      }
      for (String path : info.getPatternValues()) {
        for (var method : info.getMethodsCondition().getMethods()) {
          JsonNode operation = docs.path("paths").path(path).path(method.name().toLowerCase());
          JsonNode schema =
              resolve(
                  docs,
                  operation
                      .path("requestBody")
                      .path("content")
                      .path("application/json")
                      .path("schema"));
          Set<String> documented = new TreeSet<>();
          schema.path("properties").fieldNames().forEachRemaining(documented::add);
          Set<String> read =
              Arrays.stream(body.getRecordComponents())
                  .map(RecordComponent::getName)
                  .collect(Collectors.toCollection(TreeSet::new));
          checked++;
          if (!documented.equals(read)) {
            wrong.add(method + " " + path + ": documents " + documented + ", reads " + read);
          }
          for (RecordComponent c : body.getRecordComponents()) {
            if (c.getType().isEnum()) {
              Set<String> values = new TreeSet<>();
              resolve(docs, schema.path("properties").path(c.getName()))
                  .path("enum")
                  .forEach(v -> values.add(v.asText()));
              Set<String> constants =
                  Arrays.stream(c.getType().getEnumConstants())
                      .map(Object::toString)
                      .collect(Collectors.toCollection(TreeSet::new));
              if (!values.equals(constants)) {
                wrong.add(
                    method
                        + " "
                        + path
                        + ": "
                        + c.getName()
                        + " documents "
                        + values
                        + ", takes "
                        + constants);
              }
            }
          }
        }
      }
    }
    assertThat(wrong).as("request bodies documented wrongly").isEmpty();
    assertThat(checked).as("operations with a record body").isGreaterThan(20);
  }

  private static JsonNode resolve(JsonNode docs, JsonNode schema) {
    String ref = schema.path("$ref").asText(null);
    if (ref == null) {
      return schema;
    }
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    return docs.path("components").path("schemas").path(name);
  }
}
