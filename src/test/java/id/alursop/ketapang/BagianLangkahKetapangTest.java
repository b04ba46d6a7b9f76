package id.alursop.ketapang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alursop.AlurSopTest;
import id.alursop.PengemudiSop;
import id.alursop.validation.FormValidationException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Steps of the Bappeda Ketapang SOPs done in parts (issue 18, points 4 to 6): whoever must produce a
 * letter drafts it before its correction, returns go down the hierarchy, and a meeting "dilaksanakan
 * sesuai kebutuhan" is held or skipped on the Kabid's decision with its reason. One clock per step.
 */
@AlurSopTest
class BagianLangkahKetapangTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final String TKPKD = "ketapang-tkpkd-penanggulangan-kemiskinan";
  private static final String SINERGITAS = "ketapang-sinergitas-harmonisasi";
  private static final String ASISTENSI = "ketapang-asistensi-perencanaan";
  private static final String RPJPD = "ketapang-koordinasi-rpjpd-rpjmd-rkpd";

  @Autowired ProcessEngine engine;
  private PengemudiSop pengemudi;

  @BeforeEach
  void init() {
    pengemudi = new PengemudiSop(engine);
    ClockUtil.setCurrentTime(wib("2026-12-01T08:00"));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  static Stream<Arguments> langkahSurat() {
    return Stream.of(
        Arguments.of(TKPKD, "9", "Task_L09_MenyusunDrafSuratUndangan", "Surat Undangan Rapat terbatas"),
        Arguments.of(TKPKD, "11", "Task_L11_MenyusunDraftRumusan", "Surat Undangan Rapat koordinasi"),
        Arguments.of(TKPKD, "14", "Task_L14_MenyusunDrafSuratPermintaanData", "surat permintaan data"),
        Arguments.of(SINERGITAS, "8", "Task_L08_MenyusunFormIsianDanDrafUndangan", "Surat Undangan Rapat Koordinasi"),
        Arguments.of(SINERGITAS, "11", "Task_L11_MenyusunDrafSuratPermintaanDanSkTim", "SK Tim Pelaksana Kegiatan"));
  }

  /** C.3 langkah 9, 11, 14 and D langkah 8, 11: the letter is drafted by staff, corrected by the Sub. Koordinator; a return goes back to the drafter. */
  @ParameterizedTest
  @MethodSource("langkahSurat")
  void letterStep_staffDraftsIt_subKoordinatorCorrects_returnGoesToTheDrafter(String sop, String langkah,
      String drafKey, String surat) {
    ProcessInstance instance = pengemudi.mulai(sop);
    Task draf = sampaiDi(instance, drafKey);
    assertThat(kandidat(draf)).containsExactly("ketapang-fungsional-tertentu");
    assertThat(engine.getTaskService().getVariable(draf.getId(), "drafYangDisusun")).asString().contains(surat);
    assertThatThrownBy(() -> pengemudi.selesaikan(draf, Map.of("ringkasanDraf", "")))
        .as("the draft's content is required, on the server").isInstanceOf(FormValidationException.class);
    pengemudi.selesaikan(draf, Map.of("ringkasanDraf", "Perihal: " + surat + "; rapat 10 Desember 2026"));

    Task tinjau = satuTugas(instance, "Task_TinjauDokumen");
    assertThat(engine.getTaskService().getVariable(tinjau.getId(), "langkahSop")).isEqualTo(langkah);
    assertThat(kandidat(tinjau)).containsExactly("ketapang-subkoor-pembangunan-manusia");
    assertThat(engine.getTaskService().getVariable(tinjau.getId(), "isiDokumen"))
        .as("the reviewer reads what was drafted").isEqualTo("Perihal: " + surat + "; rapat 10 Desember 2026");
    assertThat(engine.getTaskService().getVariable(tinjau.getId(), "dokumen")).asString().contains(surat);
    pengemudi.selesaikan(tinjau, Map.of("keputusanTinjauan", "kembalikan", "catatanTinjauan", "Lengkapi lampiran"));

    Task perbaiki = satuTugas(instance, "Task_PerbaikiDokumen");
    assertThat(kandidat(perbaiki)).as("a return goes down the hierarchy, to the drafter")
        .containsExactly("ketapang-fungsional-tertentu");
    pengemudi.selesaikan(perbaiki, Map.of());
    pengemudi.selesaikan(satuTugas(instance, "Task_TinjauDokumen"), Map.of("keputusanTinjauan", "setujui"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
        .getTaskDefinitionKey()).as("the SOP goes on after the approved letter").doesNotStartWith("Task_L0" + langkah + "_")
        .doesNotStartWith("Task_L" + langkah + "_");
  }

  /** The step's 60 minutes (C.3 langkah 9) cover drafting and correction: one clock from the draft. */
  @Test
  void letterStep_oneClock_fromTheDraftThroughTheCorrection() {
    ProcessInstance instance = pengemudi.mulai(TKPKD);
    Task draf = sampaiDi(instance, "Task_L09_MenyusunDrafSuratUndangan");
    Date jatuhTempo = wib("2026-12-01T09:00");
    assertThat(draf.getDueDate()).as("60 working minutes from the draft's start").isEqualTo(jatuhTempo);

    ClockUtil.setCurrentTime(wib("2026-12-01T08:40"));
    pengemudi.selesaikan(draf, Map.of());
    Task tinjau = satuTugas(instance, "Task_TinjauDokumen");
    assertThat(tinjau.getDueDate()).as("the correction is due with the step, not 60 minutes after it opened")
        .isEqualTo(jatuhTempo);
    pengemudi.selesaikan(tinjau, Map.of("keputusanTinjauan", "kembalikan", "catatanTinjauan", "Perbaiki tanggal"));
    assertThat(satuTugas(instance, "Task_PerbaikiDokumen").getDueDate()).isEqualTo(jatuhTempo);
  }

  /**
   * Every review chain of the six Ketapang SOPs returns down the hierarchy: the drafter ranks below
   * the reviewer (staff draft, superiors correct and initial).
   */
  @Test
  void everyReviewChain_drafterRanksBelowTheReviewer() {
    Map<String, Integer> pangkat = Map.of("ketapang-fungsional-tertentu", 1, "ketapang-fungsional-umum", 1,
        "ketapang-subkoor-pemerintahan", 2, "ketapang-subkoor-sosial-budaya", 2,
        "ketapang-subkoor-pembangunan-manusia", 2, "ketapang-kabid", 3, "ketapang-sekretaris-badan", 4,
        "ketapang-kepala-badan", 5);
    List<ProcessDefinition> ketapang = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKeyLike("ketapang-%").latestVersion().list();
    assertThat(ketapang).hasSize(6);
    int rantai = 0;
    for (ProcessDefinition definisi : ketapang) {
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definisi.getId());
      for (CallActivity panggilan : model.getModelElementsByType(CallActivity.class)) {
        Map<String, String> masukan = new HashMap<>();
        for (CamundaIn in : panggilan.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
          if (in.getCamundaTarget() != null && in.getCamundaSourceExpression() != null) {
            masukan.put(in.getCamundaTarget(), in.getCamundaSourceExpression());
          }
        }
        String peninjau = masukan.get("kelompokPeninjau");
        String penyusun = masukan.get("kelompokPenyusun");
        assertThat(pangkat).as("%s %s", definisi.getKey(), panggilan.getId()).containsKeys(peninjau, penyusun);
        assertThat(pangkat.get(penyusun)).as("%s %s: %s drafts for %s", definisi.getKey(), panggilan.getId(),
            penyusun, peninjau).isLessThan(pangkat.get(peninjau));
        rantai++;
      }
    }
    assertThat(rantai).isEqualTo(23);
  }

  static Stream<Arguments> rapatSesuaiKebutuhan() {
    return Stream.of(
        Arguments.of(ASISTENSI, "3", "Task_L03_MelaksanakanAnalisisKajian", "Task_L04_"),
        Arguments.of(ASISTENSI, "7", "Task_L07_MelaksanakanAnalisisKajian", "Task_L08_"),
        Arguments.of(ASISTENSI, "9", "Task_L09_MelaksanakanKegiatanRapat", "Task_L10_"),
        Arguments.of(RPJPD, "4", "Task_L04_MempersiapkanRapatMengundang", "Task_L05_"));
  }

  /** A, langkah 3, 7, 9 and C.1 langkah 4 "dilaksanakan sesuai kebutuhan": not needed, with its reason, skips the step. */
  @ParameterizedTest
  @MethodSource("rapatSesuaiKebutuhan")
  void meetingHeldWhenNeeded_notNeeded_stepSkipped_reasonRecorded(String sop, String langkah, String rapatKey,
      String berikutnya) {
    ProcessInstance instance = pengemudi.mulai(sop);
    String keputusanKey = "Task_L0" + langkah + "_MemutuskanPelaksanaanRapat";
    Task keputusan = sampaiDi(instance, keputusanKey);
    assertThat(kandidat(keputusan)).containsExactly("ketapang-kabid");
    assertThat(engine.getTaskService().getVariable(keputusan.getId(), "rapatYangDiputuskan")).asString()
        .startsWith("Langkah " + langkah + ": ");
    assertThatThrownBy(() -> pengemudi.selesaikan(keputusan,
        Map.of("keputusanRapat", "tidak-diperlukan", "alasanKeputusanRapat", " ")))
        .as("the reason is required, on the server").isInstanceOf(FormValidationException.class);

    pengemudi.selesaikan(keputusan, Map.of("keputusanRapat", "tidak-diperlukan",
        "alasanKeputusanRapat", "Bahan sudah disepakati pada rapat bulan lalu"));

    Task lanjut = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(lanjut.getTaskDefinitionKey()).startsWith(berikutnya);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(rapatKey).count()).as("the meeting's task never opened").isZero();
    assertThat(engine.getRuntimeService().getVariables(instance.getId()))
        .containsEntry("keputusanRapatLangkah" + langkah, "tidak-diperlukan")
        .containsEntry("alasanRapatLangkah" + langkah, "Bahan sudah disepakati pada rapat bulan lalu")
        .doesNotContainKeys("keputusanRapat", "alasanKeputusanRapat", "rapatYangDiputuskan");
  }

  /** Held: the meeting's task opens for its performer, due with the step whose clock started at the decision. */
  @ParameterizedTest
  @MethodSource("rapatSesuaiKebutuhan")
  void meetingHeldWhenNeeded_held_dueWithTheStepFromTheDecision(String sop, String langkah, String rapatKey,
      String berikutnya) {
    ProcessInstance instance = pengemudi.mulai(sop);
    Task keputusan = sampaiDi(instance, "Task_L0" + langkah + "_MemutuskanPelaksanaanRapat");
    assertThat(keputusan.getDueDate()).isNotNull();

    ClockUtil.setCurrentTime(wib("2026-12-01T08:30"));
    pengemudi.selesaikan(keputusan, Map.of("keputusanRapat", "dilaksanakan",
        "alasanKeputusanRapat", "Perlu paparan OPD tentang capaian"));
    Task rapat = satuTugas(instance, rapatKey);
    assertThat(rapat.getDueDate()).as("one clock for the step").isEqualTo(keputusan.getDueDate());
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "keputusanRapatLangkah" + langkah))
        .isEqualTo("dilaksanakan");
    pengemudi.selesaikan(rapat, Map.of());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
        .getTaskDefinitionKey()).startsWith(berikutnya);
  }

  /** Completes the open tasks with valid values until the task {@code key} opens. */
  private Task sampaiDi(ProcessInstance instance, String key) {
    for (int i = 0; i < 80; i++) {
      List<Task> terbuka = pengemudi.tugasTerbuka(instance.getId());
      for (Task t : terbuka) {
        if (t.getTaskDefinitionKey().equals(key)) {
          return t;
        }
      }
      pengemudi.selesaikan(terbuka.get(0), Map.of());
    }
    throw new AssertionError(key + " not reached");
  }

  private Task satuTugas(ProcessInstance instance, String key) {
    return pengemudi.tugasTerbuka(instance.getId()).stream().filter(t -> t.getTaskDefinitionKey().equals(key))
        .findFirst().orElseThrow(() -> new AssertionError(key + " is not open"));
  }

  private List<String> kandidat(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(Objects::nonNull).toList();
  }

  private static Date wib(String waktu) {
    return Date.from(LocalDateTime.parse(waktu).atZone(WIB).toInstant());
  }
}
