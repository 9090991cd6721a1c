package cn.linggong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Whose address a failed sign-in counts against: a forwarded address only from a trusted proxy. */
class ClientAddressTest {

  private static ClientAddress trusting(String... proxies) {
    return new ClientAddress(
        new LoginProperties(
            5,
            Duration.ofMinutes(15),
            20,
            Duration.ofSeconds(1),
            Duration.ofMinutes(1),
            List.of(proxies),
            8,
            1000));
  }

  private static MockHttpServletRequest request(String remote, String forwarded) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(remote);
    if (forwarded != null) {
      request.addHeader("X-Forwarded-For", forwarded);
    }
    return request;
  }

  @Test
  void aClientCannotChooseItsAddressWithAHeader() {
    assertThat(trusting().of(request("203.0.113.7", "10.0.0.1"))).isEqualTo("203.0.113.7");
  }

  @Test
  void behindATrustedProxyTheLastUntrustedForwardedAddressCounts() {
    ClientAddress address = trusting("10.0.0.2", "10.0.0.3");
    // the client may have put its own entry first; the proxies appended the real one
    assertThat(address.of(request("10.0.0.2", "1.2.3.4, 198.51.100.9, 10.0.0.3")))
        .isEqualTo("198.51.100.9");
    assertThat(address.of(request("10.0.0.2", null))).isEqualTo("10.0.0.2");
  }
}
