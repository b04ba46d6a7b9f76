package id.alursop.kampungnol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.FotoUji;
import id.alursop.ProgramUji;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/** Drives a Kampung Nol instance through the real engine with valid form values per stage. */
public final class KampungNolSkenario {

  static final String PROSES = "kampung-nol-kemiskinan-ekstrem";
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String KK_1 = "3271010101010001";
  static final String KK_2 = "3271010101010002";
  static final String CSV = KeluargaCsv.HEADER + "\n"
      + KK_1 + ";3271010101019001;Budi Santoso;Jl. Mawar 1;001;005\n"
      + KK_2 + ";3271010101019002;Siti Aminah;Jl. Mawar 2;002;005\n";

  private final ProcessEngine engine;
  private final String kelurahan;
  final ProcessInstance instance;

  KampungNolSkenario(ProcessEngine engine) {
    this(engine, "Cibuluh");
  }

  KampungNolSkenario(ProcessEngine engine, String kelurahan) {
    this.engine = engine;
    this.kelurahan = kelurahan;
    this.instance = ProgramUji.mulai(engine, kelurahan);
  }

  static Map<String, Object> mulai() {
    return ProgramUji.variabel("Cibuluh", "005", "2026-12-01");
  }

  List<Task> tugas(String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey).orderByTaskId().asc().list();
  }

  Task satuTugas(String taskDefinitionKey) {
    List<Task> tasks = tugas(taskDefinitionKey);
    assertThat(tasks).as("open tasks %s", taskDefinitionKey).hasSize(1);
    return tasks.get(0);
  }

  void selesaikan(String taskDefinitionKey, Map<String, Object> nilai) {
    Task task = satuTugas(taskDefinitionKey);
    foto(task);
    engine.getTaskService().complete(task.getId(), nilai);
  }

  /** The step's visual documentation, attached from its task (every Kampung Nol step requires it). */
  void foto(Task task) {
    FotoUji.lampirkan(engine, task);
  }

  /** A step's form values with its logbook note. */
  static Map<String, Object> dicatat(Map<String, Object> nilai) {
    Map<String, Object> v = new HashMap<>(nilai);
    v.putIfAbsent("catatanLogbook", "Kegiatan dilaksanakan dan didokumentasikan");
    return v;
  }

  /** Completes every open task of a step with the same values (e.g. one per party or per RT). */
  void selesaikanSemua(String taskDefinitionKey, Map<String, Object> nilai) {
    for (Task task : tugas(taskDefinitionKey)) {
      foto(task);
      engine.getTaskService().complete(task.getId(), nilai);
    }
  }

  /** The timer job of an element of this instance (the monthly Monev, a monthly report), if scheduled. */
  List<Job> timer(String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .timers().list();
  }

  /**
   * The first working day of the next month has come: the engine clock moves to the Monev timer's
   * due date and the timer fires (the month's survey opens, the next month's timer is set).
   */
  void bulanBerikutnya() {
    List<Job> jobs = timer("Event_AwalBulan");
    assertThat(jobs).as("one monthly Monev timer").hasSize(1);
    ClockUtil.setCurrentTime(jobs.get(0).getDuedate());
    engine.getManagementService().executeJob(jobs.get(0).getId());
  }

  /** Stage 1, Dinas Sosial's part. */
  static Map<String, Object> dataDinasSosial() {
    return dicatat(Map.of("sumberDataDinsos", List.of("dtks", "p3ke"), "periodeData", "DTKS Desember 2026",
        "jumlahKkData", 2L));
  }

  /** Stage 2, Kelurahan's part. */
  static Map<String, Object> sosialisasi() {
    return dicatat(Map.of("tanggalSosialisasi", "2026-12-03", "tempatSosialisasi", "Aula Kelurahan",
        "jumlahHadirSosialisasi", 40L, "notulenSosialisasi", "Sosialisasi ke RT/RW 05 dan warga"));
  }

  /** Stage 3, RT's part. */
  static Map<String, Object> pendampingan() {
    return dicatat(Map.of("tanggalPendampingan", "2026-12-04", "jumlahKkDidampingi", 1L));
  }

  /** Stage 4, a party's commitment. */
  static Map<String, Object> komitmen() {
    return dicatat(Map.of("nomorKomitmen", "NK/07/2026", "tanggalKomitmen", "2026-12-09", "komitmenDisetujui", true));
  }

  /** A monthly progress report. */
  static Map<String, Object> laporanKemajuan(long persen) {
    return dicatat(Map.of("kemajuan", "Material sudah dikirim, pengerjaan berjalan", "persenCapaian", persen));
  }

  /** One household's survey: still poor?, needs found met, new needs. */
  static Map<String, Object> survei(boolean masihMiskin, List<String> terpenuhi, List<String> baru) {
    return dicatat(Map.of("masihMiskinEkstrem", masihMiskin ? "ya" : "tidak", "capaian", "Kondisi setelah intervensi",
        "kebutuhanTerpenuhi", terpenuhi, "kebutuhanBaru", baru));
  }

  /** Stage 1 in Cibuluh RW 005. */
  static Map<String, Object> identifikasi(String csv) {
    return identifikasi("Cibuluh", csv);
  }

  /** Stage 1: the location identified (kelurahan, RW 005), the analysis, the households pasted. */
  static Map<String, Object> identifikasi(String kelurahan, String csv) {
    Map<String, Object> v = new HashMap<>(Map.of("kelurahan", kelurahan, "rw", "005", "catatanLogbook",
        "Analisis data DTKS dan P3KE", "sumberData", List.of("dtks", "p3ke"),
        "petaLokasiSasaran", "PETA-RW05-2026", "ringkasanAnalisis", "Dua KK miskin ekstrem di RW 05"));
    if (csv != null) {
      v.put("dataKkSasaran", csv);
    }
    return v;
  }

  static Map<String, Object> pembentukanTim() {
    return dicatat(Map.of("nomorSkTim", "SK/12/2026", "tanggalSkTim", "2026-12-02", "unsurTim",
        List.of("bapperida", "kelurahan")));
  }

  static Map<String, Object> verifikasi(String nik, boolean miskin, List<String> kebutuhan) {
    return dicatat(Map.of("nikKepalaKeluarga", nik, "namaKepalaKeluarga", "Kepala Keluarga", "alamat", "Jl. Mawar",
        "rt", "001", "rw", "005", "kebutuhan", kebutuhan, "kondisiKeluarga", "Rumah tidak layak huni",
        "masihMiskinEkstrem", miskin ? "ya" : "tidak"));
  }

  /** Completes the verification of each household: {nomor KK → poor?}. */
  void verifikasiSemua(Map<String, Boolean> miskin) {
    for (Task task : tugas("Task_VerifikasiProfilingKeluarga")) {
      String kk = (String) engine.getTaskService().getVariable(task.getId(), "nomorKk");
      boolean m = miskin.get(kk);
      foto(task);
      engine.getTaskService().complete(task.getId(), verifikasi(kk.substring(0, 12) + "9999", m,
          m ? List.of("hunian", "pendidikan") : List.of()));
    }
  }

  /** Stage 4: hunian by Dinas Perumahan dan Permukiman, pendidikan by Dinas Pendidikan. */
  static Map<String, Object> rapatKoordinasi() {
    return rapatKoordinasi(List.of(baris("hunian", "bogor-dinas-perumahan-permukiman"),
        baris("pendidikan", "bogor-dinas-pendidikan")));
  }

  /** Stage 4 with the Matriks Kontribusi's rows, submitted as Tasklist does: a Json variable. */
  static Map<String, Object> rapatKoordinasi(List<Map<String, Object>> matriks) {
    try {
      return dicatat(Map.of("nomorBeritaAcara", "BA/01/2026", "tanggalRapat", "2026-12-08",
          "matriksKontribusi", SpinValues.jsonValue(JSON.writeValueAsString(matriks)).create()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One row of the Matriks Kontribusi: a need and the performing party's group. */
  static Map<String, Object> baris(String kebutuhan, String pelaksana) {
    return Map.of("kebutuhan", kebutuhan, "pelaksana", pelaksana);
  }

  static Map<String, Object> kickOff() {
    return dicatat(Map.of("tanggalDeklarasi", "2026-12-10", "tempatKegiatan", "Kantor Kelurahan Cibuluh",
        "jumlahHadir", 120L));
  }

  void laksanakanSemuaIntervensi() {
    for (Task task : tugas("Task_PelaksanaanIntervensi")) {
      foto(task);
      engine.getTaskService().complete(task.getId(), dicatat(Map.of("laporanPelaksanaan", "Bantuan telah disalurkan",
          "hasilIntervensi", "selesai", "tanggalPelaksanaan", "2027-01-15")));
    }
  }

  /** Every household's survey of the month: still poor or not, needs unchanged. */
  void surveiUlangSemua(boolean masihMiskin) {
    selesaikanSemua("Task_SurveiUlang", survei(masihMiskin, List.of(), List.of()));
  }

  static Map<String, Object> monev(String keputusan, String alasan) {
    Map<String, Object> v = new HashMap<>(Map.of("laporanMonev", "Laporan monev bulan ini",
        "catatanLogbook", "Kunjungan lapangan", "keputusanMonev", keputusan));
    if (alasan != null) {
      v.put("alasanPenutupan", alasan);
    }
    return v;
  }

  /** Start through stage 2: the households imported, the team formed, the socialisation held. */
  void sampaiVerifikasi() {
    selesaikan("Task_IdentifikasiLokasiPrioritas", identifikasi(kelurahan, CSV));
    selesaikan("Task_PenyediaanDataKemiskinan", dataDinasSosial());
    selesaikan("Task_PembentukanTim", pembentukanTim());
    selesaikan("Task_SosialisasiAwal", sosialisasi());
  }

  /** Start through stage 3: two households verified, KK_1 poor (hunian, pendidikan), KK_2 not. */
  void sampaiRapatKoordinasi() {
    sampaiVerifikasi();
    verifikasiSemua(Map.of(KK_1, true, KK_2, false));
    selesaikanSemua("Task_PendampinganVerifikasi", pendampingan());
  }

  /**
   * A programme in {@code kelurahan} run up to its Monitoring &amp; Evaluasi (for tests outside this
   * package, e.g. the browser's): two households, one still poor after its two interventions and
   * the month's survey (which found a new need); returns the process instance id.
   */
  public static String sampaiMonev(ProcessEngine engine, String kelurahan) {
    KampungNolSkenario s = new KampungNolSkenario(engine, kelurahan);
    s.sampaiIntervensi();
    s.laksanakanSemuaIntervensi();
    s.bulanBerikutnya();
    // still poor: the needs met, a new one found
    s.selesaikanSemua("Task_SurveiUlang", survei(true, List.of(), List.of("ekonomi-produktif")));
    ClockUtil.reset(); // the month's tasks are open; the application's clock is the real one again
    return s.instance.getId();
  }

  /**
   * A programme in {@code kelurahan} run through its kick-off (for tests outside this package, e.g.
   * a restart): its interventions run and its first monthly Monev is scheduled; returns the
   * process instance id.
   */
  public static String sampaiPelaksanaan(ProcessEngine engine, String kelurahan) {
    KampungNolSkenario s = new KampungNolSkenario(engine, kelurahan);
    s.sampaiIntervensi();
    return s.instance.getId();
  }

  /**
   * Start through stage 5: two households, KK_1 poor (hunian, pendidikan), KK_2 not; hunian by
   * Dinas Perumahan dan Permukiman and pendidikan by Dinas Pendidikan, each signing its commitment.
   */
  void sampaiIntervensi() {
    sampaiRapatKoordinasi();
    selesaikan("Task_RapatKoordinasiLintasOpd", rapatKoordinasi());
    selesaikanSemua("Task_KomitmenOpd", komitmen());
    selesaikan("Task_KickOffKolaborasi", kickOff());
  }
}
