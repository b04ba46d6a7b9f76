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

  /** What each of Camunda's attachment commands names, and whether it writes. */
  @Test
  void theAttachmentCommandsTaskInstanceAndAttachment() {
    org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity disimpan =
        new org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity();
    disimpan.setId("l-8");
    java.util.Map<org.camunda.bpm.engine.impl.interceptor.Command<?>, ArgumenPerintah.Lampiran> harapan = java.util.Map.of(
        new org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd("t-1"), new ArgumenPerintah.Lampiran("t-1", null, null, false),
        new org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd("t-2", "l-2"),
        new ArgumenPerintah.Lampiran("t-2", null, "l-2", false),
        new org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd("t-3", "l-3"),
        new ArgumenPerintah.Lampiran("t-3", null, "l-3", false),
        new org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd("p-4"),
        new ArgumenPerintah.Lampiran(null, "p-4", null, false),
        new org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd("l-5"), new ArgumenPerintah.Lampiran(null, null, "l-5", false),
        new org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd("l-6"),
        new ArgumenPerintah.Lampiran(null, null, "l-6", false),
        new org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd("application/pdf", "t-7", "p-7", "n", "d", null, null),
        new ArgumenPerintah.Lampiran("t-7", "p-7", null, true),
        new org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd(disimpan), new ArgumenPerintah.Lampiran(null, null, "l-8", true),
        new org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd("l-9"), new ArgumenPerintah.Lampiran(null, null, "l-9", true),
        new org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd("t-10", "l-10"),
        new ArgumenPerintah.Lampiran("t-10", null, "l-10", true));
    harapan.forEach((perintah, lampiran) -> assertThat(ArgumenPerintah.lampiran(perintah)).as(perintah.getClass().getSimpleName())
        .hasValue(lampiran));
    assertThat(ArgumenPerintah.lampiran(new CompleteTaskCmd("t", Map.of()))).isEmpty();
  }

  /** A Camunda release that adds an attachment command fails here until the attachment guard knows it. */
  @Test
  void everyAttachmentCommandOfCamundaIsKnown() throws Exception {
    java.net.URL kelas = CompleteTaskCmd.class.getResource("CompleteTaskCmd.class");
    assertThat(kelas.getProtocol()).isEqualTo("jar");
    String jar = kelas.getPath().substring("file:".length(), kelas.getPath().indexOf("!"));
    java.util.Set<String> perintah = new java.util.TreeSet<>();
    try (java.util.jar.JarFile arsip = new java.util.jar.JarFile(java.net.URLDecoder.decode(jar,
        java.nio.charset.StandardCharsets.UTF_8))) {
      arsip.stream().map(java.util.jar.JarEntry::getName)
          .filter(n -> n.startsWith("org/camunda/bpm/engine/impl/") && n.endsWith("Cmd.class") && !n.contains("$")
              && n.substring(n.lastIndexOf('/')).contains("Attachment"))
          .forEach(n -> perintah.add(n.replace('/', '.').replace(".class", "")));
    }
    assertThat(perintah).isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(ArgumenPerintah.PERINTAH_LAMPIRAN.stream().map(Class::getName).toList());
  }
}
