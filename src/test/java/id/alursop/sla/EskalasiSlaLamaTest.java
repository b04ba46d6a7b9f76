package id.alursop.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.ProgramUji;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A follow-up started on a version of {@code sla-eskalasi} deployed before its service tasks were
 * delegates still runs: its expressions {@code ${eskalasiSla.…(execution)}} reach the same steps.
 */
@AlurSopTest
class EskalasiSlaLamaTest {

  private static final String KUNCI = "sla-eskalasi-versi-lama-uji";

  @Autowired ProcessEngine engine;
  @Autowired PeringatanSlaRepository peringatan;
  private Deployment penerapan;

  @AfterEach
  void hapus() {
    if (penerapan != null) {
      engine.getRepositoryService().deleteDeployment(penerapan.getId(), true);
    }
  }

  @Test
  void followUpOnTheOldVersion_determinesRecipientAlertsAndReminds() {
    penerapan = engine.getRepositoryService().createDeployment().addModelInstance(KUNCI + ".bpmn", modelLama()).deploy();
    ProcessInstance sop = ProgramUji.mulai(engine, "Cikaret");
    Task terlambat = engine.getTaskService().createTaskQuery().processInstanceId(sop.getId()).taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
    Map<String, Object> variabel = new HashMap<>();
    variabel.put("tugasId", terlambat.getId());
    variabel.put("tingkat", TingkatEskalasi.ATASAN.name());
    variabel.put("instansi", "bogor");
    variabel.put("kelompokPelaksana", "bogor-bapperida");
    engine.getRuntimeService().startProcessInstanceByKey(KUNCI, terlambat.getId(), variabel);

    Task tindak = engine.getTaskService().createTaskQuery().processDefinitionKey(KUNCI)
        .processInstanceBusinessKey(terlambat.getId()).singleResult();
    assertThat(engine.getTaskService().getIdentityLinksForTask(tindak.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("bogor-pemkot");
    assertThat(peringatan.findByTaskIdOrderById(terlambat.getId())).extracting(PeringatanSla::getTingkat,
        PeringatanSla::getKelompokPenerima).containsExactly(org.assertj.core.groups.Tuple.tuple(
            TingkatEskalasi.ATASAN, "bogor-pemkot"));

    engine.getTaskService().complete(tindak.getId(), Map.of("tindakan", "ingatkan", "alasan", "Mohon segera"));
    assertThat(engine.getTaskService().getTaskComments(terlambat.getId())).extracting(c -> c.getFullMessage())
        .containsExactly("Pengingat dari atasan: Mohon segera");
  }

  /** The service tasks of sla-eskalasi as they were deployed before (expressions on the bean eskalasiSla). */
  private static BpmnModelInstance modelLama() {
    return Bpmn.createExecutableProcess(KUNCI).camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("ServiceTask_TentukanPenerima").camundaExpression("${eskalasiSla.tentukanPenerima(execution)}")
        .serviceTask("ServiceTask_KirimPemberitahuan").camundaExpression("${eskalasiSla.kirimPemberitahuan(execution)}")
        .userTask("Task_TindakLanjutKeterlambatan").camundaCandidateGroups("${kelompokPenerima}")
        .serviceTask("ServiceTask_LaksanakanTindakLanjut")
        .camundaExpression("${eskalasiSla.laksanakanTindakLanjut(execution)}")
        .endEvent().done();
  }
}
