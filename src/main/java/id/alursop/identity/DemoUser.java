package id.alursop.identity;

import java.util.List;

/** A demo user of the default profile (password "demo"). */
public record DemoUser(String id, String namaDepan, String namaBelakang, List<String> kelompok, String tugas) {

  /** The demo users, one per group at least; README lists the same table. */
  public static final List<DemoUser> SEMUA = List.of(
      new DemoUser("bapperida.bogor", "Staf", "BAPPERIDA", List.of("bogor-bapperida"),
          "Memulai program; tahap 1, 2, 4 dan Monev (7)"),
      new DemoUser("dinsos.bogor", "Staf", "Dinas Sosial", List.of("bogor-dinas-sosial"),
          "Mendukung analisis data DTKS (tahap 1)"),
      new DemoUser("kelurahan.bogor", "Staf", "Kelurahan", List.of("bogor-kelurahan"),
          "Mendukung sosialisasi ke RT/RW (tahap 2)"),
      new DemoUser("verifikator.bogor", "Anggota", "Tim Verifikator", List.of("bogor-tim-verifikator"),
          "Verifikasi dan profiling per KK (tahap 3)"),
      new DemoUser("rt.bogor", "Ketua", "RT", List.of("bogor-rt"), "Mendampingi verifikasi (tahap 3)"),
      new DemoUser("opd.bogor", "Staf", "OPD", List.of("bogor-opd"), "Rapat koordinasi (tahap 4)"),
      new DemoUser("mitra.bogor", "Mitra", "Filantropi", List.of("bogor-mitra"),
          "Komitmen dan intervensi bersama OPD (tahap 4-6)"),
      new DemoUser("pemkot.bogor", "Staf", "Pemkot", List.of("bogor-pemkot"), "Kick-off kolaborasi (tahap 5)"),
      new DemoUser("opdterkait.bogor", "Staf", "OPD terkait", List.of("bogor-opd-terkait"),
          "Pelaksanaan intervensi per KK (tahap 6)"),
      new DemoUser("monev.bogor", "Anggota", "Tim Monev", List.of("bogor-tim-monev"),
          "Survei ulang keluarga (tahap 7)"),
      new DemoUser("pengawas.bogor", "Pengawas", "BAPPERIDA", List.of(Organisasi.BOGOR_PENGAWAS),
          "Memantau instans di Cockpit"));
}
