package cn.linggong.shared.time;

import java.time.Instant;

/**
 * The engine's "now": the time the engine stamps on tasks and compares due dates with (tests move
 * it to run a case through weeks in seconds). Implemented in {@code engine}, which alone may reach
 * the engine's internals; the rest of the code asks this.
 */
public interface EngineTime {

  Instant now();
}
