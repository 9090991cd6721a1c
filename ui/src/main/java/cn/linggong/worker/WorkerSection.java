package cn.linggong.worker;

import cn.linggong.identity.LinggongUser;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the worker's page that another feature shows — the worker's assistance cases, the
 * complaints they are a complainant of — so that the registry knows no case type and each case type
 * adds its own (a Spring bean; the page shows them in {@link
 * org.springframework.core.annotation.Order}).
 */
public interface WorkerSection {

  /** The section for this worker, or empty when the person may not see it. */
  Optional<Component> section(Worker worker, LinggongUser user);
}
