package id.alursop.uep;

import id.alursop.kampungnol.KeluargaCsv;
import id.alursop.sop.NilaiProses;
import id.alursop.validation.FormValidationException;
import id.alursop.validation.Kependudukan;
import id.alursop.validation.Pelanggaran;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The UEP proposal through its steps: the village's list of applicants (checked row by row),
 * eligibility per applicant by the DMN decision {@code uep-kelayakan}, field verification (which
 * may overrule it with a reason), the SK, and the hand-over per recipient.
 */
@Component("usulanUep")
public class UsulanUep {

  static final String KEPUTUSAN = "uep-kelayakan";

  private final UsulanRepository usulan;
  private final PemohonRepository pemohon;

  public UsulanUep(UsulanRepository usulan, PemohonRepository pemohon) {
    this.usulan = usulan;
    this.pemohon = pemohon;
  }

  /** Step 1: the proposal and its applicants, all rows valid or nothing stored. */
  public void terima(DelegateExecution execution) {
    LocalDate tanggalUsulan = tanggal(execution.getVariable("tanggalUsulan"));
    List<BarisPemohon> baris = new ArrayList<>();
    List<Pelanggaran> salah = new ArrayList<>();
    Set<String> nikDilihat = new HashSet<>();
    String[] lines = String.valueOf(execution.getVariable("dataPemohon")).split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty() || line.toLowerCase().startsWith("nik")) {
        continue;
      }
      List<String> kolom = KeluargaCsv.split(line, line.indexOf(';') >= 0 ? ';' : ',');
      String alasan = periksa(kolom, tanggalUsulan, nikDilihat);
      if (alasan != null) {
        salah.add(baris(i + 1, alasan));
      } else {
        baris.add(new BarisPemohon(kolom.get(0), kolom.get(1), kolom.get(2), LocalDate.parse(kolom.get(3)), kolom.get(4),
            kosong(kolom.get(5)), kosong(kolom.get(6)), ya(kolom.get(7)), ya(kolom.get(8))));
      }
    }
    if (salah.isEmpty() && baris.isEmpty()) {
      salah.add(new Pelanggaran("dataPemohon", "Data pemohon", "required", "Data pemohon wajib diisi minimal satu baris"));
    }
    Usulan baru = usulan.save(new Usulan(execution.getProcessInstanceId(), String.valueOf(execution.getVariable("namaDesa")),
        tanggalUsulan, ClockUtil.getCurrentTime().toInstant()));
    if (salah.isEmpty()) {
      List<String> ganda = pemohon.nikDalamUsulanTerbukaLain(baris.stream().map(BarisPemohon::nik).toList(), baru.getId());
      for (int i = 0; i < baris.size(); i++) {
        if (ganda.contains(baris.get(i).nik())) {
          salah.add(new Pelanggaran("dataPemohon", "Data pemohon", "nik",
              "Pemohon ke-" + (i + 1) + ": NIK sudah ada dalam usulan lain yang masih diproses"));
        }
      }
    }
    if (!salah.isEmpty()) {
      throw new FormValidationException(salah);
    }
    baris.forEach(b -> pemohon.save(new Pemohon(baru.getId(), b)));
  }

  private static String periksa(List<String> k, LocalDate tanggalUsulan, Set<String> nikDilihat) {
    if (k.size() != 9) {
      return "jumlah kolom " + k.size() + ", seharusnya 9 (nik;nomor_kk;nama;tanggal_lahir;alamat;jenis_usaha;id_dtks;kk_ktp;sptjm)";
    }
    List<String> alasan = new ArrayList<>();
    Optional<String> nikSalah = Kependudukan.periksaNik(k.get(0));
    if (nikSalah.isPresent()) {
      alasan.add(nikSalah.get());
    } else if (!nikDilihat.add(k.get(0))) {
      alasan.add("NIK ganda dalam usulan ini");
    }
    Kependudukan.periksaNomorKk(k.get(1)).ifPresent(alasan::add);
    if (k.get(2).isEmpty() || k.get(2).length() > 100) {
      alasan.add("nama wajib diisi (maksimal 100 karakter)");
    }
    try {
      LocalDate lahir = LocalDate.parse(k.get(3));
      if (lahir.isAfter(tanggalUsulan)) {
        alasan.add("tanggal lahir tidak boleh setelah tanggal usulan");
      }
    } catch (DateTimeParseException e) {
      alasan.add("tanggal lahir harus berformat tttt-bb-hh");
    }
    if (k.get(4).isEmpty() || k.get(4).length() > 255) {
      alasan.add("alamat wajib diisi (maksimal 255 karakter)");
    }
    if (!k.get(7).matches("(?i)ya|tidak") || !k.get(8).matches("(?i)ya|tidak")) {
      alasan.add("kolom kk_ktp dan sptjm harus 'ya' atau 'tidak'");
    }
    return alasan.isEmpty() ? null : String.join("; ", alasan);
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

  /** After verification: how many recipients remain. */
  public void hitungPenerima(DelegateExecution execution) {
    execution.setVariable("jumlahPenerima", penerimaIds(execution).size());
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

  private static Pelanggaran baris(int nomor, String alasan) {
    return new Pelanggaran("dataPemohon", "Data pemohon", "baris", "Baris " + nomor + ": " + alasan);
  }

  private static LocalDate tanggal(Object value) {
    return NilaiProses.tanggal(value);
  }

  private static String kosong(String s) {
    return s == null || s.isBlank() || s.equals("-") ? null : s.trim();
  }

  private static boolean ya(String s) {
    return "ya".equalsIgnoreCase(s.trim());
  }
}
