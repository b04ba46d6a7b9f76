package id.alursop.uep;

import id.alursop.sop.NilaiProses;
import id.alursop.validation.FormList;
import id.alursop.validation.FormValidationException;
import id.alursop.validation.Kependudukan;
import id.alursop.validation.Pelanggaran;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The UEP proposal through its steps: the village's list of applicants in the start form (checked
 * row by row, before step 1's clock starts), the disposition recorded by the Dinas,
 * eligibility per applicant by the DMN decision {@code uep-kelayakan}, field verification (which
 * may overrule it with a reason), the SK, and the hand-over per recipient.
 */
@Component("usulanUep")
public class UsulanUep {

  static final String KEPUTUSAN = "uep-kelayakan";
  /** The applicants' list in the start form {@code uep-mulai} (its {@code path}). */
  static final String DAFTAR = "pemohon";
  static final String LABEL_DAFTAR = "Daftar pemohon";

  private final UsulanRepository usulan;
  private final PemohonRepository pemohon;

  public UsulanUep(UsulanRepository usulan, PemohonRepository pemohon) {
    this.usulan = usulan;
    this.pemohon = pemohon;
  }

  /**
   * The start form: the proposal and its applicants, the form's list {@value #DAFTAR} (one row per
   * applicant, each row's fields already checked by the form rules), all rows valid or nothing
   * stored. Here what the form cannot check: a birth date after the proposal, the same NIK twice
   * in the list or in another open proposal, an empty list.
   */
  public void terima(DelegateExecution execution) {
    LocalDate tanggalUsulan = tanggal(execution.getVariable("tanggalUsulan"));
    List<Map<String, Object>> daftar;
    try {
      daftar = FormList.rows(execution.getVariableTyped(DAFTAR, false));
    } catch (IllegalArgumentException e) {
      throw new FormValidationException(List.of(new Pelanggaran(DAFTAR, LABEL_DAFTAR, Pelanggaran.TYPE,
          LABEL_DAFTAR + " harus berupa daftar pemohon")));
    }
    List<BarisPemohon> baris = new ArrayList<>();
    List<Pelanggaran> salah = new ArrayList<>();
    Map<String, Integer> nikDilihat = new HashMap<>();
    for (int i = 0; i < daftar.size(); i++) {
      BarisPemohon b = baca(daftar.get(i), i, salah);
      if (b == null) {
        continue;
      }
      if (b.tanggalLahir().isAfter(tanggalUsulan)) {
        salah.add(salah(i, "tanggalLahir", "Tanggal lahir", "setelahTanggalUsulan",
            "Tanggal lahir tidak boleh setelah tanggal usulan"));
      }
      Integer sama = nikDilihat.putIfAbsent(b.nik(), i);
      if (sama != null) {
        salah.add(salah(i, "nik", "NIK", "nikGanda", "NIK sama dengan pemohon baris " + (sama + 1)));
      }
      baris.add(b);
    }
    if (salah.isEmpty() && baris.isEmpty()) {
      salah.add(new Pelanggaran(DAFTAR, LABEL_DAFTAR, Pelanggaran.REQUIRED,
          LABEL_DAFTAR + " wajib diisi minimal satu pemohon"));
    }
    Usulan baru = usulan.save(new Usulan(execution.getProcessInstanceId(), String.valueOf(execution.getVariable("namaDesa")),
        tanggalUsulan, ClockUtil.getCurrentTime().toInstant()));
    if (salah.isEmpty()) {
      List<String> ganda = pemohon.nikDalamUsulanTerbukaLain(baris.stream().map(BarisPemohon::nik).toList(), baru.getId());
      for (int i = 0; i < baris.size(); i++) {
        if (ganda.contains(baris.get(i).nik())) {
          salah.add(salah(i, "nik", "NIK", "nikDalamUsulanLain",
              "NIK sudah ada dalam usulan lain yang masih diproses"));
        }
      }
    }
    if (!salah.isEmpty()) {
      throw new FormValidationException(salah);
    }
    baris.forEach(b -> pemohon.save(new Pemohon(baru.getId(), b)));
  }

