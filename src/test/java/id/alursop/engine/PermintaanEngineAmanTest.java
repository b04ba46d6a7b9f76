package id.alursop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests the engine would mishandle are bad input (400): a job query combining filters Camunda
 * 7.24 joins without "and" (not a database fault), a new task without a name (not a nameless task).
 */
@AlurSopTest
class PermintaanEngineAmanTest {

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void newTaskWithoutName_refused_namedOneSaved() throws Exception {
    TestHttp http = new TestHttp(port);
    long sebelum = engine.getTaskService().createTaskQuery().count();
    for (String isi : java.util.List.of("", "{}", "{\"name\":\"  \"}")) {
      HttpResponse<String> jawaban = http.post("/engine-rest/task/create", "demo:demo", "application/json", isi);
      assertThat(jawaban.statusCode()).as(isi).isEqualTo(400);
      assertThat(jawaban.body()).contains("Isian 'name' wajib diisi");
    }
    assertThat(engine.getTaskService().createTaskQuery().count()).isEqualTo(sebelum);
    org.camunda.bpm.engine.task.Task t = engine.getTaskService().newTask();
    t.setName("Menyiapkan bahan rapat");
    engine.getTaskService().saveTask(t);
    t.setDescription("diubah kemudian");
    engine.getTaskService().saveTask(t);
    assertThat(engine.getTaskService().createTaskQuery().taskId(t.getId()).singleResult().getDescription())
        .isEqualTo("diubah kemudian");
    engine.getTaskService().deleteTask(t.getId(), true);
  }

  @Test
  void combinedJobIdFilters_refused_eachAloneRuns() throws Exception {
    assertThat(engine.getManagementService().createJobQuery().jobId("x").count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().jobDefinitionId("y").processInstanceId("p").list())
        .isEmpty();
    assertThatThrownBy(() -> engine.getManagementService().createJobQuery().jobId("x").jobDefinitionId("y").count())
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("jobId, jobDefinitionId");

    TestHttp http = new TestHttp(port);
    HttpResponse<String> gabungan = http.post("/engine-rest/job/count", "demo:demo", "application/json",
        "{\"jobId\":\"x\",\"activityId\":\"z\"}");
    assertThat(gabungan.statusCode()).isEqualTo(400);
    assertThat(gabungan.body()).contains("jobId, activityId", "tidak dapat dipakai bersamaan");
    assertThat(http.post("/engine-rest/job/count", "demo:demo", "application/json", "{\"jobId\":\"x\"}").body())
        .isEqualTo("{\"count\":0}");
  }
}
