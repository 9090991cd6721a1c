package cn.linggong.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address a request comes from, for counting failed sign-ins: the connection's address, or,
 * when that is one of {@code linggong.security.trusted-proxies}, the last address in {@code
 * X-Forwarded-For} that is not a trusted proxy. A header from anyone else is ignored, so that a
 * client cannot choose its own address.
 */
@Component
public class ClientAddress {

  static final String UNKNOWN = "unknown";
  private static final int MAX = 64;

  private final List<String> trustedProxies;

  ClientAddress(LoginProperties properties) {
    this.trustedProxies = properties.trustedProxies();
  }

  /** The current request's client address, or {@value #UNKNOWN} outside a request. */
  public String current() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
      return of(servlet.getRequest());
    }
    return UNKNOWN;
  }

  String of(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    if (address == null || address.isBlank()) {
      return UNKNOWN;
    }
    if (trustedProxies.contains(address)) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null) {
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
          String hop = hops[i].trim();
          if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
            address = hop;
            break;
          }
        }
      }
    }
    return address.length() > MAX ? address.substring(0, MAX) : address;
  }
}
