package id.alursop.engine;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * A BPMN parse listener a feature adds to every deployed model, after the engine's own parsing,
 * through {@link AlurEnginePlugin}. A bean.
 */
public interface PendengarParse {

  /** Its place among the contributed listeners: lower runs first; no two alike. */
  int urutan();

  /** A new listener for one engine; {@code configuration} is not initialised yet (read it when parsing). */
  BpmnParseListener buat(ProcessEngineConfigurationImpl configuration);
}
