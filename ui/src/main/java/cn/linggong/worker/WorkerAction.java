package cn.linggong.worker;

import cn.linggong.identity.LinggongUser;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something another feature offers to do with a worker from the registry's list — open an
 * assistance case, file a complaint — so that the registry knows no case type and every case type
 * may add its own (a Spring bean; the list shows them in {@link
 * org.springframework.core.annotation.Order}).
 */
public interface WorkerAction {

  /** The control for this worker, or empty when the person may not do it. */
  Optional<Component> control(Worker worker, LinggongUser user);
}
