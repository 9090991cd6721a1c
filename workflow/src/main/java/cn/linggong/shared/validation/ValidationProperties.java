package cn.linggong.shared.validation;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linggong.validation.*}: bounds that policy or practice may change.
 *
 * @param moneyMax the largest amount of money, in yuan, any single field accepts
 */
@ConfigurationProperties("linggong.validation")
public record ValidationProperties(@DefaultValue("100000000.00") BigDecimal moneyMax) {}
