package id.alursop.kampungnol;

import static id.alursop.kampungnol.KampungNolSkenario.KK_1;
import static id.alursop.kampungnol.KampungNolSkenario.KK_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.logbook.LogbookEntry;
import id.alursop.logbook.LogbookRepository;
import id.alursop.validation.FormValidationException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One scenario per path through the Kampung Nol model, on the real engine and database. */
@AlurSopTest
class KampungNolProcessTest {

  private static final Instant MULAI = ZonedDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant();

  @Autowired ProcessEngine engine;
  @Autowired ProgramRepository program;
  @Autowired KeluargaRepository keluarga;
  @Autowired IntervensiRepository intervensi;
  @Autowired RiwayatStatusRepository riwayat;
  @Autowired LogbookRepository logbook;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(Date.from(MULAI));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void happyPath_allHouseholdsLeaveExtremePoverty_programmeCompleted() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    Program run = program.findByProcessInstanceId(s.instance.getId()).orElseThrow();
    assertThat(run.getKelurahan()).isEqualTo("Cibuluh");
    assertThat(run.getStatus()).isEqualTo(StatusProgram.AKTIF);

    assertThat(s.instance).isWaitingAt("Task_IdentifikasiLokasiPrioritas");
    assertCandidateGroup(s.satuTugas("Task_IdentifikasiLokasiPrioritas"), "bogor-bapperida");
    assertThat(kasus(s.satuTugas("Task_IdentifikasiLokasiPrioritas"))).isEqualTo("Kelurahan Cibuluh RW 005");
    s.selesaikan("Task_IdentifikasiLokasiPrioritas", KampungNolSkenario.identifikasi(KampungNolSkenario.CSV));
    assertThat(keluarga.countByProgramId(run.getId())).isEqualTo(2);

    assertThat(s.instance).isWaitingAt("Task_PembentukanTim");
    s.selesaikan("Task_PembentukanTim", KampungNolSkenario.pembentukanTim());

    List<Task> verifikasi = s.tugas("Task_VerifikasiProfilingKeluarga");
    assertThat(verifikasi).hasSize(2);
    verifikasi.forEach(t -> assertCandidateGroup(t, "bogor-tim-verifikator"));
    assertThat(verifikasi).extracting(this::kasus)
        .containsExactlyInAnyOrder("Budi Santoso · RT 001/RW 005", "Siti Aminah · RT 002/RW 005");
    s.verifikasiSemua(Map.of(KK_1, true, KK_2, false));
    Keluarga kk1 = keluarga.findByProgramIdAndNomorKk(run.getId(), KK_1).orElseThrow();
    assertThat(kk1.getStatus()).isEqualTo(StatusKeluarga.MISKIN_EKSTREM);
    assertThat(kk1.getKebutuhan()).containsExactly(Kebutuhan.HUNIAN, Kebutuhan.PENDIDIKAN);
    assertThat(kk1.getNikKepalaKeluarga()).isEqualTo(KK_1.substring(0, 12) + "9999");
    assertThat(keluarga.findByProgramIdAndNomorKk(run.getId(), KK_2).orElseThrow().getStatus())
        .isEqualTo(StatusKeluarga.TIDAK_MISKIN_EKSTREM);
    assertThat(riwayat.findByKeluargaIdOrderById(kk1.getId())).extracting(RiwayatStatus::getSumber)
        .containsExactly(RiwayatStatus.Sumber.VERIFIKASI);

