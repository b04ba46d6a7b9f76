package id.alursop.restart;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopApplication;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The default run on an H2 file: everything survives a restart, and nothing is deployed again. */
@Tag("own-application")
class RestartTest {

  @TempDir Path dir;

  @Test
  void instancesDataAndUsersSurviveRestart_unchangedModelsNotRedeployed() {
    String[] args = {"--spring.datasource.url=jdbc:h2:file:" + dir.resolve("alursop").toAbsolutePath(),
        "--server.port=0", "--camunda.bpm.process-engine-name=restart"};

    String instanceId;
    String taskId;
    long deployments;
    try (ConfigurableApplicationContext first = start(args)) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      deployments = engine.getRepositoryService().createDeploymentQuery().count();
      assertThat(deployments).as("one deployment per agency (the example agency too) and one of shared forms").isEqualTo(6);
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("kampung-nol-kemiskinan-ekstrem",
          Map.of("kelurahan", "Cibuluh", "rw", "005", "periodeMulai", "2026-12-01"));
      instanceId = instance.getId();
      Task identifikasi = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
      engine.getTaskService().complete(identifikasi.getId(), Map.of("sumberData", List.of("dtks"),
          "petaLokasiSasaran", "PETA-1", "ringkasanAnalisis", "ok", "dataKkSasaran",
          "3271010101010001;3271010101019001;Budi;Jl. Mawar;1;5"));
      taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    try (ConfigurableApplicationContext second = start(args)) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("no new deployment").isEqualTo(deployments);
      ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("kampung-nol-kemiskinan-ekstrem").latestVersion().singleResult();
      assertThat(definition.getVersion()).isEqualTo(1);
      assertThat(definition.getTenantId()).isEqualTo("bogor");
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getTaskDefinitionKey())
          .isEqualTo("Task_PembentukanTim");
      assertThat(engine.getRuntimeService().getVariable(instanceId, "petaLokasiSasaran")).isEqualTo("PETA-1");
      JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("select count(*) from kn_keluarga k join kn_program p on p.id = k.program_id "
          + "where p.process_instance_id = ?", Long.class, instanceId)).isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from logbook_entry where process_instance_id = ?", Long.class,
          instanceId)).isEqualTo(1);
      assertThat(engine.getIdentityService().createUserQuery().userId("bapperida.bogor").count()).isEqualTo(1);
      assertThat(engine.getFilterService().createFilterQuery().count()).as("filters not duplicated").isEqualTo(4);
      org.camunda.bpm.engine.runtime.Job tingkat = engine.getManagementService().createJobQuery()
          .processInstanceId(instanceId).singleResult();
      assertThat(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) tingkat).getJobHandlerConfigurationRaw())
          .as("the open step's next escalation level survives, with the levels after it")
          .startsWith(taskId + "|PENGINGAT|ATASAN@").contains("|KEPALA@");
    }
  }

  private static ConfigurableApplicationContext start(String[] args) {
    return new SpringApplicationBuilder(AlurSopApplication.class).run(args);
  }
}
