package cn.linggong.engine;

import cn.linggong.shared.time.EngineTime;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@link EngineTime} from the engine's clock, which the engine offers only through its internal
 * {@code ClockUtil}: here, so that nothing outside {@code engine} imports {@code engine.impl}.
 */
@Component
class EngineClock implements EngineTime {

  @Override
  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