    s.selesaikan("Task_RapatKoordinasiLintasOpd", KampungNolSkenario.rapatKoordinasi());
    assertThat(intervensi.findByProgramIdOrderById(run.getId()))
        .extracting(Intervensi::getJenis, Intervensi::getPelaksana, Intervensi::getKelompok, Intervensi::getPutaran)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kebutuhan.HUNIAN, "Dinas Perumahan dan Permukiman",
                "bogor-dinas-perumahan-permukiman", 1),
            org.assertj.core.groups.Tuple.tuple(Kebutuhan.PENDIDIKAN, "Dinas Pendidikan", "bogor-dinas-pendidikan", 1));

    assertCandidateGroup(s.satuTugas("Task_KickOffKolaborasi"), "bogor-pemkot");
    s.selesaikan("Task_KickOffKolaborasi", KampungNolSkenario.kickOff());

    List<Task> pelaksanaan = s.tugas("Task_PelaksanaanIntervensi");
    assertThat(pelaksanaan).hasSize(2);
    assertThat(engine.getTaskService().getVariable(pelaksanaan.get(0).getId(), "ringkasanIntervensi"))
        .asString().startsWith("Perbaikan hunian untuk KK " + KK_1);
    assertThat(engine.getTaskService().getIdentityLinksForTask(pelaksanaan.get(0).getId()))
        .as("the intervention is a task for the matrix's party alone")
        .filteredOn(link -> "candidate".equals(link.getType())).extracting(IdentityLink::getGroupId)
        .containsExactly("bogor-dinas-perumahan-permukiman");
    // the household as verified at stage 3 (the scenario records the head as "Kepala Keluarga")
    assertThat(pelaksanaan).extracting(this::kasus).containsExactlyInAnyOrder(
        "Perbaikan hunian · Kepala Keluarga · RT 001/RW 005", "Akses pendidikan · Kepala Keluarga · RT 001/RW 005");
    s.laksanakanSemuaIntervensi();
    assertThat(intervensi.findByProgramIdOrderById(run.getId())).extracting(Intervensi::getStatus)
        .containsOnly(StatusIntervensi.SELESAI);

    List<Task> survei = s.tugas("Task_SurveiUlang");
    assertThat(survei).as("only the household still poor is surveyed again").hasSize(1);
    assertThat(engine.getTaskService().getVariable(survei.get(0).getId(), "nomorKk")).isEqualTo(KK_1);
    assertCandidateGroup(survei.get(0), "bogor-tim-monev");
    assertThat(kasus(survei.get(0))).isEqualTo("Kepala Keluarga · RT 001/RW 005");
    s.surveiUlangSemua(false);

    Task monev = s.satuTugas("Task_MonitoringEvaluasi");
    assertCandidateGroup(monev, "bogor-bapperida");
    // the recap BAPPERIDA decides on, before deciding
    String hariIni = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
        .format(ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Asia/Jakarta")));
    assertThat(engine.getTaskService().getVariablesLocal(monev.getId())).containsEntry("rekapJumlahKk", 2)
        .containsEntry("rekapJumlahMasihMiskin", 0).containsEntry("rekapJumlahIntervensiTerbuka", 0);
    assertThat(engine.getTaskService().getVariableLocalTyped(monev.getId(), "rekapKeluarga").getValue().toString())
        .isEqualTo("[{\"keluarga\":\"Kepala Keluarga · RT 001/RW 005\",\"status\":\"Tidak lagi miskin ekstrem\","
            + "\"intervensiSelesai\":2,\"intervensiTerbuka\":0,\"surveiTerakhir\":\"" + hariIni + "\"},"
            + "{\"keluarga\":\"Kepala Keluarga · RT 001/RW 005\",\"status\":\"Tidak lagi miskin ekstrem\","
            + "\"intervensiSelesai\":0,\"intervensiTerbuka\":0,\"surveiTerakhir\":\"-\"}]");
    s.selesaikan("Task_MonitoringEvaluasi", KampungNolSkenario.monev("lanjutkan", null));

    assertThat(s.instance).isEnded().hasPassed("EndEvent_KampungNolTercapai");
    assertThat(program.findByProcessInstanceId(s.instance.getId()).orElseThrow().getStatus())
        .isEqualTo(StatusProgram.SELESAI);
    assertThat(logbook.findByProcessInstanceIdOrderById(s.instance.getId()))
        .extracting(LogbookEntry::getTaskDefinitionKey)
        .containsExactly("Task_IdentifikasiLokasiPrioritas", "Task_PembentukanTim",
            "Task_VerifikasiProfilingKeluarga", "Task_VerifikasiProfilingKeluarga", "Task_RapatKoordinasiLintasOpd",
            "Task_KickOffKolaborasi", "Task_PelaksanaanIntervensi", "Task_PelaksanaanIntervensi",
            "Task_SurveiUlang", "Task_MonitoringEvaluasi");
    assertThat(logbook.findByProcessInstanceIdOrderById(s.instance.getId()).get(1))
        .extracting(LogbookEntry::getLangkah, LogbookEntry::getOutput)
        .containsExactly("2", "SK Tim, Notulen Sosialisasi");
  }

  @Test
  void monevContinues_householdStillPoor_goesBackToIntervention_thenCompleted() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    s.sampaiIntervensi();
    s.laksanakanSemuaIntervensi();
    s.surveiUlangSemua(true);
    s.selesaikan("Task_MonitoringEvaluasi", KampungNolSkenario.monev("lanjutkan", null));

    assertThat(s.instance).hasPassed("ServiceTask_SusunIntervensiLanjutan");
    Long programId = program.findByProcessInstanceId(s.instance.getId()).orElseThrow().getId();
    assertThat(s.tugas("Task_PelaksanaanIntervensi")).as("round 2: one per need of the poor household").hasSize(2);
    assertThat(intervensi.findByProgramIdAndStatusOrderById(programId, StatusIntervensi.RENCANA))
        .extracting(Intervensi::getPutaran).containsOnly(2);

    s.laksanakanSemuaIntervensi();
    s.surveiUlangSemua(false);
    s.selesaikan("Task_MonitoringEvaluasi", KampungNolSkenario.monev("lanjutkan", null));
    assertThat(s.instance).isEnded().hasPassed("EndEvent_KampungNolTercapai");
    Keluarga kk1 = keluarga.findByProgramIdAndNomorKk(programId, KK_1).orElseThrow();
    assertThat(riwayat.findByKeluargaIdOrderById(kk1.getId())).extracting(RiwayatStatus::getStatus)
        .containsExactly(StatusKeluarga.MISKIN_EKSTREM, StatusKeluarga.MISKIN_EKSTREM,
            StatusKeluarga.TIDAK_MISKIN_EKSTREM);
  }

  @Test
  void bapperidaClosesProgramme_reasonRequired_thenClosedWithReason() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    s.sampaiIntervensi();
    s.laksanakanSemuaIntervensi();
    s.surveiUlangSemua(true);
    Task monev = s.satuTugas("Task_MonitoringEvaluasi");

    assertThatThrownBy(() -> engine.getTaskService().complete(monev.getId(), KampungNolSkenario.monev("tutup", null)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Alasan penutupan wajib diisi");
    assertThat(s.satuTugas("Task_MonitoringEvaluasi").getId()).isEqualTo(monev.getId());

    engine.getTaskService().complete(monev.getId(), KampungNolSkenario.monev("tutup", "Anggaran tahun berjalan habis"));
    assertThat(s.instance).isEnded().hasPassed("EndEvent_ProgramDitutup");
    Program run = program.findByProcessInstanceId(s.instance.getId()).orElseThrow();
    assertThat(run.getStatus()).isEqualTo(StatusProgram.DITUTUP);
    assertThat(run.getAlasanPenutupan()).isEqualTo("Anggaran tahun berjalan habis");
  }

  @Test
  void stage1_withoutHouseholds_refused() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    assertThatThrownBy(() -> s.selesaikan("Task_IdentifikasiLokasiPrioritas", KampungNolSkenario.identifikasi(null)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Belum ada KK sasaran");
    assertThat(s.instance).isWaitingAt("Task_IdentifikasiLokasiPrioritas");
  }

  @Test
  void stage1_pastedRowsWithErrors_refusedWholly() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    String csv = KampungNolSkenario.CSV + "123;3271010101019003;Ani;Jl. Melati;1;5\n";
    assertThatThrownBy(() -> s.selesaikan("Task_IdentifikasiLokasiPrioritas", KampungNolSkenario.identifikasi(csv)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Baris 4: nomor KK harus 16 digit angka");
    Long programId = program.findByProcessInstanceId(s.instance.getId()).orElseThrow().getId();
    assertThat(keluarga.countByProgramId(programId)).as("nothing written").isZero();
  }

  @Test
  void poorHouseholdWithoutNeed_refused() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    s.selesaikan("Task_IdentifikasiLokasiPrioritas", KampungNolSkenario.identifikasi(KampungNolSkenario.CSV));
    s.selesaikan("Task_PembentukanTim", KampungNolSkenario.pembentukanTim());
    Task task = s.tugas("Task_VerifikasiProfilingKeluarga").get(0);
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(),
        KampungNolSkenario.verifikasi("3271010101019999", true, List.of())))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Kebutuhan wajib dipilih");
  }

  @Test
  void matrixWithoutImplementerForANeed_refused() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    s.selesaikan("Task_IdentifikasiLokasiPrioritas", KampungNolSkenario.identifikasi(KampungNolSkenario.CSV));
    s.selesaikan("Task_PembentukanTim", KampungNolSkenario.pembentukanTim());
    s.verifikasiSemua(Map.of(KK_1, true, KK_2, false));
    Map<String, Object> tanpaPendidikan = KampungNolSkenario.rapatKoordinasi(
        List.of(KampungNolSkenario.baris("hunian", "bogor-dinas-perumahan-permukiman")));
    assertThatThrownBy(() -> s.selesaikan("Task_RapatKoordinasiLintasOpd", tanpaPendidikan))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("1 KK membutuhkan 'Akses pendidikan'")
        .satisfies(e -> assertThat(((FormValidationException) e).getPelanggaran())
            .extracting(id.alursop.validation.Pelanggaran::field).containsExactly("matriksKontribusi"));
  }

  /** Started Tuesday 1 December 2026 08:00 WIB; due dates in working time (holidays 24-25 Dec, 1 Jan). */
  @Test
  void everyStepIsDueAfterItsTimeStandard_inWorkingTime() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    assertDue(s.satuTugas("Task_IdentifikasiLokasiPrioritas"), "2026-12-08T08:00"); // P1W: 5 working days
    s.selesaikan("Task_IdentifikasiLokasiPrioritas", KampungNolSkenario.identifikasi(KampungNolSkenario.CSV));
    assertDue(s.satuTugas("Task_PembentukanTim"), "2026-12-03T08:00"); // P2D
    s.selesaikan("Task_PembentukanTim", KampungNolSkenario.pembentukanTim());
    s.tugas("Task_VerifikasiProfilingKeluarga").forEach(t -> assertDue(t, "2026-12-04T08:00")); // P3D
    s.verifikasiSemua(Map.of(KK_1, true, KK_2, false));
    assertDue(s.satuTugas("Task_RapatKoordinasiLintasOpd"), "2026-12-04T08:00"); // P3D
    s.selesaikan("Task_RapatKoordinasiLintasOpd", KampungNolSkenario.rapatKoordinasi());
    assertDue(s.satuTugas("Task_KickOffKolaborasi"), "2026-12-02T08:00"); // P1D
    s.selesaikan("Task_KickOffKolaborasi", KampungNolSkenario.kickOff());
    s.tugas("Task_PelaksanaanIntervensi").forEach(t -> assertDue(t, "2027-03-02T08:00")); // P60D
    s.laksanakanSemuaIntervensi();
    s.tugas("Task_SurveiUlang").forEach(t -> assertDue(t, "2027-01-01T08:00")); // R/P1M: a calendar month
    s.surveiUlangSemua(true);
    assertDue(s.satuTugas("Task_MonitoringEvaluasi"), "2027-01-01T08:00");
  }

  /** "30-60 hari": due at the upper bound, with a reminder at the lower one; then supervisor and head. */
  @Test
  void interventionRange_reminderAtLowerBound_thenDueSupervisorHead() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    s.sampaiIntervensi();
    Task intervensi = s.tugas("Task_PelaksanaanIntervensi").get(0);
    List<Date> levels = id.alursop.sla.JobEskalasi.semuaTingkat(engine, intervensi);
    assertThat(levels).containsExactly(wib("2027-01-18T08:00"), wib("2027-03-02T08:00"), wib("2027-04-23T08:00"),
        wib("2027-06-14T08:00"));
  }

  private static Date wib(String local) {
    return Date.from(java.time.LocalDateTime.parse(local).atZone(java.time.ZoneId.of("Asia/Jakarta")).toInstant());
  }

  private static void assertDue(Task task, String wib) {
    assertThat(task.getDueDate()).as("due date of %s", task.getTaskDefinitionKey())
        .isEqualTo(Date.from(java.time.LocalDateTime.parse(wib).atZone(java.time.ZoneId.of("Asia/Jakarta")).toInstant()));
  }

  private void assertCandidateGroup(Task task, String group) {
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .filteredOn(link -> "candidate".equals(link.getType())).extracting(IdentityLink::getGroupId)
        .contains(group);
  }

  /** The case a task's card names: its task-local variable, which a clerk's READ on the task shows. */
  private Object kasus(Task task) {
    return engine.getTaskService().getVariableLocal(task.getId(), "kasus");
  }
}
