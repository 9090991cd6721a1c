package cn.linggong.identity;

import cn.linggong.shared.api.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers 401 and 403 on the APIs as problem details with a readable message, instead of an empty
 * body or an HTML page.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "Linggong";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static final java.time.format.DateTimeFormatter SECONDS =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

  private final Problems problems;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    ProblemDetail problem;
    if (exception instanceof SignInThrottledException throttled) {
      String at = SECONDS.format(throttled.retryAt().atZone(clock.getZone()));
      problem = problems.problem(request, HttpStatus.UNAUTHORIZED, "problem.401.throttled", at);
    } else if (exception instanceof AccessTokenFilter.RefusedToken) {
      problem = problems.problem(request, HttpStatus.UNAUTHORIZED, "problem.401.token");
    } else if (exception instanceof AccountLockedException locked) {
      String until = TIME.format(locked.lockedUntil().atZone(clock.getZone()));
      problem = problems.problem(request, HttpStatus.UNAUTHORIZED, "problem.401.locked", until);
    } else {
      problem = problems.problem(request, HttpStatus.UNAUTHORIZED, "problem.401.detail");
    }
    response.setHeader(
        HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    write(response, problem);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
      throws IOException {
    if (exception instanceof cn.linggong.shared.ForbiddenException why) {
      write(
          response,
          problems.problem(request, HttpStatus.FORBIDDEN, why.messageKey(), why.arguments()));
      return;
    }
    write(response, problems.problem(request, HttpStatus.FORBIDDEN, "problem.403.detail"));
  }

  /** A request that cannot be read before it reaches an endpoint (a broken upload). */
  public void unreadableUpload(
      HttpServletRequest request, HttpServletResponse response, boolean tooLarge)
      throws IOException {
    write(
        response,
        tooLarge
            ? problems.problem(request, HttpStatus.PAYLOAD_TOO_LARGE, "problem.413.detail")
            : problems.problem(request, HttpStatus.BAD_REQUEST, "request.multipart"));
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setCharacterEncoding("UTF-8");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
