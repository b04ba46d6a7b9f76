package id.alursop.ketapang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.PengemudiSop;
import id.alursop.validation.FormValidationException;
import id.alursop.tinjauan.PengembalianRepository;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The six Bappeda Ketapang SOPs on the real engine: every step passed, a return in the review chain, wali data. */
@AlurSopTest
class SopKetapangTest {

  @Autowired ProcessEngine engine;
  @Autowired PengembalianRepository pengembalian;
  @Autowired JawabanWaliDataRepository waliData;
  private PengemudiSop pengemudi;

  static List<String> sop() {
    return List.of("ketapang-asistensi-perencanaan", "ketapang-monev-perencanaan",
        "ketapang-koordinasi-rpjpd-rpjmd-rkpd", "ketapang-rencana-definitif", "ketapang-tkpkd-penanggulangan-kemiskinan",
        "ketapang-sinergitas-harmonisasi");
  }

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    pengemudi = new PengemudiSop(engine);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-12-01T08:00").atZone(ZoneId.of("Asia/Jakarta")).toInstant()));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @ParameterizedTest
  @MethodSource("sop")
  void happyPath_everyStepPassed_firstStepForTheKabid(String key) {
    ProcessInstance instance = pengemudi.mulai(key);
    Task pertama = pengemudi.tugasTerbuka(instance.getId()).get(0);
    assertThat(kandidat(pertama)).contains("ketapang-kabid");

    List<String> kasus = new java.util.ArrayList<>();
    pengemudi.jalankan(instance.getId(), t -> {
      kasus.add(t.getTaskDefinitionKey() + " = " + engine.getTaskService().getVariableLocal(t.getId(), "kasus"));
      return Map.of();
    }, 200);

    assertThat(instance).isEnded();
    // every card names the document (perihal, year), the review chain's as its caller's; a wali-data card its OPD
    String dokumen = "Uji " + key + " · TA 2027";
    assertThat(kasus).isNotEmpty().allSatisfy(k -> assertThat(k).satisfiesAnyOf(
        x -> assertThat(x).doesNotContain("OpdMenyampaikanData").endsWith(" = " + dokumen),
        x -> assertThat(x).matches("Task_L\\d+_OpdMenyampaikanData = OPD: Dinas [A-Za-z ]+ · Uji " + key)));
    assertThat(kasus).anyMatch(k -> k.startsWith("Task_TinjauDokumen = "));
    List<String> dilalui = engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).list().stream().map(HistoricActivityInstance::getActivityId).toList();
    assertThat(dilalui).containsAll(langkahElemen(key));
    assertThat(pengembalian.findByInstansSopOrderById(instance.getId())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("sop")
  void reviewerReturnsTheDraftOnce_recordedAndCounted(String key) {
    ProcessInstance instance = pengemudi.mulai(key);
    AtomicReference<String> dikembalikan = new AtomicReference<>();
    pengemudi.jalankan(instance.getId(), task -> {
      if (task.getTaskDefinitionKey().equals("Task_TinjauDokumen") && dikembalikan.get() == null) {
        dikembalikan.set((String) engine.getTaskService().getVariable(task.getId(), "langkahSop"));
        return Map.of("keputusanTinjauan", "kembalikan", "catatanTinjauan", "Perbaiki sistematika dan lampiran");
      }
      return Map.of();
    }, 200);

    assertThat(instance).isEnded();
    assertThat(dikembalikan.get()).as("the SOP has a review step").isNotNull();
    assertThat(pengembalian.findByInstansSopOrderById(instance.getId())).singleElement()
        .satisfies(p -> assertThat(p.getCatatan()).isEqualTo("Perbaiki sistematika dan lampiran"));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("jumlahPengembalianLangkah" + dikembalikan.get()).singleResult().getValue()).isEqualTo(1);
  }

