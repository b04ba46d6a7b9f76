package id.alursop.engine;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;

/** A job type a feature gives the engine, through {@link AlurEnginePlugin}. A bean. */
public interface PenanganJob {

  /** The handler; the engine keeps it under its {@link JobHandler#getType() type}, which no other may use. */
  JobHandler<?> penangan();
}
