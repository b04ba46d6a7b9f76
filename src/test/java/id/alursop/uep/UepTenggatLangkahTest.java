package id.alursop.uep;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import id.alursop.sla.JobEskalasi;
import id.alursop.sla.PeringatanSla;
import id.alursop.sla.PeringatanSlaRepository;
import id.alursop.sla.TingkatEskalasi;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * UEP steps held to their time as a whole ({@code alur.tenggat = langkah}) on the real engine, the
 * engine clock moved: every part of step 1 (the village's submission, the Dinas's disposition), of
 * step 3 (draft, both paraf in the review chain with its rework, the Bupati's signature) and of
 * step 4 (the Kabid, the bank) has its step's due date, counted from the step's first part; an open
 * part past it escalates, to someone who can act on it.
 */
@AlurSopTest
class UepTenggatLangkahTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Autowired ProcessEngine engine;
  @Autowired PeringatanSlaRepository peringatan;

  @BeforeEach
  void start() {
    ClockUtil.setCurrentTime(wib("2027-02-08T08:00")); // a Monday, working day
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void step1_bothPartsOnFiveMinutes_aLateDispositionReachesTheSekretarisKadis() {
    ProcessInstance instance = mulai("Liku Tujuh", "6210010101800051");
    Task serah = satu(instance.getId(), "Task_DataUsulan");
    assertThat(serah.getDueDate()).isEqualTo(wib("2027-02-08T08:05"));
    ClockUtil.setCurrentTime(wib("2027-02-08T08:02"));
    engine.getTaskService().complete(serah.getId(), Map.of());
    Task disposisi = satu(instance.getId(), "Task_DisposisiUsulan");
    assertThat(disposisi.getDueDate()).as("the step's due date, not five minutes from now").isEqualTo(wib("2027-02-08T08:05"));

    JobEskalasi.jalankanJatuhTempo(engine, instance.getId(), wib("2027-02-08T08:05"));
    assertThat(peringatan.findByTaskIdOrderById(disposisi.getId())).extracting(PeringatanSla::getTingkat,
        PeringatanSla::getKelompokPenerima).containsExactly(Tuple.tuple(TingkatEskalasi.PENGINGAT, "lamandau-sekretaris-kadis"));
    // head (twice the standard, 08:10) and supervisor (at least a working hour after the due date)
    JobEskalasi.jalankanJatuhTempo(engine, instance.getId(), wib("2027-02-08T09:05"));
    assertThat(tindakLanjut(disposisi)).hasSize(2).extracting(this::kandidat)
        .as("the late disposition reaches whoever disposes, not the staff")
        .containsOnly(List.of("lamandau-sekretaris-kadis"));
    assertThat(peringatan.findByTaskIdOrderById(serah.getId())).as("the village was on time").isEmpty();
  }

  @Test
  void step3_everyPartHasTheStepsDueDate_aLateParafEscalates() {
    ProcessInstance instance = mulai("Bulik", "6210010101800061");
    sampaiDraftSk(instance);
    ClockUtil.setCurrentTime(wib("2027-02-08T08:10"));
    lolosVerifikasi(instance);
    Task draft = satu(instance.getId(), "Task_SusunDraftSk");
    Date jatuhTempo = wib("2027-02-11T08:10"); // 3 working days from the draft, the step's first part
    assertThat(draft.getDueDate()).isEqualTo(jatuhTempo);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "jamLangkah3"))
        .isEqualTo(wib("2027-02-08T08:10").toInstant() + "/P3D");
    assertThat(engine.getTaskService().getVariable(draft.getId(), "daftarPenerima")).asString()
        .startsWith("1 penerima bantuan hasil verifikasi lapangan:\n1. Pemohon 6210010101800061 (NIK 6210010101800061)");

    ClockUtil.setCurrentTime(wib("2027-02-08T10:00"));
    engine.getTaskService().complete(draft.getId(), Map.of("nomorDraftSk", "Draft SK UEP Bulik"));
    String sub = subInstans(instance);
    Task kabid = satu(sub, "Task_TinjauDokumen");
    assertThat(kabid.getDueDate()).as("paraf Kabid: the step's due date").isEqualTo(jatuhTempo);
    assertThat(engine.getTaskService().getVariable(kabid.getId(), "isiDokumen")).asString()
        .as("the recipients' list the SK decides on").contains("Pemohon 6210010101800061");
    ClockUtil.setCurrentTime(wib("2027-02-09T09:00"));
    engine.getTaskService().complete(kabid.getId(), Map.of("keputusanTinjauan", "kembalikan",
        "catatanTinjauan", "Lampiran penerima belum ditandatangani"));
    Task perbaiki = satu(sub, "Task_PerbaikiDokumen");
    assertThat(perbaiki.getDueDate()).as("the rework, a part without a standard of its own").isEqualTo(jatuhTempo);
    ClockUtil.setCurrentTime(wib("2027-02-10T09:00"));
    engine.getTaskService().complete(perbaiki.getId(), Map.of("tanggapanPerbaikan", "Lampiran ditandatangani"));
    Task kabidLagi = satu(sub, "Task_TinjauDokumen");
    assertThat(kabidLagi.getDueDate()).isEqualTo(jatuhTempo);

    // the Kabid leaves it open past the step's due date: reminded, then his superior is told
    JobEskalasi.jalankanJatuhTempo(engine, sub, jatuhTempo);
    assertThat(peringatan.findByTaskIdOrderById(kabidLagi.getId())).extracting(PeringatanSla::getTingkat,
        PeringatanSla::getKelompokPenerima).containsExactly(Tuple.tuple(TingkatEskalasi.PENGINGAT, "lamandau-kabid"));
    JobEskalasi.jalankanJatuhTempo(engine, sub, wib("2027-02-15T07:00"));
    assertThat(tindakLanjut(kabidLagi)).singleElement()
        .satisfies(t -> assertThat(kandidat(t)).containsExactly("lamandau-sekretaris-kadis"));

    engine.getTaskService().complete(kabidLagi.getId(), Map.of("keputusanTinjauan", "setujui"));
    String subKadis = subInstans(instance);
    Task kadis = satu(subKadis, "Task_TinjauDokumen");
    assertThat(kadis.getDueDate()).isEqualTo(jatuhTempo);
    engine.getTaskService().complete(kadis.getId(), Map.of("keputusanTinjauan", "setujui"));
    Task bupati = satu(instance.getId(), "Task_PenetapanSk");
    assertThat(bupati.getDueDate()).as("opened after the step's due date: late at once").isEqualTo(jatuhTempo);
    assertThat(engine.getTaskService().getVariable(bupati.getId(), "daftarPenerima")).asString()
        .contains("Pemohon 6210010101800061");
    JobEskalasi.jalankanJatuhTempo(engine, instance.getId(), wib("2027-02-15T07:00"));
    assertThat(peringatan.findByTaskIdOrderById(bupati.getId())).extracting(PeringatanSla::getTingkat)
        .contains(TingkatEskalasi.PENGINGAT);
  }

  @Test
  void step4_theBanksPartHasStep4sDay_aLateBankReachesTheKabid() {
    ProcessInstance instance = mulai("Belantikan", "6210010101800071");
    sampaiDraftSk(instance);
    lolosVerifikasi(instance);
    engine.getTaskService().complete(satu(instance.getId(), "Task_SusunDraftSk").getId(), Map.of("nomorDraftSk", "D"));
    engine.getTaskService().complete(satu(subInstans(instance), "Task_TinjauDokumen").getId(),
        Map.of("keputusanTinjauan", "setujui"));
    engine.getTaskService().complete(satu(subInstans(instance), "Task_TinjauDokumen").getId(),
        Map.of("keputusanTinjauan", "setujui"));
    ClockUtil.setCurrentTime(wib("2027-02-09T10:00"));
    engine.getTaskService().complete(satu(instance.getId(), "Task_PenetapanSk").getId(),
        Map.of("nomorSk", "188.45/3/2027", "tanggalSk", "2027-02-08"));

    Task kabid = satu(instance.getId(), "Task_KoordinasiBank");
    assertThat(kabid.getDueDate()).isEqualTo(wib("2027-02-10T10:00"));
    ClockUtil.setCurrentTime(wib("2027-02-09T11:00"));
    engine.getTaskService().complete(kabid.getId(), Map.of("bankPenyalur", "Bank Kalteng",
        "kesepakatanTeknis", "Penyaluran non-tunai ke rekening penerima"));
    Task bank = satu(instance.getId(), "Task_KesepakatanBank");
    assertThat(bank.getDueDate()).as("one day for step 4, from the Kabid's part").isEqualTo(kabid.getDueDate());

    JobEskalasi.jalankanJatuhTempo(engine, instance.getId(), wib("2027-02-11T07:00"));
    assertThat(peringatan.findByTaskIdOrderById(bank.getId())).extracting(PeringatanSla::getTingkat,
        PeringatanSla::getKelompokPenerima).first().isEqualTo(Tuple.tuple(TingkatEskalasi.PENGINGAT, "lamandau-bank-penyalur"));
    assertThat(tindakLanjut(bank)).singleElement()
        .satisfies(t -> assertThat(kandidat(t)).as("the Kabid, who agreed the terms with the bank")
            .containsExactly("lamandau-kabid"));
  }

  private ProcessInstance mulai(String desa, String nik) {
    return engine.getRuntimeService().startProcessInstanceByKey("lamandau-bantuan-uep", UepProcessTest.usulan(desa,
        UepProcessTest.pemohon(nik, "6210010101900051", "Pemohon " + nik, "1990-05-01", "Warung", "DTKS-5", true, true)));
  }

  /** Step 1 done on time. */
  private void sampaiDraftSk(ProcessInstance instance) {
    engine.getTaskService().complete(satu(instance.getId(), "Task_DataUsulan").getId(), Map.of());
    engine.getTaskService().complete(satu(instance.getId(), "Task_DisposisiUsulan").getId(), Map.of(
        "nomorDisposisi", "460/7/DINSOS/2027", "tanggalDisposisi", "2027-01-05"));
  }

  private void lolosVerifikasi(ProcessInstance instance) {
    for (Task t : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_VerifikasiLapangan").list()) {
      engine.getTaskService().complete(t.getId(), Map.of("hasilVerifikasi", "layak"));
    }
  }

  private Task satu(String processInstanceId, String key) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(key).list();
    assertThat(tasks).as(key).hasSize(1);
    return tasks.get(0);
  }

  private String subInstans(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult().getId();
  }

  private List<Task> tindakLanjut(Task late) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(late.getId())
        .taskDefinitionKey("Task_TindakLanjutKeterlambatan").list();
  }

  private List<String> kandidat(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(Objects::nonNull).toList();
  }

  private static Date wib(String local) {
    return Date.from(LocalDateTime.parse(local).atZone(WIB).toInstant());
  }
}