  /**
   * One row of the list as an applicant; {@code null} (and the reason in {@code salah}) when a
   * value the form requires is missing or malformed, which the form rules refuse before this runs.
   */
  private static BarisPemohon baca(Map<String, Object> row, int i, List<Pelanggaran> salah) {
    int sebelum = salah.size();
    String nik = teks(row.get("nik"));
    String nomorKk = teks(row.get("nomorKk"));
    String nama = teks(row.get("nama"));
    String alamat = teks(row.get("alamat"));
    Kependudukan.periksaNik(nik).ifPresent(pesan -> salah.add(salah(i, "nik", "NIK", Pelanggaran.PATTERN, pesan)));
    Kependudukan.periksaNomorKk(nomorKk)
        .ifPresent(pesan -> salah.add(salah(i, "nomorKk", "Nomor KK", Pelanggaran.PATTERN, pesan)));
    if (nama == null) {
      salah.add(salah(i, "nama", "Nama", Pelanggaran.REQUIRED, "Nama wajib diisi"));
    }
    if (alamat == null) {
      salah.add(salah(i, "alamat", "Alamat", Pelanggaran.REQUIRED, "Alamat wajib diisi"));
    }
    LocalDate lahir = null;
    try {
      lahir = LocalDate.parse(String.valueOf(row.get("tanggalLahir")));
    } catch (DateTimeParseException e) {
      salah.add(salah(i, "tanggalLahir", "Tanggal lahir", Pelanggaran.DATE,
          "Tanggal lahir harus berupa tanggal (tttt-bb-hh)"));
    }
    if (salah.size() > sebelum) {
      return null;
    }
    return new BarisPemohon(nik, nomorKk, nama, lahir, alamat, teks(row.get("jenisUsaha")), teks(row.get("idDtks")),
        ya(row.get("kkKtp")), ya(row.get("sptjm")));
  }

  /** Eligibility of every applicant by the DMN decision (the bounds live in the table). */
  public void periksaKelayakan(DelegateExecution execution) {
    Usulan u = dari(execution);
    int layak = 0;
    StringBuilder hasilKelayakan = new StringBuilder();
    for (Pemohon p : pemohon.findByUsulanIdOrderById(u.getId())) {
      DmnDecisionResultEntries hasil = execution.getProcessEngineServices().getDecisionService()
          .evaluateDecisionByKey(KEPUTUSAN).variables(Map.of(
              "terdaftarDtks", p.getIdDtks() != null,
              "memilikiUsaha", p.getJenisUsaha() != null,
              "kkKtpAda", p.isKkKtp(),
              "usia", Period.between(p.getTanggalLahir(), u.getTanggalUsulan()).getYears(),
              "sptjmDitandatangani", p.isSptjm()))
          .evaluate().getSingleResult();
      boolean ok = Boolean.TRUE.equals(hasil.getEntry("layak"));
      p.keputusan(ok, hasil.getEntry("alasan"));
      layak += ok ? 1 : 0;
      hasilKelayakan.append("NIK ").append(p.getNik()).append(" ").append(p.getNama()).append(": ")
          .append(ok ? "layak" : "tidak layak").append(" (").append((String) hasil.getEntry("alasan")).append(")\n");
    }
    execution.setVariable("jumlahLayakKeputusan", layak);
    execution.setVariable("hasilKelayakan", hasilKelayakan.toString());
  }

  /** The applicants to verify in the field (multi-instance collection). */
  public List<String> pemohonIds(DelegateExecution execution) {
    return pemohon.findByUsulanIdOrderById(dari(execution).getId()).stream().map(p -> String.valueOf(p.getId())).toList();
  }

  /** The recipients after verification (hand-over multi-instance collection). */
  public List<String> penerimaIds(DelegateExecution execution) {
    return pemohon.findByUsulanIdOrderById(dari(execution).getId()).stream().filter(Pemohon::layak)
        .map(p -> String.valueOf(p.getId())).toList();
  }

  /** What an applicant's task is about, shown read-only. */
  public String ringkasan(String pemohonId) {
    Pemohon p = pemohon.findById(Long.valueOf(pemohonId)).orElseThrow();
    return "NIK " + p.getNik() + " - " + p.getNama() + ", usaha: " + (p.getJenisUsaha() == null ? "-" : p.getJenisUsaha())
        + ". Keputusan kelayakan: " + (Boolean.TRUE.equals(p.getLayakKeputusan()) ? "layak" : "tidak layak")
        + " (" + p.getAlasanKeputusan() + ")";
  }

  /** Which applicant a per-applicant task is about, for its card: the name and the village (no NIK). */
  public String kasus(String pemohonId) {
    return pemohon.findById(Long.valueOf(pemohonId))
        .map(p -> p.getNama() + usulan.findById(p.getUsulanId()).map(u -> " · " + u.getNamaDesa()).orElse(""))
        .orElse("");
  }

