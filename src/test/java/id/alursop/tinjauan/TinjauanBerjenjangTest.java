package id.alursop.tinjauan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.validation.FormValidationException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared review chain: approve, or return with notes to the drafter, recorded and counted. */
@AlurSopTest
class TinjauanBerjenjangTest {

  @Autowired ProcessEngine engine;
  @Autowired PengembalianRepository pengembalian;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-12-01T08:00").atZone(ZoneId.of("Asia/Jakarta")).toInstant()));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void returnedWithNotes_reworked_thenApproved() {
    ProcessInstance tinjauan = mulai("PT300M");
    Task tinjau = tugas(tinjauan, "Task_TinjauDokumen");
    assertThat(kandidat(tinjau)).containsExactly("ketapang-kabid");
    assertThat(tinjau.getDueDate()).as("300 working minutes").isEqualTo(wib("2026-12-01T14:00"));
    assertThat(engine.getTaskService().getVariableLocal(tinjau.getId(), "daftarDokumen")).isEqualTo("Belum ada berkas terlampir");

    assertThatThrownBy(() -> engine.getTaskService().complete(tinjau.getId(), Map.of("keputusanTinjauan", "kembalikan")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Catatan wajib diisi");
    assertThat(tinjauan).isWaitingAt("Task_TinjauDokumen");

    engine.getIdentityService().setAuthentication("kabid.ketapang", List.of("ketapang-kabid"), List.of("ketapang"));
    engine.getTaskService().complete(tinjau.getId(), Map.of("keputusanTinjauan", "kembalikan",
        "catatanTinjauan", "Lengkapi jadwal dan lokasi kegiatan"));
    engine.getIdentityService().clearAuthentication();
    Task perbaiki = tugas(tinjauan, "Task_PerbaikiDokumen");
    assertThat(kandidat(perbaiki)).containsExactly("ketapang-fungsional-tertentu");
    assertThat(pengembalian.findByInstansSopOrderById("sop-uji-1")).singleElement().satisfies(p -> {
      assertThat(p.getDikembalikanOleh()).isEqualTo("kabid.ketapang");
      assertThat(p.getCatatan()).isEqualTo("Lengkapi jadwal dan lokasi kegiatan");
      assertThat(p.getLangkah()).isEqualTo("7");
      assertThat(p.getDikembalikanPada()).isEqualTo(wib("2026-12-01T08:00").toInstant());
    });

    engine.getTaskService().complete(perbaiki.getId(), Map.of("tanggapanPerbaikan", "Jadwal dan lokasi dilengkapi"));
    Task lagi = tugas(tinjauan, "Task_TinjauDokumen");
    engine.getTaskService().complete(lagi.getId(), Map.of("keputusanTinjauan", "setujui"));
    assertThat(tinjauan).isEnded().hasPassed("EndEvent_DokumenDisetujui");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(tinjauan.getId())
        .variableName("jumlahPengembalian").singleResult().getValue()).isEqualTo(1);
  }

  @Test
  void stepWithoutTimeStandard_hasNoDueDateAndNoEscalation() {
    ProcessInstance tinjauan = mulai(null);
    Task tinjau = tugas(tinjauan, "Task_TinjauDokumen");
    assertThat(tinjau.getDueDate()).isNull();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(tinjauan.getId()).count()).isZero();
  }

  private ProcessInstance mulai(String waktu) {
    Map<String, Object> v = new HashMap<>(Map.of("dokumen", "Kuesioner Rencana Definitif",
        "tindakanTinjauan", "Mengoreksi dan memaraf", "kelompokPeninjau", "ketapang-kabid",
        "kelompokPenyusun", "ketapang-fungsional-tertentu", "langkahSop", "7", "instansSop", "sop-uji-" + (waktu == null ? 2 : 1)));
    if (waktu != null) {
      v.put("waktuTinjauan", waktu);
    }
    return engine.getRuntimeService().createProcessInstanceByKey("tinjauan-berjenjang").processDefinitionTenantId("ketapang")
        .setVariables(v).execute();
  }

  private Task tugas(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private List<String> kandidat(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  private static Date wib(String local) {
    return Date.from(LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
  }
}
