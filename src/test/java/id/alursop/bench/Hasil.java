package id.alursop.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of a run: printed as {@code name value unit} when measured, written as Markdown at the end. */
final class Hasil {

  private record Angka(String nilai, String satuan, String catatan) {
  }

  private final Map<String, Map<String, Angka>> perBasis = new LinkedHashMap<>();
  private final List<String> catatan = new ArrayList<>();

  void cetak(String basis, String nama, Object nilai, String satuan) {
    cetak(basis, nama, nilai, satuan, "");
  }

  void cetak(String basis, String nama, Object nilai, String satuan, String catatan) {
    String teks = nilai instanceof Double d ? String.format(java.util.Locale.ROOT, d < 10 ? "%.2f" : "%.1f", d)
        : String.valueOf(nilai);
    System.out.println(basis + "." + nama + " " + teks + " " + satuan);
    perBasis.computeIfAbsent(nama, k -> new LinkedHashMap<>()).put(basis, new Angka(teks, satuan, catatan));
  }

  /** A line of progress on stderr, so that long set-up is visible without mixing with the figures. */
  static void kemajuan(String pesan) {
    System.err.println("[bench " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toLocalTime() + "] " + pesan);
  }

  void catat(String baris) {
    catatan.add(baris);
  }

  void tulis(Path berkas, String mesin, List<String> basis) throws Exception {
    List<String> baris = new ArrayList<>();
    baris.add("# Benchmark results");
    baris.add("");
    baris.add(mesin);
    baris.add("");
    StringBuilder kepala = new StringBuilder("| metric |");
    StringBuilder garis = new StringBuilder("|---|");
    for (String b : basis) {
      kepala.append(' ').append(b).append(" |");
      garis.append("---|");
    }
    kepala.append(" goal / note |");
    garis.append("---|");
    baris.add(kepala.toString());
    baris.add(garis.toString());
    perBasis.forEach((nama, nilai) -> {
      StringBuilder b = new StringBuilder("| ").append(nama).append(" |");
      String catatanBaris = "";
      for (String db : basis) {
        Angka a = nilai.get(db);
        b.append(' ').append(a == null ? "-" : a.nilai() + " " + a.satuan()).append(" |");
        if (a != null && !a.catatan().isEmpty()) {
          catatanBaris = a.catatan();
        }
      }
      baris.add(b.append(' ').append(catatanBaris).append(" |").toString());
    });
    if (!catatan.isEmpty()) {
      baris.add("");
      catatan.forEach(c -> baris.add(c));
    }
    Files.createDirectories(berkas.getParent());
    Files.write(berkas, baris);
  }
}
