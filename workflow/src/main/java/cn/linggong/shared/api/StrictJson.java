package cn.linggong.shared.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a JSON body may hold, for every request: text without control characters (newline and tab
 * only in the long texts named in {@link #LONG_TEXTS}, which print into letters as lines), dates as
 * ISO dates between {@link #EARLIEST} and {@link #LATEST}. Refusals name the field (400) and
 * nothing is written. A number, yes/no, list or object where text is expected is refused too (an ID
 * number sent as a JSON number). With the settings in {@code application.yml}: no fractions for
 * whole numbers, enums by name only, no key twice.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** Fields whose text may run over lines: notes, reasons, summaries, descriptions, requests. */
  static final Set<String> LONG_TEXTS =
      Set.of(
          "note",
          "summary",
          "reason",
          "request",
          "description",
          "payAgreementNote",
          "legalBasis",
          "purposeNote",
          "source");

  /** Whether a text holds a character {@link #allowed} refuses. */
  public static boolean hasControlCharacters(String text, boolean multiline) {
    return text != null && text.chars().anyMatch(c -> !allowed((char) c, multiline));
  }

  /** A value Jackson read but Linggong refuses, with the message to give for its field. */
  public static class RefusedValue extends JsonMappingException {
    private final String messageKey;
    private final transient List<Object> arguments;

    RefusedValue(JsonParser parser, String messageKey, Object... arguments) {
      super(parser, messageKey);
      this.messageKey = messageKey;
      this.arguments = List.of(arguments);
    }

    public String messageKey() {
      return messageKey;
    }

    public Object[] arguments() {
      return arguments.toArray();
    }
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictValues() {
    SimpleModule module = new SimpleModule("linggong-strict-values");
    module.addDeserializer(String.class, new Text(false));
    module.addDeserializer(LocalDate.class, new Dates());
    return builder ->
        builder
            .modulesToInstall(module)
            // 1 is no "yes": a yes/no field takes true or false only
            .postConfigurer(
                mapper ->
                    mapper
                        .coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Boolean)
                        .setCoercion(
                            com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail));
  }

  /** Whether a character may stand in a text: no C0 or C1 control, no DEL, no lone surrogate. */
  public static boolean allowed(char c, boolean multiline) {
    if (c == '\n' || c == '\t' || c == '\r') {
      return multiline;
    }
    return !(c < 0x20 || (c >= 0x7f && c <= 0x9f));
  }

  static final class Text extends StdScalarDeserializer<String> implements ContextualDeserializer {
    private final boolean multiline;

    Text(boolean multiline) {
      super(String.class);
      this.multiline = multiline;
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext ctxt, BeanProperty property) {
      boolean lines = property != null && LONG_TEXTS.contains(property.getName());
      return lines == multiline ? this : new Text(lines);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        // numbers, booleans, objects or arrays are no text (an ID number as a JSON number, too)
        return (String) ctxt.handleUnexpectedToken(String.class, p);
      }
      String text = p.getText();
      for (int i = 0; i < text.length(); i++) {
        if (!allowed(text.charAt(i), multiline)) {
          throw new RefusedValue(
              p, multiline ? "validation.controlCharacters" : "validation.controlCharactersLine");
        }
      }
      return text;
    }
  }

  static final class Dates extends StdScalarDeserializer<LocalDate> {
    Dates() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText().trim();
      if (text.isEmpty()) {
        return null;
      }
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new RefusedValue(p, "validation.dateFormat");
      }
      if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
        throw new RefusedValue(p, "validation.dateRange", EARLIEST, LATEST);
      }
      return date;
    }
  }
}
