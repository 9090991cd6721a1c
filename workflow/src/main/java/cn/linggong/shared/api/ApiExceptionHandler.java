package cn.linggong.shared.api;

import cn.linggong.shared.ConflictException;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.RuleViolationException;
import cn.linggong.shared.validation.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns exceptions of the application's REST API into RFC 9457 problem details in the caller's
 * language. Input errors are 400 with an {@code errors} list of {@code field} and {@code message};
 * nothing a client sends gives a 500.
 */
// for every handler, and for requests that found none (a method the path does not take, a media
// type no endpoint reads): the only Spring MVC endpoints are the application's, the API
// description's and Actuator's; the engine's REST API is JAX-RS and the screens are Vaadin
@RestControllerAdvice
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final Problems problems;

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e, HttpServletRequest request) {
    ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, "problem.400.fields");
    List<Map<String, String>> errors =
        e.violations().stream()
            .map(
                v ->
                    Map.of(
                        "field", v.field(),
                        "message",
                            problems.text(
                                request,
                                v.violation().messageKey(),
                                v.violation().argumentArray())))
            .toList();
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
    return problems.problem(request, HttpStatus.NOT_FOUND, e);
  }

  @ExceptionHandler(cn.linggong.shared.TooManyRequestsException.class)
  ResponseEntity<ProblemDetail> tooMany(
      cn.linggong.shared.TooManyRequestsException e, HttpServletRequest request) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(org.springframework.http.HttpHeaders.RETRY_AFTER, "3600")
        .body(problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, e));
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
    return problems.problem(request, HttpStatus.CONFLICT, e);
  }

  @ExceptionHandler(RuleViolationException.class)
  ProblemDetail ruleViolation(RuleViolationException e, HttpServletRequest request) {
    return problems.problem(request, HttpStatus.UNPROCESSABLE_ENTITY, e);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail accessDenied(AccessDeniedException e, HttpServletRequest request) {
    if (e instanceof cn.linggong.shared.ForbiddenException why) {
      return problems.problem(request, HttpStatus.FORBIDDEN, why);
    }
    return problems.problem(request, HttpStatus.FORBIDDEN, "problem.403.detail");
  }

  /** A file larger than the server takes at all (the feature's own limit is checked first). */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      org.springframework.web.multipart.MaxUploadSizeExceededException e,
      org.springframework.http.HttpHeaders headers,
      org.springframework.http.HttpStatusCode status,
      org.springframework.web.context.request.WebRequest request) {
    HttpServletRequest servlet =
        ((org.springframework.web.context.request.ServletWebRequest) request).getRequest();
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(problems.problem(servlet, HttpStatus.PAYLOAD_TOO_LARGE, "problem.413.detail"));
  }

  /**
   * A body that cannot be read: a key given twice or a value of the wrong kind is named as the
   * field it concerns (400 with {@code errors}); other unreadable bodies keep the general 400.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      org.springframework.http.converter.HttpMessageNotReadableException e,
      org.springframework.http.HttpHeaders headers,
      org.springframework.http.HttpStatusCode status,
      org.springframework.web.context.request.WebRequest request) {
    Throwable cause = e.getMostSpecificCause();
    InvalidInputException named = null;
    if (cause instanceof com.fasterxml.jackson.core.JsonParseException parse
        && parse.getOriginalMessage() != null
        && parse.getOriginalMessage().startsWith("Duplicate field '")) {
      String message = parse.getOriginalMessage();
      String field = message.substring("Duplicate field '".length(), message.indexOf('\'', 17));
      named = InvalidInputException.of(field, "request.field.duplicate");
    } else if (cause instanceof StrictJson.RefusedValue refused && !refused.getPath().isEmpty()) {
      named =
          InvalidInputException.of(fieldPath(refused), refused.messageKey(), refused.arguments());
    } else if (cause instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
        && !mapping.getPath().isEmpty()) {
      named = InvalidInputException.of(fieldPath(mapping), "request.field.wrongType");
    }
    if (named == null) {
      return super.handleHttpMessageNotReadable(e, headers, status, request);
    }
    HttpServletRequest servlet =
        ((org.springframework.web.context.request.ServletWebRequest) request).getRequest();
    return ResponseEntity.badRequest().body(invalidInput(named, servlet));
  }

  /** {@code complainants[0].amountOwed} from Jackson's path. */
  private static String fieldPath(com.fasterxml.jackson.databind.JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (var reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    var rule = RuleViolationException.in(e);
    if (rule.isPresent()) {
      // a rule broken inside the engine (a listener, a delegate), wrapped by it
      return ResponseEntity.unprocessableEntity().body(ruleViolation(rule.get(), request));
    }
    log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    ProblemDetail problem =
        problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "problem.500.detail");
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
  }
}
