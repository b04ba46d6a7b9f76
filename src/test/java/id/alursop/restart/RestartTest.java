package id.alursop.restart;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopApplication;
import id.alursop.kampungnol.KampungNolSkenario;
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
          id.alursop.ProgramUji.variabel("Cibuluh", "005", "2026-12-01"));
      instanceId = instance.getId();
      Task identifikasi = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
          .taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
      id.alursop.FotoUji.lampirkan(engine, identifikasi);
      engine.getTaskService().complete(identifikasi.getId(), Map.of("catatanLogbook", "Langkah selesai", "kelurahan", "Cibuluh", "rw", "005",
          "sumberData", List.of("dtks"),
          "petaLokasiSasaran", "PETA-1", "ringkasanAnalisis", "ok", "dataKkSasaran",
          "3271010101010001;3271010101019001;Budi;Jl. Mawar;1;5"));
      taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();
      // stage 1 waits for Dinas Sosial's data beside BAPPERIDA's analysis
    }

    try (ConfigurableApplicationContext second = start(args)) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("no new deployment").isEqualTo(deployments);
      ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("kampung-nol-kemiskinan-ekstrem").latestVersion().singleResult();
      assertThat(definition.getVersion()).isEqualTo(1);
      assertThat(definition.getTenantId()).isEqualTo("bogor");
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getTaskDefinitionKey())
          .isEqualTo("Task_PenyediaanDataKemiskinan");
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

  /** The monthly Monev timer survives a restart once: one job, and firing it opens the month once. */
  @Test
  void monthlyMonevTimer_survivesRestart_firesOnce() {
    String[] args = {"--spring.datasource.url=jdbc:h2:file:" + dir.resolve("bulanan").toAbsolutePath(),
        "--server.port=0", "--camunda.bpm.process-engine-name=bulanan"};
    String instanceId;
    java.util.Date jatuhTempo;
    try (ConfigurableApplicationContext first = start(args)) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      instanceId = KampungNolSkenario.sampaiPelaksanaan(engine, "Cilendek");
      jatuhTempo = timerBulanan(engine, instanceId).get(0).getDuedate();
    }
    try (ConfigurableApplicationContext second = start(args)) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      List<org.camunda.bpm.engine.runtime.Job> timer = timerBulanan(engine, instanceId);
      assertThat(timer).as("the same one timer after the restart").hasSize(1);
      assertThat(timer.get(0).getDuedate()).isEqualTo(jatuhTempo);
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(jatuhTempo);
      try {
        engine.getManagementService().executeJob(timer.get(0).getId());
      } finally {
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
      }
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
          .taskDefinitionKey("Task_SurveiUlang").count()).isEqualTo(1);
      assertThat(timerBulanan(engine, instanceId)).as("next month's, once").hasSize(1)
          .allSatisfy(j -> assertThat(j.getDuedate()).isAfter(jatuhTempo));
    }
  }

  private static List<org.camunda.bpm.engine.runtime.Job> timerBulanan(ProcessEngine engine, String instanceId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instanceId).activityId("Event_AwalBulan")
        .timers().list();
  }

  private static ConfigurableApplicationContext start(String[] args) {
    return new SpringApplicationBuilder(AlurSopApplication.class).run(args);
  }
}
