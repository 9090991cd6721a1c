package cn.linggong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload the server cannot even take apart (a file name with a NUL, a broken multipart body) is
 * a 400 problem, not a 500: the parts are read here, after sign-in and before any endpoint (which
 * then gets the parts already read).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UploadGuard extends OncePerRequestFilter {

  private final ProblemSecurityHandlers problems;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
      try {
        request.getParts();
      } catch (IOException | ServletException | IllegalStateException e) {
        problems.unreadableUpload(request, response, tooLarge(e));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** Whether the upload was refused for its size (Tomcat's limits), not for its form. */
  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
          || t.getClass().getSimpleName().contains("SizeException")) {
        return true;
      }
    }
    return false;
  }
}
