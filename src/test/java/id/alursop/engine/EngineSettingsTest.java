package id.alursop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine settings a production user expects. */
@AlurSopTest
class EngineSettingsTest {

  @Autowired ProcessEngine engine;
  @Autowired CamundaBpmProperties camunda;

  @Test
  void productionSettings() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    assertThat(config.isEnforceHistoryTimeToLive()).isTrue();
    assertThat(config.isCmmnEnabled()).isFalse();
    assertThat(config.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(config.getQueryMaxResultsLimit()).isEqualTo(2000);
    assertThat(config.isAuthorizationEnabled()).isTrue();
    assertThat(config.getUserResourceWhitelistPattern()).isEqualTo("[a-zA-Z0-9]+([.-][a-zA-Z0-9]+)*");
    assertThat(config.getGroupResourceWhitelistPattern()).isEqualTo("[a-z0-9]+(-[a-z0-9]+)*");
    assertThat(config.isJobExecutorAcquireByDueDate()).as("jobs due first, on ALUR_IDX_JOB_DUE").isTrue();
    assertThat(config.isEnsureJobDueDateNotNull()).isTrue();
    // the job executor is off in the tests: its settings as the starter reads them
    JobExecutionProperty job = camunda.getJobExecution();
    assertThat(job.getMaxJobsPerAcquisition()).isEqualTo(20);
    assertThat(job.getBackoffTimeInMillis()).as("nodes that lost jobs to another's lock back off").isEqualTo(50);
    assertThat(job.getMaxBackoff()).isEqualTo(500);
  }
}
