package id.alursop.identity;

import java.util.List;
import java.util.stream.Stream;

/**
 * The organisation's groups and who may start which process. One entry per lane of every
 * deployed SOP model; a new SOP adds its groups here.
 */
public final class Organisasi {

  /** Cockpit users of BAPPERIDA Kota Bogor who watch the programme. */
  public static final String BOGOR_PENGAWAS = "bogor-pengawas";
  /** Cockpit users of Bappeda Ketapang. */
  public static final String KETAPANG_PENGAWAS = "ketapang-pengawas";

  /** The six Bappeda Ketapang SOPs (seed 002), all started by the Kabid. */
  public static final List<String> SOP_KETAPANG = List.of("ketapang-asistensi-perencanaan",
      "ketapang-monev-perencanaan", "ketapang-koordinasi-rpjpd-rpjmd-rkpd", "ketapang-rencana-definitif",
      "ketapang-tkpkd-penanggulangan-kemiskinan", "ketapang-sinergitas-harmonisasi");

  public static final List<Kelompok> KELOMPOK = List.of(
      new Kelompok("bogor-bapperida", "BAPPERIDA"),
      new Kelompok("bogor-dinas-sosial", "Dinas Sosial"),
      new Kelompok("bogor-kelurahan", "Kelurahan"),
      new Kelompok("bogor-tim-verifikator", "Tim Verifikator"),
      new Kelompok("bogor-rt", "RT"),
      new Kelompok("bogor-opd", "OPD"),
      new Kelompok("bogor-mitra", "Mitra"),
      new Kelompok("bogor-pemkot", "Pemkot"),
      new Kelompok("bogor-opd-terkait", "OPD terkait"),
      new Kelompok("bogor-tim-monev", "Tim Monev"),
      new Kelompok(BOGOR_PENGAWAS, "Pengawas Program BAPPERIDA"),
      new Kelompok("ketapang-kabid", "Kabid Pemerintahan dan Sosial Budaya"),
      new Kelompok("ketapang-subkoor-pemerintahan", "Sub. Koordinator Pemerintahan"),
      new Kelompok("ketapang-subkoor-sosial-budaya", "Sub. Koordinator Sosial Budaya"),
      new Kelompok("ketapang-subkoor-pembangunan-manusia", "Sub. Koordinator Pembangunan Manusia"),
      new Kelompok("ketapang-fungsional-tertentu", "Fungsional Tertentu"),
      new Kelompok("ketapang-fungsional-umum", "Fungsional Umum"),
      new Kelompok("ketapang-sekretaris-badan", "Sekretaris Badan"),
      new Kelompok("ketapang-kepala-badan", "Kepala Badan"),
      new Kelompok("ketapang-sekretaris-daerah", "Sekretaris Daerah"),
      new Kelompok("ketapang-bupati", "Bupati/Wakil Bupati"),
      new Kelompok("ketapang-opd", "OPD"),
      new Kelompok("ketapang-opd-dinas-sosial", "OPD: Dinas Sosial"),
      new Kelompok("ketapang-opd-dinas-kesehatan", "OPD: Dinas Kesehatan"),
      new Kelompok("ketapang-opd-dinas-pendidikan", "OPD: Dinas Pendidikan dan Kebudayaan"),
      new Kelompok(KETAPANG_PENGAWAS, "Pengawas Bappeda Ketapang"),
      new Kelompok("lamandau-desa-kel", "Desa/Kel"),
      new Kelompok("lamandau-staff-jafung", "Staff/Jafung"),
      new Kelompok("lamandau-kabid", "Kabid"),
      new Kelompok("lamandau-sekretaris-kadis", "Sekretaris/ Kadis"),
      new Kelompok("lamandau-bupati", "Bupati"),
      new Kelompok("lamandau-bank-penyalur", "Bank Penyalur/"),
      new Kelompok("lamandau-pengawas", "Pengawas Dinas Sosial Lamandau"),
      new Kelompok("bartim-kasi-pmd", "Kasi Pembangunan dan Pemberdayaan Masyarakat Desa"),
      new Kelompok("bartim-camat", "Camat Benua Lima"),
      new Kelompok("bartim-pengawas", "Pengawas Kecamatan Benua Lima"));

  /** Process definition keys each agency's groups work on, by agency prefix. */
  public static final List<Akses> AKSES = java.util.stream.Stream.concat(Stream.of(
      new Akses("bogor-", "kampung-nol-kemiskinan-ekstrem", List.of("bogor-bapperida")),
      new Akses("bogor-", "sla-eskalasi", List.of()),
      new Akses("ketapang-", "sla-eskalasi", List.of()),
      new Akses("ketapang-", "tinjauan-berjenjang", List.of()),
      new Akses("lamandau-", "lamandau-bantuan-uep", List.of("lamandau-desa-kel")),
      new Akses("lamandau-", "sla-eskalasi", List.of()),
      new Akses("lamandau-", "tinjauan-berjenjang", List.of()),
      new Akses("bartim-", "barito-timur-kasi-pmd", List.of("bartim-kasi-pmd")),
      new Akses("bartim-", "sla-eskalasi", List.of())),
      SOP_KETAPANG.stream().map(key -> new Akses("ketapang-", key, List.of("ketapang-kabid")))).toList();

  /** Decisions the agency's supervisors see in Cockpit, by agency prefix. */
  public static final List<Akses> KEPUTUSAN = List.of(new Akses("lamandau-", "uep-kelayakan", List.of()));

  private Organisasi() {
  }

  /**
   * The groups of one agency (by id prefix) work on a process; {@code pemulai} may start it.
   */
  public record Akses(String prefixKelompok, String processKey, List<String> pemulai) {
  }
}
