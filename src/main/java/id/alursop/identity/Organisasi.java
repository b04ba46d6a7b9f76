package id.alursop.identity;

import java.util.List;

/**
 * The organisation's groups and who may start which process. One entry per lane of every
 * deployed SOP model; a new SOP adds its groups here.
 */
public final class Organisasi {

  /** Cockpit users of BAPPERIDA Kota Bogor who watch the programme. */
  public static final String BOGOR_PENGAWAS = "bogor-pengawas";

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
      new Kelompok(BOGOR_PENGAWAS, "Pengawas Program BAPPERIDA"));

  /** Process definition keys each agency's groups work on, by agency prefix. */
  public static final List<Akses> AKSES = List.of(
      new Akses("bogor-", "kampung-nol-kemiskinan-ekstrem", List.of("bogor-bapperida")),
      new Akses("bogor-", "sla-eskalasi", List.of()));

  private Organisasi() {
  }

  /**
   * The groups of one agency (by id prefix) work on a process; {@code pemulai} may start it.
   */
  public record Akses(String prefixKelompok, String processKey, List<String> pemulai) {
  }
}
