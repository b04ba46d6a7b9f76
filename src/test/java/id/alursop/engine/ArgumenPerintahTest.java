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
}
