package id.alursop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indexes start-up adds for the job executor and the group list's count, and every job with a
 * due date: the executor acquires the jobs due first on {@code ALUR_IDX_JOB_DUE}.
 */
@AlurSopTest
class AkuisisiJobTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  DataSource dataSource;

  @Test
  void startUpAddsTheIndexes_jobsByDueDate_linksByGroupAndByTask_tasksBySuspension() throws Exception {
    assertThat(kolom("ACT_RU_JOB", IndeksDaftarTugas.INDEKS_JOB)).containsExactly("DUEDATE_");
    assertThat(kolom("ACT_RU_IDENTITYLINK", IndeksDaftarTugas.INDEKS_TAUTAN))
        .containsExactly("GROUP_ID_", "TYPE_", "TASK_ID_", "TENANT_ID_");
    assertThat(kolom("ACT_RU_IDENTITYLINK", IndeksDaftarTugas.INDEKS_CALON)).containsExactly("TASK_ID_", "TYPE_", "GROUP_ID_");
    assertThat(kolom("ACT_RU_TASK", IndeksDaftarTugas.INDEKS_TANGGUH)).containsExactly("SUSPENSION_STATE_", "ID_");
  }

  @Test
  void everyJobHasADueDate_oneWrittenWithoutGetsItsCreationTime() {
    String kunci = "uji-akuisisi-job";
    Deployment deployment = engine.getRepositoryService().createDeployment().addModelInstance(kunci + ".bpmn",
        Bpmn.createExecutableProcess(kunci).camundaHistoryTimeToLive(1).startEvent().serviceTask("Task_Async")
            .camundaAsyncBefore().camundaExpression("${true}").endEvent().done()).deploy();
    try {
      // suspended, so that the job executor leaves the job to the test
      engine.getManagementService().suspendJobDefinitionByProcessDefinitionKey(kunci);
      engine.getRuntimeService().startProcessInstanceByKey(kunci);
      Job job = engine.getManagementService().createJobQuery().processDefinitionKey(kunci).singleResult();
      assertThat(job.getDuedate()).as("an async step's job is due when made").isNotNull();

      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      jdbc.update("update ACT_RU_JOB set DUEDATE_ = null where ID_ = ?", job.getId());
      IndeksDaftarTugas.buat(dataSource);
      Job lagi = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
      assertThat(lagi.getDuedate()).as("a job written without a due date gets its creation time")
          .isEqualTo(lagi.getCreateTime());
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  private java.util.Collection<String> kolom(String tabel, String nama) throws Exception {
    return kolomIndeks(dataSource, tabel, nama);
  }

  /** The columns of the index {@code nama} on {@code tabel}, in order; none if there is no such index. */
  static java.util.Collection<String> kolomIndeks(DataSource dataSource, String tabel, String nama) throws Exception {
    SortedMap<Short, String> kolom = new TreeMap<>();
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.ResultSet indeks = c.getMetaData().getIndexInfo(null, null, tabel, false, false)) {
      while (indeks.next()) {
        if (nama.equalsIgnoreCase(indeks.getString("INDEX_NAME"))) {
          kolom.put(indeks.getShort("ORDINAL_POSITION"), indeks.getString("COLUMN_NAME").toUpperCase());
        }
      }
    }
    return kolom.values();
  }
}
