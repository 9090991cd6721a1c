package cn.linggong.shared.time;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of "now" for the application, so that tests can move it. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

  @Bean
  ApplicationClock clock(@Value("${linggong.time-zone:Asia/Shanghai}") ZoneId zone) {
    return new ApplicationClock(zone);
  }
}
