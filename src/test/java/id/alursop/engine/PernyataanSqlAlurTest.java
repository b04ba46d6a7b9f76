package id.alursop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AlurSopTest
class PernyataanSqlAlurTest {

  @Autowired
  ProcessEngine engine;

  @AfterEach
  void clear() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void theUsersKnownGroupsAreKept_unknownNamesDropped() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getDbSqlSessionFactory().mapStatement(PernyataanSqlAlur.KELOMPOK_ENGINE))
        .isEqualTo(PernyataanSqlAlur.KELOMPOK_ALUR);
    List<String> kelompok = config.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager()
        .filterAuthenticatedGroupIds(List.of("bogor-bapperida", "ketapang-kabid", "kelompok-tak-dikenal")));
    assertThat(kelompok).containsExactlyInAnyOrder("bogor-bapperida", "ketapang-kabid");
  }

  @Test
  void aGroupStillSeesOnlyWhatItIsGranted() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("kampung-nol-kemiskinan-ekstrem",
        Map.of("kelurahan", "Cibuluh", "rw", "007", "periodeMulai", "2026-12-01")).getId();
    engine.getIdentityService().setAuthentication("bapperida.bogor", List.of("bogor-bapperida"), List.of("bogor"));
    List<Task> milikBapperida = engine.getTaskService().createTaskQuery().processInstanceId(instance).listPage(0, 10);
    engine.getIdentityService().setAuthentication("verifikator.bogor", List.of("bogor-tim-verifikator"), List.of("bogor"));
    List<Task> milikVerifikator = engine.getTaskService().createTaskQuery().processInstanceId(instance).listPage(0, 10);
    assertThat(milikBapperida).hasSize(1);
    assertThat(milikVerifikator).as("the step is Bapperida's, not the verifiers'").isEmpty();
  }
}
