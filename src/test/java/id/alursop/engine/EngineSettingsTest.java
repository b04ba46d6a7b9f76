package id.alursop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine settings a production user expects. */
@AlurSopTest
class EngineSettingsTest {

  @Autowired ProcessEngine engine;

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
  }
}
