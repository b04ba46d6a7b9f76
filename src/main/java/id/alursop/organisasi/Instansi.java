package id.alursop.organisasi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One agency sharing the installation, as its file {@code organisasi/<id>.yaml} declares it: a
 * Camunda tenant whose models, forms and decisions are deployed for it alone and whose users see
 * only its cases.
 *
 * @param id tenant id, also the prefix of the agency's groups ({@code bogor-…})
 * @param nama the agency's name
 * @param kalender time zone, working hours and regional holidays
 * @param sumber the resources deployed for it: file names under {@code processes/} by prefix,
 *     form folders under {@code forms/}
 * @param prosesTanpaTenant process key prefixes of its processes, for a process without tenant
 * @param sop the process keys it runs: its groups may see them, its supervisors watch them
 * @param keputusan decision keys its supervisors see
 * @param kelompok its groups ({@code <id>-<role>}) with their names
 * @param opd the groups among them that are OPD or partners
 * @param pengawas its supervisors' groups (Cockpit, SLA report)
 * @param eskalasi its escalation chain
 * @param penggunaDemo demo users (default profile only)
 * @param pihak the parties (OPD, partners) among its groups that a task can be given to by name,
 *     in the order offered: e.g. the performers a Kampung Nol Matriks Kontribusi chooses from
 * @param mitra the partners (philanthropy, CSR) among the parties; the others are OPD (their
 *     tasks lie in the model's OPD lane, the partners' in its Mitra lane)
 */
public record Instansi(String id, String nama, Kalender kalender, List<String> sumber, List<String> prosesTanpaTenant,
    List<String> sop, List<String> keputusan, List<Kelompok> kelompok, List<String> opd, List<String> pengawas,
    Eskalasi eskalasi, List<PenggunaDemo> penggunaDemo, List<String> pihak, List<String> mitra) {

  /**
   * Shared processes every agency gets its own copy of, so that starts and call activities
   * resolve within the caller's tenant.
   */
  public static final List<String> PROSES_BERSAMA = List.of("processes/sla-eskalasi", "processes/tinjauan-berjenjang");

  /**
   * Forms of the shared processes, deployed once without tenant: a tenant's process finds them
   * (shared definitions are visible to every tenant), and a form key stays unique.
   */
  public static final List<String> FORM_BERSAMA = List.of("forms/sla/", "forms/tinjauan/");

  public Instansi {
    kalender = kalender == null ? new Kalender(null, null, null) : kalender;
    sumber = salin(sumber);
    prosesTanpaTenant = salin(prosesTanpaTenant);
    sop = salin(sop);
    keputusan = salin(keputusan);
    kelompok = salin(kelompok);
    opd = salin(opd);
    pengawas = salin(pengawas);
    eskalasi = eskalasi == null ? new Eskalasi(null, null) : eskalasi;
    penggunaDemo = salin(penggunaDemo);
    pihak = salin(pihak);
    mitra = salin(mitra);
  }

  /** Whether a resource path (relative, e.g. {@code processes/x.bpmn}) belongs to this agency. */
  public boolean memiliki(String path) {
    return sumber.stream().anyMatch(path::startsWith) || PROSES_BERSAMA.stream().anyMatch(path::startsWith);
  }

  /** Whether the group is one of this agency's ({@code <id>-…}). */
  public boolean kelompokSendiri(String groupId) {
    return groupId != null && groupId.startsWith(id + "-");
  }

  private static <T> List<T> salin(List<T> daftar) {
    return daftar == null ? List.of() : List.copyOf(daftar);
  }

  /**
   * The agency's calendar: time zone (WIB {@code Asia/Jakarta}, WITA {@code Asia/Makassar}, WIT
   * {@code Asia/Jayapura}), working hours per day ({@code "07:30-12:00"} intervals; without: the
   * civil servants' hours) and its regional holidays.
   */
  public record Kalender(ZoneId zona, Map<DayOfWeek, List<String>> jam, List<HariLibur> hariLibur) {
    public Kalender {
      jam = jam == null ? Map.of() : Map.copyOf(jam);
      hariLibur = hariLibur == null ? List.of() : List.copyOf(hariLibur);
    }
  }

  /** A regional holiday: date, name, legal basis. */
  public record HariLibur(LocalDate tanggal, String nama, String dasar) {
  }

  /** Escalation: levels bottom-up (a level may hold several groups, comma-separated) and the head. */
  public record Eskalasi(List<String> rantai, String kepala) {
    public Eskalasi {
      rantai = rantai == null ? List.of() : List.copyOf(rantai);
    }
  }

  /** A demo user of the default profile (password "demo"). */
  public record PenggunaDemo(String id, String namaDepan, String namaBelakang, List<String> kelompok, String tugas) {
    public PenggunaDemo {
      kelompok = kelompok == null ? List.of() : List.copyOf(kelompok);
    }
  }
}