  /** Step 2, one applicant: the field result; overruling the decision needs a reason. */
  public void simpanVerifikasi(DelegateExecution execution) {
    Pemohon p = pemohon.findById(Long.valueOf(String.valueOf(execution.getVariable("pemohonId")))).orElseThrow();
    boolean layak = "layak".equals(execution.getVariable("hasilVerifikasi"));
    Object alasan = execution.getVariable("alasanVerifikasi");
    String teks = alasan == null ? "" : alasan.toString().trim();
    if (layak != Boolean.TRUE.equals(p.getLayakKeputusan()) && teks.isEmpty()) {
      throw new FormValidationException(List.of(new Pelanggaran("alasanVerifikasi", "Alasan", "required",
          "Alasan wajib diisi bila hasil verifikasi berbeda dari keputusan kelayakan")));
    }
    p.verifikasi(layak, teks.isEmpty() ? p.getAlasanKeputusan() : teks, NilaiProses.pengguna(execution));
  }

  /** After verification: how many recipients remain, and their list, which the SK steps show. */
  public void hitungPenerima(DelegateExecution execution) {
    List<Pemohon> penerima = pemohon.findByUsulanIdOrderById(dari(execution).getId()).stream().filter(Pemohon::layak)
        .toList();
    execution.setVariable("jumlahPenerima", penerima.size());
    execution.setVariable("daftarPenerima", penerima.size() + " penerima bantuan hasil verifikasi lapangan:\n"
        + daftar(penerima));
  }

  /** Step 1: the applicants of the proposal, shown read-only to the village and the Dinas. */
  public String ringkasanUsulan(DelegateExecution execution) {
    List<Pemohon> semua = pemohon.findByUsulanIdOrderById(dari(execution).getId());
    return semua.size() + " pemohon:\n" + daftar(semua);
  }

  /** Step 1, the Dinas: the disposition is not dated before the proposal. */
  public void catatDisposisi(DelegateExecution execution) {
    LocalDate disposisi = tanggal(execution.getVariable("tanggalDisposisi"));
    if (disposisi.isBefore(dari(execution).getTanggalUsulan())) {
      throw new FormValidationException(List.of(new Pelanggaran("tanggalDisposisi", "Tanggal disposisi",
          "setelahTanggalUsulan", "Tanggal disposisi tidak boleh sebelum tanggal usulan")));
    }
  }

  /** One line per person: name, NIK, business, address. */
  private static String daftar(List<Pemohon> orang) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < orang.size(); i++) {
      Pemohon p = orang.get(i);
      s.append(i + 1).append(". ").append(p.getNama()).append(" (NIK ").append(p.getNik()).append("), usaha: ")
          .append(p.getJenisUsaha() == null ? "-" : p.getJenisUsaha()).append(", ").append(p.getAlamat()).append('\n');
    }
    return s.toString().stripTrailing();
  }

  /** Step 3: the signed SK. */
  public void catatSk(DelegateExecution execution) {
    dari(execution).tetapkanSk(String.valueOf(execution.getVariable("nomorSk")), tanggal(execution.getVariable("tanggalSk")));
  }

  /** Step 6, one recipient: amount, date, BAST number. */
  public void catatSerahTerima(DelegateExecution execution) {
    Pemohon p = pemohon.findById(Long.valueOf(String.valueOf(execution.getVariable("pemohonId")))).orElseThrow();
    p.serahTerima(new BigDecimal(String.valueOf(execution.getVariable("jumlahBantuan"))),
        tanggal(execution.getVariable("tanggalSerahTerima")), String.valueOf(execution.getVariable("nomorBast")));
  }

  /** End: the proposal is no longer open. */
  public void selesai(DelegateExecution execution) {
    dari(execution).selesai();
  }

  private Usulan dari(DelegateExecution execution) {
    return usulan.findByProcessInstanceId(execution.getProcessInstanceId())
        .orElseThrow(() -> new IllegalStateException("Usulan UEP untuk instans ini tidak ditemukan"));
  }

  private static Pelanggaran salah(int i, String isian, String label, String aturan, String pesan) {
    return Pelanggaran.inRow(DAFTAR, LABEL_DAFTAR, i, isian, label, aturan, pesan);
  }

  private static LocalDate tanggal(Object value) {
    return NilaiProses.tanggal(value);
  }

  /** A ticked checkbox: {@code true}, or its text. */
  private static boolean ya(Object value) {
    return Boolean.TRUE.equals(value) || value instanceof String s && "true".equalsIgnoreCase(s.trim());
  }

  /** Trimmed text, {@code null} when absent or blank. */
  private static String teks(Object value) {
    String s = value == null ? null : value.toString().trim();
    return s == null || s.isEmpty() ? null : s;
  }
}
