package id.alursop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.query.Query;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every command argument read by reflection is still where Camunda kept it. */
@AlurSopTest
class ArgumenPerintahTest {

  @Autowired ProcessEngine engine;

  @Test
  void aTaskCompletionsTaskAndValues() {
    CompleteTaskCmd command = new CompleteTaskCmd("tugas-1", Map.of("isian", 1));
    assertThat(ArgumenPerintah.idTugas(command)).isEqualTo("tugas-1");
    assertThat(ArgumenPerintah.variabel(command)).containsExactlyEntriesOf(Map.of("isian", 1));
  }

  @Test
  void aTaskFormsTaskAndValues() {
    SubmitTaskFormCmd command = new SubmitTaskFormCmd("tugas-2", Map.of("isian", 2), false, false);
    assertThat(ArgumenPerintah.idTugas(command)).isEqualTo("tugas-2");
    assertThat(ArgumenPerintah.variabel(command)).containsExactlyEntriesOf(Map.of("isian", 2));
  }

  @Test
  void aStartsBuilder_andAStartFormsDefinitionAndValues() {
    ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) engine.getRuntimeService()
        .createProcessInstanceByKey("kunci-uji");
    assertThat(ArgumenPerintah.pembangun(new StartProcessInstanceCmd(builder))).isSameAs(builder);

    SubmitStartFormCmd command = new SubmitStartFormCmd("definisi-1", null, Map.of("isian", 3));
    assertThat(ArgumenPerintah.idDefinisi(command)).isEqualTo("definisi-1");
    assertThat(ArgumenPerintah.variabel(command)).containsExactlyEntriesOf(Map.of("isian", 3));
  }

  @Test
  void aFilterCommandsQuery() {
    Filter filter = engine.getFilterService().createFilterQuery().filterName("Tugas kelompok saya").singleResult();
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Query<?, ?> query = config.getCommandExecutorTxRequired()
        .execute(context -> ArgumenPerintah.kueriFilter(new ExecuteFilterListPageCmd(filter.getId(), 0, 1), context));
    assertThat(query).isInstanceOf(TaskQueryImpl.class);
    assertThat(((TaskQueryImpl) query).getExpressions()).containsEntry("taskCandidateGroupIn", "${currentUserGroups()}");
  }

  /** The criteria a block of a task query sets, compared field by field with a new block. */
  @Test
  void theCriteriaOfATaskQuerysBlocks() {
    TaskQueryImpl query = (TaskQueryImpl) engine.getTaskService().createTaskQuery().taskName("Rapat")
        .dueBeforeExpression("${now()}").or().taskAssignee("bapperida.bogor")
        .taskCandidateGroupIn(java.util.List.of("bogor-bapperida")).includeAssignedTasks().endOr();
    assertThat(ArgumenPerintah.kriteria(query.getQueries().get(0))).as("an expression is no field yet")
        .containsExactly("name");
    assertThat(ArgumenPerintah.kriteria(query.getQueries().get(1)))
        .containsExactlyInAnyOrder("assignee", "candidateGroups", "includeAssignedTasks");
    assertThat(ArgumenPerintah.kriteria((TaskQueryImpl) engine.getTaskService().createTaskQuery())).isEmpty();
    assertThat(ArgumenPerintah.kriteria(((TaskQueryImpl) engine.getTaskService().createTaskQuery().or()
        .processVariableValueEquals("kasus", "x").endOr()).getQueries().get(1))).containsExactly("variables");
  }

  /** A filter command's work done on the query read once: its page bounds are still where Camunda kept them. */
  @Test
  void aFilterCommandsWork_onTheQueryReadOnce() {
    java.util.List<Object> gerak = new java.util.ArrayList<>();
    TaskQueryImpl query = new TaskQueryImpl() {
      @Override
      public java.util.List<org.camunda.bpm.engine.task.Task> listPage(int awal, int jumlah) {
        gerak.add("halaman " + awal + " " + jumlah + " batas " + maxResultsLimitEnabled);
        return java.util.List.of();
      }

      @Override
      public long count() {
        gerak.add("jumlah");
        return 7;
      }
    };
    assertThat(ArgumenPerintah.perintahFilterDikenal(new ExecuteFilterListPageCmd("f", 3, 15))).isTrue();
    assertThat(ArgumenPerintah.<Object>padaKueri(new ExecuteFilterListPageCmd("f", 3, 15), query).execute(null))
        .isEqualTo(java.util.List.of());
    assertThat(ArgumenPerintah.<Object>padaKueri(new org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd("f"), query)
        .execute(null)).isEqualTo(7L);
    assertThat(gerak).containsExactly("halaman 3 15 batas true", "jumlah");
  }
}
