package id.alursop.kampungnol;

import static id.alursop.kampungnol.KampungNolSkenario.KK_1;
import static id.alursop.kampungnol.KampungNolSkenario.KK_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
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
import org.camunda.bpm.engine.runtime.Job;
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
  @Autowired KebutuhanKeluargaRepository kebutuhan;
  @Autowired KomitmenRepository komitmen;
  @Autowired LaporanKemajuanRepository laporanKemajuan;

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
  void happyPath_everyPartyHasItsPart_monthlyMonev_programmeCompleted() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    Program run = program.findByProcessInstanceId(s.instance.getId()).orElseThrow();
    assertThat(run.getNamaProgram()).isEqualTo("Program Cibuluh RW 005");
    assertThat(run.getKelurahan()).as("the location is stage 1's output").isNull();
    assertThat(run.getStatus()).isEqualTo(StatusProgram.AKTIF);
    assertThat(s.instance.getBusinessKey()).isEqualTo("Kampung Nol Program Cibuluh RW 005 2026-12-01");

    // stage 1: BAPPERIDA's analysis beside Dinas Sosial's data
    assertThat(s.instance).isWaitingAt("Task_IdentifikasiLokasiPrioritas", "Task_PenyediaanDataKemiskinan");
    assertCandidateGroup(s.satuTugas("Task_IdentifikasiLokasiPrioritas"), "bogor-bapperida");
    assertCandidateGroup(s.satuTugas("Task_PenyediaanDataKemiskinan"), "bogor-dinas-sosial");
    assertThat(kasus(s.satuTugas("Task_IdentifikasiLokasiPrioritas"))).as("the programme, until its location is known")
        .isEqualTo("Program Cibuluh RW 005");
    s.selesaikan("Task_IdentifikasiLokasiPrioritas", KampungNolSkenario.identifikasi(KampungNolSkenario.CSV));
    assertThat(keluarga.countByProgramId(run.getId())).isEqualTo(2);
    run = program.findById(run.getId()).orElseThrow();
    assertThat(run.getKelurahan()).isEqualTo("Cibuluh");
    assertThat(run.getRw()).isEqualTo("005");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(s.instance.getId())
        .singleResult().getBusinessKey()).isEqualTo("Kampung Nol Cibuluh RW 005 2026-12-01");
    assertThat(kasus(s.satuTugas("Task_PenyediaanDataKemiskinan"))).as("set when the task was created")
        .isEqualTo("Program Cibuluh RW 005");
    assertThat(s.instance).as("stage 2 waits for Dinas Sosial's data").isWaitingAt("Task_PenyediaanDataKemiskinan");
    s.selesaikan("Task_PenyediaanDataKemiskinan", KampungNolSkenario.dataDinasSosial());

    // stage 2: the team (BAPPERIDA) beside the socialisation (Kelurahan)
    assertCandidateGroup(s.satuTugas("Task_SosialisasiAwal"), "bogor-kelurahan");
    assertThat(kasus(s.satuTugas("Task_SosialisasiAwal"))).isEqualTo("Kelurahan Cibuluh RW 005");
    s.selesaikan("Task_PembentukanTim", KampungNolSkenario.pembentukanTim());
    s.selesaikan("Task_SosialisasiAwal", KampungNolSkenario.sosialisasi());

    // stage 3: one verification per household, one accompanying task per RT
    List<Task> verifikasi = s.tugas("Task_VerifikasiProfilingKeluarga");
    assertThat(verifikasi).hasSize(2);
    verifikasi.forEach(t -> assertCandidateGroup(t, "bogor-tim-verifikator"));
    assertThat(verifikasi).extracting(this::kasus)
        .containsExactlyInAnyOrder("Budi Santoso · RT 001/RW 005", "Siti Aminah · RT 002/RW 005");
    List<Task> pendampingan = s.tugas("Task_PendampinganVerifikasi");
    pendampingan.forEach(t -> assertCandidateGroup(t, "bogor-rt"));
    assertThat(pendampingan).extracting(this::kasus)
        .containsExactlyInAnyOrder("RT 001 · Kelurahan Cibuluh RW 005", "RT 002 · Kelurahan Cibuluh RW 005");
    s.verifikasiSemua(Map.of(KK_1, true, KK_2, false));
    Keluarga kk1 = keluarga.findByProgramIdAndNomorKk(run.getId(), KK_1).orElseThrow();
    assertThat(kk1.getStatus()).isEqualTo(StatusKeluarga.MISKIN_EKSTREM);
    assertThat(kebutuhan.findByKeluargaIdOrderById(kk1.getId()))
        .extracting(KebutuhanKeluarga::getJenis, KebutuhanKeluarga::getStatus)
        .containsExactly(tuple(Kebutuhan.HUNIAN, StatusKebutuhan.TERBUKA), tuple(Kebutuhan.PENDIDIKAN, StatusKebutuhan.TERBUKA));
    assertThat(kk1.getNikKepalaKeluarga()).isEqualTo(KK_1.substring(0, 12) + "9999");
    assertThat(s.instance).as("stage 4 waits for the RTs").isWaitingAt("Task_PendampinganVerifikasi");
    s.selesaikanSemua("Task_PendampinganVerifikasi", KampungNolSkenario.pendampingan());

    // stage 4: the matrix, then one commitment per party it names (no mitra named: no mitra task)
    s.selesaikan("Task_RapatKoordinasiLintasOpd", KampungNolSkenario.rapatKoordinasi());
    assertThat(intervensi.findByProgramIdOrderById(run.getId()))
        .extracting(Intervensi::getJenis, Intervensi::getKelompok, Intervensi::getPutaran, Intervensi::getStatus)
        .containsExactly(tuple(Kebutuhan.HUNIAN, "bogor-dinas-perumahan-permukiman", 1, StatusIntervensi.RENCANA),
            tuple(Kebutuhan.PENDIDIKAN, "bogor-dinas-pendidikan", 1, StatusIntervensi.RENCANA));
    List<Task> komitmenOpd = s.tugas("Task_KomitmenOpd");
    assertThat(komitmenOpd).extracting(this::kasus).containsExactlyInAnyOrder(
        "Dinas Perumahan dan Permukiman · Kelurahan Cibuluh RW 005", "Dinas Pendidikan · Kelurahan Cibuluh RW 005");
    assertThat(komitmenOpd).extracting(t -> kandidat(t)).containsExactlyInAnyOrder(
        List.of("bogor-dinas-perumahan-permukiman"), List.of("bogor-dinas-pendidikan"));
    assertThat(engine.getTaskService().getVariableLocal(komitmenOpd.get(0).getId(), "ringkasanKomitmen")).asString()
        .contains("ditunjuk Matriks Kontribusi untuk:").contains(": 1 KK");
    assertThat(s.tugas("Task_KomitmenMitra")).isEmpty();
    s.selesaikanSemua("Task_KomitmenOpd", KampungNolSkenario.komitmen());
    assertThat(komitmen.findByProgramIdOrderById(run.getId())).extracting(Komitmen::getKelompok)
        .containsExactlyInAnyOrder("bogor-dinas-perumahan-permukiman", "bogor-dinas-pendidikan");

    // stage 5, then the interventions and the monthly Monev side by side
    assertCandidateGroup(s.satuTugas("Task_KickOffKolaborasi"), "bogor-pemkot");
    s.selesaikan("Task_KickOffKolaborasi", KampungNolSkenario.kickOff());
    List<Task> pelaksanaan = s.tugas("Task_PelaksanaanIntervensi");
    assertThat(pelaksanaan).hasSize(2);
    assertThat(engine.getTaskService().getVariable(pelaksanaan.get(0).getId(), "ringkasanIntervensi"))
        .asString().startsWith("Perbaikan hunian untuk KK " + KK_1);
    assertThat(pelaksanaan).extracting(this::kasus).containsExactlyInAnyOrder(
        "Perbaikan hunian · Kepala Keluarga · RT 001/RW 005", "Akses pendidikan · Kepala Keluarga · RT 001/RW 005");
    assertThat(intervensi.findByProgramIdOrderById(run.getId())).extracting(Intervensi::getStatus)
        .containsOnly(StatusIntervensi.BERJALAN);
    assertThat(s.timer("Event_AwalBulan")).extracting(Job::getDuedate)
        .as("the first working day of January 2027: 1 January is a holiday, 2-3 a weekend")
        .containsExactly(wib("2027-01-04T07:30"));
    s.laksanakanSemuaIntervensi();
    assertThat(kebutuhan.findByKeluargaIdOrderById(kk1.getId())).extracting(KebutuhanKeluarga::getStatus)
        .containsOnly(StatusKebutuhan.TERPENUHI);
    assertThat(s.instance).as("nothing happens until the month's Monev").isWaitingAt("Event_AwalBulan");

    s.bulanBerikutnya();
    List<Task> survei = s.tugas("Task_SurveiUlang");
    assertThat(survei).as("only the household still poor is surveyed").hasSize(1);
    assertThat(engine.getTaskService().getVariable(survei.get(0).getId(), "nomorKk")).isEqualTo(KK_1);
    assertCandidateGroup(survei.get(0), "bogor-tim-monev");
    assertThat(engine.getTaskService().getVariableLocalTyped(survei.get(0).getId(), "kebutuhanKeluarga").getValue()
        .toString()).isEqualTo("[{\"kebutuhan\":\"Perbaikan hunian\",\"status\":\"terpenuhi\"},"
            + "{\"kebutuhan\":\"Akses pendidikan\",\"status\":\"terpenuhi\"}]");
    assertThat(s.timer("Event_AwalBulan")).extracting(Job::getDuedate).containsExactly(wib("2027-02-01T07:30"));
    s.surveiUlangSemua(false);

    Task monev = s.satuTugas("Task_MonitoringEvaluasi");
    assertCandidateGroup(monev, "bogor-bapperida");
    assertThat(engine.getTaskService().getVariablesLocal(monev.getId())).containsEntry("rekapJumlahKk", 2)
        .containsEntry("rekapJumlahMasihMiskin", 0).containsEntry("rekapJumlahIntervensiTerbuka", 0);
    s.selesaikan("Task_MonitoringEvaluasi", KampungNolSkenario.monev("lanjutkan", null));

    assertThat(s.instance).isEnded().hasPassed("EndEvent_KampungNolTercapai");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(s.instance.getId()).count())
        .as("the monthly cycle stops with the programme").isZero();
    assertThat(program.findByProcessInstanceId(s.instance.getId()).orElseThrow().getStatus())
        .isEqualTo(StatusProgram.SELESAI);
    assertThat(logbook.findByProcessInstanceIdOrderById(s.instance.getId()))
        .extracting(LogbookEntry::getTaskDefinitionKey)
        .containsExactly("Task_IdentifikasiLokasiPrioritas", "Task_PenyediaanDataKemiskinan", "Task_PembentukanTim",
            "Task_SosialisasiAwal", "Task_VerifikasiProfilingKeluarga", "Task_VerifikasiProfilingKeluarga",
            "Task_PendampinganVerifikasi", "Task_PendampinganVerifikasi", "Task_RapatKoordinasiLintasOpd",
            "Task_KomitmenOpd", "Task_KomitmenOpd", "Task_KickOffKolaborasi", "Task_PelaksanaanIntervensi",
            "Task_PelaksanaanIntervensi", "Task_SurveiUlang", "Task_MonitoringEvaluasi");
  }

  @Test
  void monthlyCycle_opensWhileInterventionsRun_andAgainNextMonth_aLateMonthHoldsNothingBack() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    s.sampaiIntervensi();
    s.bulanBerikutnya();
    assertThat(s.tugas("Task_PelaksanaanIntervensi")).as("the interventions keep running").hasSize(2);
    List<Task> januari = s.tugas("Task_SurveiUlang");
    assertThat(januari).hasSize(1);
    // R/P1M with sop.waktu.tenggat P10D: opened Monday 4 January 07:30, due at the close of the 10th
    // working day (5 January is Isra Mikraj): Monday 18 January 16:00
    assertDue(januari.get(0), "2027-01-18T16:00");
    s.surveiUlangSemua(true);
    Task monevJanuari = s.satuTugas("Task_MonitoringEvaluasi");
    assertDue(monevJanuari, "2027-01-18T16:00");

    // January's Monev is still open: February opens anyway
    s.bulanBerikutnya();
    assertThat(s.tugas("Task_SurveiUlang")).hasSize(1);
    assertDue(s.satuTugas("Task_SurveiUlang"), "2027-02-15T16:00"); // 5 February is a holiday
    s.surveiUlangSemua(true);
    assertThat(s.tugas("Task_MonitoringEvaluasi")).as("each month's Monev is its own").hasSize(2);
    assertThat(s.timer("Event_AwalBulan")).hasSize(1);
  }

  @Test
  void monthlyProgressReport_perOpenIntervention_toItsParty_recorded() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    s.sampaiIntervensi();
    List<Job> laporan = s.timer("Event_LaporanBulanan");
    assertThat(laporan).as("one monthly report timer per running intervention").hasSize(2);
    ClockUtil.setCurrentTime(laporan.get(0).getDuedate());
    laporan.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    List<Task> tugas = s.tugas("Task_LaporanKemajuan");
    assertThat(tugas).extracting(this::kandidat).containsExactlyInAnyOrder(
        List.of("bogor-dinas-perumahan-permukiman"), List.of("bogor-dinas-pendidikan"));
    tugas.forEach(t -> assertThat(t.getDueDate()).as("due within 5 working days").isAfter(ClockUtil.getCurrentTime()));
    assertThat(s.timer("Event_LaporanBulanan")).as("the next month's reports are scheduled").hasSize(2);
    Task hunian = tugas.stream().filter(t -> kandidat(t).contains("bogor-dinas-perumahan-permukiman")).findFirst()
        .orElseThrow();
    String intervensiId = (String) engine.getTaskService().getVariable(hunian.getId(), "intervensiId");
    s.foto(hunian);
    engine.getTaskService().complete(hunian.getId(), KampungNolSkenario.laporanKemajuan(40));
    assertThat(laporanKemajuan.findByIntervensiIdOrderById(Long.valueOf(intervensiId)))
        .extracting(LaporanKemajuan::getPersenCapaian, LaporanKemajuan::getKemajuan)
        .containsExactly(tuple(40, "Material sudah dikirim, pengerjaan berjalan"));
    assertThat(s.tugas("Task_PelaksanaanIntervensi")).as("the intervention itself goes on").hasSize(2);

    s.laksanakanSemuaIntervensi();
    assertThat(s.timer("Event_LaporanBulanan")).as("no report once the intervention is done").isEmpty();
  }

  @Test
  void needFoundMet_stopsItsIntervention_othersGoOn() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    s.sampaiIntervensi();
    s.bulanBerikutnya();
    s.selesaikanSemua("Task_SurveiUlang", KampungNolSkenario.survei(true, List.of("hunian"), List.of()));

    List<Task> berjalan = s.tugas("Task_PelaksanaanIntervensi");
    assertThat(berjalan).extracting(this::kasus).containsExactly("Akses pendidikan · Kepala Keluarga · RT 001/RW 005");
    Long programId = program.findByProcessInstanceId(s.instance.getId()).orElseThrow().getId();
    assertThat(intervensi.findByProgramIdOrderById(programId)).extracting(Intervensi::getJenis, Intervensi::getStatus)
        .containsExactly(tuple(Kebutuhan.HUNIAN, StatusIntervensi.DIHENTIKAN),
            tuple(Kebutuhan.PENDIDIKAN, StatusIntervensi.BERJALAN));
    assertThat(s.instance).hasPassed("EndEvent_IntervensiDihentikan");
  }

  @Test
  void nextRound_onlyForOpenNeeds_newNeedNeedsAPerformer_householdOutOfPovertyGetsNoWork() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    s.sampaiIntervensi();
    for (Task t : s.tugas("Task_PelaksanaanIntervensi")) {
      boolean hunian = kasus(t).toString().startsWith("Perbaikan hunian");
      s.foto(t);
      engine.getTaskService().complete(t.getId(), KampungNolSkenario.dicatat(Map.of("laporanPelaksanaan", "Dikerjakan sesuai rencana",
          "hasilIntervensi", hunian ? "selesai" : "sebagian", "tanggalPelaksanaan", "2027-01-15")));
    }
    s.bulanBerikutnya();
    s.selesaikanSemua("Task_SurveiUlang", KampungNolSkenario.survei(true, List.of(), List.of("air-bersih-sanitasi")));
    Task monev = s.satuTugas("Task_MonitoringEvaluasi");
    s.foto(monev);
    assertThatThrownBy(() -> engine.getTaskService().complete(monev.getId(), KampungNolSkenario.monev("lanjutkan", null)))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("1 KK membutuhkan 'Akses air bersih dan sanitasi'")
        .satisfies(e -> assertThat(((FormValidationException) e).getPelanggaran())
            .extracting(id.alursop.validation.Pelanggaran::field).containsExactly("tambahanMatriks"));

    Map<String, Object> lanjut = new java.util.HashMap<>(KampungNolSkenario.monev("lanjutkan", null));
    lanjut.put("tambahanMatriks", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
        "[{\"kebutuhan\":\"air-bersih-sanitasi\",\"pelaksana\":\"bogor-dinas-pupr\"}]").create());
    engine.getTaskService().complete(monev.getId(), lanjut);

    Long programId = program.findByProcessInstanceId(s.instance.getId()).orElseThrow().getId();
    assertThat(intervensi.findByProgramIdOrderById(programId)).filteredOn(i -> i.getPutaran() == 2)
        .as("the need met (hunian) gets no new task; the one partly met and the new one do")
        .extracting(Intervensi::getJenis, Intervensi::getKelompok)
        .containsExactlyInAnyOrder(tuple(Kebutuhan.PENDIDIKAN, "bogor-dinas-pendidikan"),
            tuple(Kebutuhan.AIR_BERSIH_SANITASI, "bogor-dinas-pupr"));
    assertThat(s.tugas("Task_PelaksanaanIntervensi")).hasSize(2);
    assertThat(intervensi.findByProgramIdOrderById(programId)).as("KK_2 left extreme poverty at verification")
        .extracting(Intervensi::getKeluargaId).containsOnly(keluarga.findByProgramIdAndNomorKk(programId, KK_1)
            .orElseThrow().getId());

    // the added row stays in the matrix for later months
    s.laksanakanSemuaIntervensi();
    s.bulanBerikutnya();
    s.selesaikanSemua("Task_SurveiUlang", KampungNolSkenario.survei(true, List.of(), List.of("air-bersih-sanitasi")));
    s.selesaikan("Task_MonitoringEvaluasi", KampungNolSkenario.monev("lanjutkan", null));
    assertThat(intervensi.findByProgramIdOrderById(programId)).filteredOn(i -> i.getPutaran() == 3)
        .extracting(Intervensi::getJenis, Intervensi::getKelompok)
        .containsExactly(tuple(Kebutuhan.AIR_BERSIH_SANITASI, "bogor-dinas-pupr"));
  }

  @Test
  void bapperidaClosesProgramme_reasonRequired_thenOpenWorkStops() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    s.sampaiIntervensi();
    s.bulanBerikutnya();
    s.surveiUlangSemua(true);
    Task monev = s.satuTugas("Task_MonitoringEvaluasi");
    s.foto(monev);

    assertThatThrownBy(() -> engine.getTaskService().complete(monev.getId(), KampungNolSkenario.monev("tutup", null)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Alasan penutupan wajib diisi");
    assertThat(s.satuTugas("Task_MonitoringEvaluasi").getId()).isEqualTo(monev.getId());

    engine.getTaskService().complete(monev.getId(), KampungNolSkenario.monev("tutup", "Anggaran tahun berjalan habis"));
    assertThat(s.instance).isEnded().hasPassed("EndEvent_ProgramDitutup");
    Program run = program.findByProcessInstanceId(s.instance.getId()).orElseThrow();
    assertThat(run.getStatus()).isEqualTo(StatusProgram.DITUTUP);
    assertThat(run.getAlasanPenutupan()).isEqualTo("Anggaran tahun berjalan habis");
    assertThat(intervensi.findByProgramIdOrderById(run.getId())).extracting(Intervensi::getStatus)
        .containsOnly(StatusIntervensi.DIHENTIKAN);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(s.instance.getId()).count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(s.instance.getId()).count()).isZero();
  }

  /** Two nodes fire the same month's timer at once: the engine lets one win; one survey set, one next timer. */
  @Test
  void monthlyTimer_firedByTwoNodesAtOnce_opensTheMonthOnce() throws Exception {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    s.sampaiIntervensi();
    Job job = s.timer("Event_AwalBulan").get(0);
    ClockUtil.setCurrentTime(job.getDuedate());
    java.util.concurrent.CyclicBarrier bersama = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.ExecutorService dua = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Boolean>> hasil = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        hasil.add(dua.submit(() -> {
          bersama.await();
          try {
            engine.getManagementService().executeJob(job.getId());
            return true;
          } catch (org.camunda.bpm.engine.OptimisticLockingException
              | org.camunda.bpm.engine.exception.NullValueException e) {
            return false;
          } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            return false;
          }
        }));
      }
      long menang = 0;
      for (java.util.concurrent.Future<Boolean> h : hasil) {
        menang += h.get() ? 1 : 0;
      }
      assertThat(menang).as("exactly one node fires the timer").isEqualTo(1);
    } finally {
      dua.shutdownNow();
    }
    assertThat(s.tugas("Task_SurveiUlang")).hasSize(1);
    assertThat(s.timer("Event_AwalBulan")).extracting(Job::getDuedate).containsExactly(wib("2027-02-01T07:30"));
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
    s.sampaiVerifikasi();
    Task task = s.tugas("Task_VerifikasiProfilingKeluarga").get(0);
    s.foto(task);
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(),
        KampungNolSkenario.verifikasi("3271010101019999", true, List.of())))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Kebutuhan wajib dipilih");
  }

  @Test
  void matrixWithoutImplementerForANeed_refused() {
    KampungNolSkenario s = new KampungNolSkenario(engine);
    s.sampaiRapatKoordinasi();
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
    assertDue(s.satuTugas("Task_PenyediaanDataKemiskinan"), "2026-12-08T08:00");
    s.selesaikan("Task_IdentifikasiLokasiPrioritas", KampungNolSkenario.identifikasi(KampungNolSkenario.CSV));
    s.selesaikan("Task_PenyediaanDataKemiskinan", KampungNolSkenario.dataDinasSosial());
    assertDue(s.satuTugas("Task_PembentukanTim"), "2026-12-03T08:00"); // P2D
    assertDue(s.satuTugas("Task_SosialisasiAwal"), "2026-12-03T08:00");
    s.selesaikan("Task_PembentukanTim", KampungNolSkenario.pembentukanTim());
    s.selesaikan("Task_SosialisasiAwal", KampungNolSkenario.sosialisasi());
    s.tugas("Task_VerifikasiProfilingKeluarga").forEach(t -> assertDue(t, "2026-12-04T08:00")); // P3D
    s.tugas("Task_PendampinganVerifikasi").forEach(t -> assertDue(t, "2026-12-04T08:00"));
    s.verifikasiSemua(Map.of(KK_1, true, KK_2, false));
    s.selesaikanSemua("Task_PendampinganVerifikasi", KampungNolSkenario.pendampingan());
    assertDue(s.satuTugas("Task_RapatKoordinasiLintasOpd"), "2026-12-04T08:00"); // P3D
    s.selesaikan("Task_RapatKoordinasiLintasOpd", KampungNolSkenario.rapatKoordinasi());
    s.tugas("Task_KomitmenOpd").forEach(t -> assertDue(t, "2026-12-04T08:00")); // P3D
    s.selesaikanSemua("Task_KomitmenOpd", KampungNolSkenario.komitmen());
    assertDue(s.satuTugas("Task_KickOffKolaborasi"), "2026-12-02T08:00"); // P1D
    s.selesaikan("Task_KickOffKolaborasi", KampungNolSkenario.kickOff());
    s.tugas("Task_PelaksanaanIntervensi").forEach(t -> assertDue(t, "2027-03-02T08:00")); // P60D
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

  private List<String> kandidat(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
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
