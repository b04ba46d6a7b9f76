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
          "Memantau instans di Cockpit"),
      new DemoUser("kabid.ketapang", "Kabid", "Pemerintahan dan Sosial Budaya", List.of("ketapang-kabid"),
          "Memulai SOP Bappeda Ketapang; rapat, koreksi dan paraf"),
      new DemoUser("subkoor.pemerintahan.ketapang", "Sub. Koordinator", "Pemerintahan",
          List.of("ketapang-subkoor-pemerintahan"), "Analisis dan koreksi berjenjang (SOP A, B, C.2)"),
      new DemoUser("subkoor.sosbud.ketapang", "Sub. Koordinator", "Sosial Budaya",
          List.of("ketapang-subkoor-sosial-budaya"), "Analisis dan koreksi berjenjang (SOP C.1)"),
      new DemoUser("subkoor.pm.ketapang", "Sub. Koordinator", "Pembangunan Manusia",
          List.of("ketapang-subkoor-pembangunan-manusia"), "Analisis dan koreksi berjenjang (SOP C.3, D)"),
      new DemoUser("fungsional.tertentu.ketapang", "Perencana", "Ahli Pertama", List.of("ketapang-fungsional-tertentu"),
          "Menyusun, mengolah dan memverifikasi data"),
      new DemoUser("fungsional.umum.ketapang", "Pengadministrasi", "Umum", List.of("ketapang-fungsional-umum"),
          "Undangan, pengiriman, dokumentasi dan publikasi"),
      new DemoUser("sekban.ketapang", "Sekretaris", "Badan", List.of("ketapang-sekretaris-badan"),
          "Evaluasi redaksional dan paraf"),
      new DemoUser("kaban.ketapang", "Kepala", "Badan", List.of("ketapang-kepala-badan"),
          "Disposisi, persetujuan dan tanda tangan"),
      new DemoUser("sekda.ketapang", "Sekretaris", "Daerah", List.of("ketapang-sekretaris-daerah"),
          "Puncak rantai eskalasi Ketapang"),
      new DemoUser("bupati.ketapang", "Bupati", "Ketapang", List.of("ketapang-bupati"), "Arahan TKPKD (SOP C.3)"),
      new DemoUser("opd.ketapang", "Staf", "OPD", List.of("ketapang-opd"), "Peserta rapat dan koordinasi"),
      new DemoUser("dinsos.ketapang", "Wali Data", "Dinas Sosial", List.of("ketapang-opd", "ketapang-opd-dinas-sosial"),
          "Menyampaikan data sebagai wali data"),
      new DemoUser("dinkes.ketapang", "Wali Data", "Dinas Kesehatan",
          List.of("ketapang-opd", "ketapang-opd-dinas-kesehatan"), "Menyampaikan data sebagai wali data"),
      new DemoUser("disdik.ketapang", "Wali Data", "Dinas Pendidikan",
          List.of("ketapang-opd", "ketapang-opd-dinas-pendidikan"), "Menyampaikan data sebagai wali data"),
      new DemoUser("pengawas.ketapang", "Pengawas", "Bappeda Ketapang", List.of(Organisasi.KETAPANG_PENGAWAS),
          "Memantau instans dan laporan SLA"));
}
