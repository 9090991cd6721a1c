package cn.linggong.market;

import cn.linggong.identity.LinggongUser;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something another feature offers to do with a market from its page — file its certification — so
 * that the directory knows no case type (a Spring bean).
 */
public interface MarketAction {

  /** The control for this market, or empty when the person may not do it. */
  Optional<Component> control(Market market, LinggongUser user);
}