  @Test
  void waliData_oneOpdLate_compilationStartsAtTheDeadline_lateOpdRecorded() {
    ProcessInstance instance = pengemudi.mulai("ketapang-tkpkd-penanggulangan-kemiskinan");
    List<Task> opd = List.of();
    for (int i = 0; i < 50 && opd.isEmpty(); i++) {
      pengemudi.selesaikan(pengemudi.tugasTerbuka(instance.getId()).get(0), Map.of());
      opd = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey("Task_L07_OpdMenyampaikanData").list();
    }
    assertThat(opd).hasSize(3);
    assertThat(opd).flatExtracting(this::kandidat).containsExactlyInAnyOrderElementsOf(PengemudiSop.SEMUA_OPD);
    for (Task t : opd) {
      if (!kandidat(t).contains("ketapang-opd-dinas-kesehatan")) {
        pengemudi.selesaikan(t, Map.of());
      }
    }
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_L07_OpdMenyampaikanData").count()).isEqualTo(1);

    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-12-31T08:00").atZone(ZoneId.of("Asia/Jakarta")).toInstant()));
    Job batas = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId("Event_L07_BatasWaliData").singleResult();
    engine.getManagementService().executeJob(batas.getId());

    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "opdBelumMenjawab"))
        .isEqualTo("ketapang-opd-dinas-kesehatan");
    assertThat(waliData.findByInstansSopAndLangkahOrderById(instance.getId(), "7"))
        .extracting(JawabanWaliData::getOpd, JawabanWaliData::getStatus).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ketapang-opd-dinas-sosial", JawabanWaliData.Status.MENJAWAB),
            org.assertj.core.groups.Tuple.tuple("ketapang-opd-dinas-pendidikan", JawabanWaliData.Status.MENJAWAB),
            org.assertj.core.groups.Tuple.tuple("ketapang-opd-dinas-kesehatan", JawabanWaliData.Status.TIDAK_MENJAWAB));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
        .getTaskDefinitionKey()).startsWith("Task_L07_");
  }

  /**
   * Any Perangkat Daerah of the agency can be asked (the agency file's list, DPPKBP3A among them);
   * the compiler sees per OPD asked its status, its answer and its files.
   */
  @Test
  void waliData_anyOpdOfTheAgency_compilerSeesEachAnswerAndItsFiles() {
    ProcessInstance instance = pengemudi.mulai("ketapang-tkpkd-penanggulangan-kemiskinan");
    Task kirim = null;
    for (int i = 0; i < 50 && kirim == null; i++) {
      Task open = pengemudi.tugasTerbuka(instance.getId()).get(0);
      if (open.getTaskDefinitionKey().equals("Task_L06_MengirimFormIsian")) {
        kirim = open;
      } else {
        pengemudi.selesaikan(open, Map.of());
      }
    }
    assertThat(kirim).isNotNull();
    assertThat(engine.getTaskService().getVariableLocalTyped(kirim.getId(), "pilihanOpd").getValue().toString())
        .as("the agency's Perangkat Daerah, from organisasi/ketapang.yaml")
        .contains("\"label\":\"OPD: Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak\"",
            "\"value\":\"ketapang-opd-dppkbp3a\"", "ketapang-opd-dinas-sosial")
        .doesNotContain("ketapang-kabid");
    Task l06 = kirim;
    assertThatThrownBy(() -> pengemudi.selesaikan(l06, Map.of("opdDiminta", List.of("ketapang-kabid"))))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("daftar Perangkat Daerah instansi");
    pengemudi.selesaikan(l06, Map.of("opdDiminta", List.of("ketapang-opd-dppkbp3a", "ketapang-opd-dinas-sosial")));

    List<Task> opd = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_L07_OpdMenyampaikanData").list();
    assertThat(opd).flatExtracting(this::kandidat)
        .containsExactlyInAnyOrder("ketapang-opd-dppkbp3a", "ketapang-opd-dinas-sosial");
    Task dp3a = opd.stream().filter(t -> kandidat(t).contains("ketapang-opd-dppkbp3a")).findFirst().orElseThrow();
    assertThat(engine.getTaskService().getVariableLocal(dp3a.getId(), "namaOpd")).as("the form names the OPD")
        .isEqualTo("OPD: Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak");
    assertThat(engine.getTaskService().getVariableLocal(dp3a.getId(), "kasus")).asString()
        .startsWith("OPD: Dinas Pengendalian Penduduk");
    engine.getTaskService().createAttachment("application/pdf", dp3a.getId(), instance.getId(), "data-anak-2026.pdf",
        "Data perlindungan anak", new java.io.ByteArrayInputStream("%PDF-1.4".getBytes()));
    // the window has closed but its timer has not fired yet: the answer counts, late
    Job batas = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId("Event_L07_BatasWaliData").singleResult();
    ClockUtil.setCurrentTime(new Date(batas.getDuedate().getTime() + 60_000));
    pengemudi.selesaikan(dp3a, Map.of("dataDisampaikan", "Kasus kekerasan terhadap anak 2026: 14",
        "keteranganData", "Sumber SIMFONI"));
    engine.getManagementService().executeJob(batas.getId());

    Task kompilasi = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_L07_MengumpulkanMengelompokkanMengkompilasi").singleResult();
    assertThat(engine.getTaskService().getVariableLocal(kompilasi.getId(), "ringkasanWaliData"))
        .isEqualTo("1 dari 2 Perangkat Daerah menyampaikan data");
    assertThat(engine.getTaskService().getVariableLocalTyped(kompilasi.getId(), "rekapWaliData").getValue().toString())
        .isEqualTo("[{\"opd\":\"OPD: Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
            + "Perlindungan Anak\",\"status\":\"Menjawab terlambat\",\"jawaban\":\"Kasus kekerasan terhadap anak 2026: 14 "
            + "(Sumber SIMFONI)\",\"berkas\":\"data-anak-2026.pdf\"},{\"opd\":\"OPD: Dinas Sosial\",\"status\":"
            + "\"Belum menjawab\",\"jawaban\":\"-\",\"berkas\":\"-\"}]");
    assertThat(waliData.findByInstansSopAndLangkahOrderById(instance.getId(), "7"))
        .extracting(JawabanWaliData::getOpd, JawabanWaliData::getStatus).containsExactly(
            org.assertj.core.groups.Tuple.tuple("ketapang-opd-dppkbp3a", JawabanWaliData.Status.TERLAMBAT),
            org.assertj.core.groups.Tuple.tuple("ketapang-opd-dinas-sosial", JawabanWaliData.Status.TIDAK_MENJAWAB));
  }

  /**
   * One clock for the data collection (C.3 langkah 7, 7.350 menit; langkah 16, 5.350 menit): it
   * starts with the request; every OPD's answer and the compilation are due with the step; the
   * OPD's window closes at the earlier of 14 working days and the step's due date.
   */
  @Test
  void waliData_oneClock_fromTheRequest_windowAtTheEarlierOf14WorkingDaysAndTheStep() {
    Date permintaan = Date.from(LocalDateTime.parse("2027-02-01T08:00").atZone(ZoneId.of("Asia/Jakarta")).toInstant());
    ClockUtil.setCurrentTime(permintaan);
    ProcessInstance instance = pengemudi.mulai("ketapang-tkpkd-penanggulangan-kemiskinan");
    List<Task> opd = List.of();
    for (int i = 0; i < 50 && opd.isEmpty(); i++) {
      pengemudi.selesaikan(pengemudi.tugasTerbuka(instance.getId()).get(0), Map.of());
      opd = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey("Task_L07_OpdMenyampaikanData").list();
    }
    Job jendela7 = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId("Event_L07_BatasWaliData").singleResult();
    // 14 working days from Monday 1 February 2027 08:00 (5 February a holiday): Monday 22 February 08:00,
    // before the 7.350 working minutes of the step
    assertThat(jendela7.getDuedate()).isEqualTo(Date.from(LocalDateTime.parse("2027-02-22T08:00")
        .atZone(ZoneId.of("Asia/Jakarta")).toInstant()));
    Date langkah7 = opd.get(0).getDueDate();
    assertThat(opd).extracting(Task::getDueDate).as("every OPD is due with the step").containsOnly(langkah7);
    assertThat(langkah7).as("the step's 7.350 minutes outlast the 14 days").isAfter(jendela7.getDuedate());
    for (Task t : opd) {
      pengemudi.selesaikan(t, Map.of());
    }
    Task kompilasi7 = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_L07_MengumpulkanMengelompokkanMengkompilasi").singleResult();
    assertThat(kompilasi7.getDueDate()).as("the compilation is due with the step, counted from the request")
        .isEqualTo(langkah7);

    List<Task> opd16 = List.of();
    for (int i = 0; i < 80 && opd16.isEmpty(); i++) {
      pengemudi.selesaikan(pengemudi.tugasTerbuka(instance.getId()).get(0), Map.of());
      opd16 = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey("Task_L16_OpdMenyampaikanData").list();
    }
    Job jendela16 = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId("Event_L16_BatasWaliData").singleResult();
    assertThat(jendela16.getDuedate()).as("5.350 minutes end before 14 working days: the window closes with the step")
        .isEqualTo(opd16.get(0).getDueDate());
  }

  @Test
  void stepWithoutTimeStandard_hasNoDueDate() {
    ProcessInstance instance = pengemudi.mulai("ketapang-tkpkd-penanggulangan-kemiskinan");
    for (int i = 0; i < 20; i++) {
      Task open = pengemudi.tugasTerbuka(instance.getId()).get(0);
      if (open.getTaskDefinitionKey().startsWith("Task_L04_")) {
        assertThat(open.getDueDate()).as("step 4 '-'").isNull();
        return;
      }
      assertThat(open.getDueDate()).as("%s has a standard", open.getTaskDefinitionKey()).isNotNull();
      pengemudi.selesaikan(open, Map.of());
    }
    throw new AssertionError("step 4 not reached");
  }

  private List<String> kandidat(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  /** The ids of the elements that carry a catalogue step (sop.langkah). */
  private List<String> langkahElemen(String key) {
    String id = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult().getId();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(id);
    return model.getModelElementsByType(FlowNode.class).stream()
        .filter(n -> n.getExtensionElements() != null && n.getExtensionElements().getElementsQuery()
            .filterByType(CamundaProperties.class).list().stream().flatMap(p -> p.getCamundaProperties().stream())
            .anyMatch(p -> "sop.langkah".equals(p.getCamundaName())))
        .map(FlowNode::getId).toList();
  }
}
