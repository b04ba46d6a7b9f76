package id.alursop.engine;

import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A command interceptor a feature puts into the engine's command chain, inside the command's
 * transaction (after the engine's own interceptors), through {@link AlurEnginePlugin}. A bean.
 */
public interface InterseptorPerintah {

  /** Its place among the contributed interceptors: lower runs first (outermost); no two alike. */
  int urutan();

  /** A new interceptor for one engine. */
  CommandInterceptor buat();
}
