package cn.linggong.shared.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * A path under {@code /api} that no endpoint serves answers 404 as a problem, after the real
 * endpoints were asked and before the screens' catch-all would answer it with the screens' page
 * (200 and HTML). The API description and its viewer keep their own paths.
 */
@Component
class UnknownApiPaths extends AbstractHandlerMapping {

  private final HttpRequestHandler notFound;

  UnknownApiPaths(Problems problems, ObjectMapper objectMapper) {
    // after the annotated endpoints (0), before static resources and the screens (lowest - 1)
    setOrder(Ordered.LOWEST_PRECEDENCE - 2);
    this.notFound =
        (request, response) -> {
          ProblemDetail problem =
              problems.problem(
                  request, HttpStatus.NOT_FOUND, "problem.404.path", request.getRequestURI());
          response.setStatus(HttpStatus.NOT_FOUND.value());
          response.setCharacterEncoding("UTF-8");
          response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
          objectMapper.writeValue(response.getOutputStream(), problem);
        };
  }

  @Override
  protected Object getHandlerInternal(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/") && !path.equals("/api")) {
      return null;
    }
    if (path.startsWith("/api/docs") || path.startsWith("/api/swagger-ui")) {
      return null;
    }
    return notFound;
  }
}
