package id.alursop.modeler;

import id.alursop.sop.StandarWaktu;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An SOP table in the SOP-AP form (Permenpan-RB 35/2012) read into its steps: a header row with
 * {@code No}, {@code Kegiatan} (or {@code Aktivitas}, {@code Uraian Prosedur},
 * {@code Aktivitas/Uraian Prosedur}), one column per performer (its header the performer's name),
 * {@code Kelengkapan}, {@code Waktu}, {@code Output} and optionally {@code Keterangan}/{@code Ket};
 * or the two header rows the documents print ("Pelaksana" and "Mutu Baku" above the names). Each
 * numbered row is a step whose performer is the one performer column holding a mark (any text or
 * symbol). Rows without a number and without a mark (section titles such as "C.1. Koordinasi …")
 * are skipped with a warning. Anything else that does not fit refuses the whole table
 * ({@link TabelDitolak}, naming the row and column).
 */
final class TabelSop {

  /** One step of the table. */
  record Langkah(int baris, int nomor, String kegiatan, String pelaksana, List<String> kelengkapan,
      StandarWaktu waktu, String output, String keterangan) {
  }

  /** A finding while reading that does not refuse the table; {@code nomor} the step, if any. */
  record Catatan(Integer nomor, String pesan) {
  }

  /** The performers in table order, the steps in row order, and the warnings. */
  record Hasil(List<String> pelaksana, List<Langkah> langkah, List<Catatan> peringatan) {
  }

  private static final int LANGKAH_MAKS = 200;
  private static final int BARIS_JUDUL_MAKS = 30;
  private static final Set<String> NO = Set.of("no", "nomor", "no urut");
  private static final Set<String> KEGIATAN = Set.of("kegiatan", "aktivitas", "uraian prosedur",
      "aktivitas/uraian prosedur", "uraian kegiatan", "prosedur");
  private static final Set<String> KELENGKAPAN = Set.of("kelengkapan", "persyaratan/kelengkapan");
  private static final Set<String> WAKTU = Set.of("waktu");
  private static final Set<String> OUTPUT = Set.of("output", "keluaran");
  private static final Set<String> KETERANGAN = Set.of("keterangan", "ket");
  private static final Set<String> KELOMPOK_JUDUL = Set.of("pelaksana", "mutu baku");
  private static final Pattern NOMOR = Pattern.compile("\\d{1,3}\\.?");
  private static final Pattern PENOMORAN = Pattern.compile("^(\\d{1,2}|[a-zA-Z])[.)]\\s+|^[-•*·–]\\s*");
  private static final Pattern SESUAI_KEBUTUHAN = Pattern.compile("(?<![\\p{L}])sesuai kebutuhan",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private TabelSop() {
  }

  /** The columns of the header. */
  private static final class Judul {
    int baris;
    int akhir;
    int no = -1;
    int kegiatan = -1;
    int kelengkapan = -1;
    int waktu = -1;
    int output = -1;
    int keterangan = -1;
    String namaKegiatan;
    final Map<Integer, String> pelaksana = new LinkedHashMap<>();
    final List<String> diabaikan = new ArrayList<>();
  }

  /**
   * @param lembar the sheets' rows ({@link BerkasTabel}); the first sheet with a header is read
   * @throws TabelDitolak when the table has no header, no step, or a step that cannot be read
   */
  static Hasil baca(List<List<BerkasTabel.Baris>> lembar) {
    for (List<BerkasTabel.Baris> baris : lembar) {
      for (int i = 0; i < Math.min(baris.size(), BARIS_JUDUL_MAKS); i++) {
        if (adalahJudul(baris.get(i))) {
          return baca(baris, judul(baris, i));
        }
      }
    }
    throw new TabelDitolak("Tabel SOP tidak memiliki baris judul kolom: tabel SOP-AP memerlukan kolom No, Kegiatan"
        + " (atau Aktivitas, Uraian Prosedur), satu kolom per pelaksana, Kelengkapan, Waktu dan Output.");
  }

  private static boolean adalahJudul(BerkasTabel.Baris baris) {
    boolean no = false;
    boolean kegiatan = false;
    for (String sel : baris.sel()) {
      String k = kunci(sel);
      no |= NO.contains(k);
      kegiatan |= KEGIATAN.contains(k);
    }
    return no && kegiatan;
  }

  private static Judul judul(List<BerkasTabel.Baris> semua, int i) {
    BerkasTabel.Baris atas = semua.get(i);
    List<String> label = new ArrayList<>(atas.sel());
    int akhir = i;
    boolean berkelompok = atas.sel().stream().map(TabelSop::kunci).anyMatch(KELOMPOK_JUDUL::contains);
    if (berkelompok && i + 1 < semua.size()) {
      label = gabung(atas.sel(), semua.get(i + 1).sel());
      akhir = i + 1;
    } else if (i > 0 && semua.get(i - 1).sel().stream().map(TabelSop::kunci).anyMatch(KELOMPOK_JUDUL::contains)) {
      label = gabung(semua.get(i - 1).sel(), atas.sel());
    }
    Judul judul = new Judul();
    judul.baris = atas.nomor();
    judul.akhir = akhir;
    Set<String> nama = new LinkedHashSet<>();
    for (int k = 0; k < label.size(); k++) {
      String teks = rapikan(label.get(k));
      String kunci = kunci(teks);
      if (kunci.isEmpty() || KELOMPOK_JUDUL.contains(kunci)) {
        continue;
      }
      if (NO.contains(kunci) && judul.no < 0) {
        judul.no = k;
      } else if (KEGIATAN.contains(kunci) && judul.kegiatan < 0) {
        judul.kegiatan = k;
        judul.namaKegiatan = teks;
      } else if (KELENGKAPAN.contains(kunci) && judul.kelengkapan < 0) {
        judul.kelengkapan = k;
      } else if (WAKTU.contains(kunci) && judul.waktu < 0) {
        judul.waktu = k;
      } else if (OUTPUT.contains(kunci) && judul.output < 0) {
        judul.output = k;
      } else if (KETERANGAN.contains(kunci) && judul.keterangan < 0) {
        judul.keterangan = k;
      } else {
        if (!nama.add(kunci)) {
          throw TabelDitolak.di(atas.nomor(), teks, "pelaksana '" + teks + "' disebut dua kali di judul kolom.");
        }
        judul.pelaksana.put(k, teks);
      }
    }
    // the performers stand between Kegiatan and the Mutu Baku; other columns are not performers
    int mutuBaku = java.util.stream.IntStream.of(judul.kelengkapan, judul.waktu, judul.output).filter(k -> k >= 0)
        .min().orElse(Integer.MAX_VALUE);
    judul.pelaksana.entrySet().removeIf(e -> {
      boolean luar = e.getKey() < judul.kegiatan || e.getKey() > mutuBaku;
      if (luar) {
        judul.diabaikan.add(e.getValue());
      }
      return luar;
    });
    if (judul.pelaksana.isEmpty()) {
      throw TabelDitolak.di(atas.nomor(), "Pelaksana", "tidak ada kolom pelaksana: beri satu kolom per pelaksana"
          + " (judulnya nama pelaksana, mis. Kepala Bidang) di antara Kegiatan dan Kelengkapan.");
    }
    return judul;
  }

  /** Two header rows as one: the lower row's label where it has one, else the upper's. */
  private static List<String> gabung(List<String> atas, List<String> bawah) {
    List<String> hasil = new ArrayList<>();
    for (int k = 0; k < Math.max(atas.size(), bawah.size()); k++) {
      String b = k < bawah.size() ? bawah.get(k) : "";
      String a = k < atas.size() ? atas.get(k) : "";
      hasil.add(b != null && !b.isBlank() ? b : a);
    }
    return hasil;
  }

  private static Hasil baca(List<BerkasTabel.Baris> semua, Judul judul) {
    List<Langkah> langkah = new ArrayList<>();
    List<Catatan> peringatan = new ArrayList<>();
    Map<Integer, Integer> nomorDi = new LinkedHashMap<>();
    String kolomKegiatan = judul.namaKegiatan;
    judul.diabaikan.forEach(k -> peringatan.add(new Catatan(null, "Kolom '" + k + "' (baris " + judul.baris
        + ") diabaikan: bukan kolom tabel SOP-AP, dan kolom pelaksana ada di antara Kegiatan dan Kelengkapan.")));
    if (judul.waktu < 0) {
      peringatan.add(new Catatan(null, "Tabel tidak memiliki kolom Waktu: langkah-langkahnya tanpa standar waktu."));
    }
    for (int i = judul.akhir + 1; i < semua.size(); i++) {
      BerkasTabel.Baris baris = semua.get(i);
      if (baris.kosong()) {
        continue;
      }
      int n = baris.nomor();
      String no = baris.sel(judul.no);
      String kegiatan = rapikan(baris.sel(judul.kegiatan));
      List<String> bertanda = new ArrayList<>();
      judul.pelaksana.forEach((k, nama) -> {
        if (!baris.sel(k).isBlank()) {
          bertanda.add(nama);
        }
      });
      if (i == judul.akhir + 1 && nomorKolom(baris)) {
        continue; // the column numbers (1, 2, 3 …) printed under the header
      }
      if (no.isEmpty()) {
        if (!bertanda.isEmpty()) {
          throw TabelDitolak.di(n, "No", "nomor langkah kosong, padahal kolom pelaksana bertanda.");
        }
        String isi = baris.sel().stream().filter(s -> s != null && !s.isBlank()).findFirst().map(TabelSop::rapikan)
            .orElse("");
        peringatan.add(new Catatan(null, "Baris " + n + " dilewati: tanpa nomor dan tanpa pelaksana, dianggap judul bagian ('"
            + singkat(isi) + "')."));
        continue;
      }
      if (!NOMOR.matcher(no).matches()) {
        throw TabelDitolak.di(n, "No", "'" + no + "' bukan nomor langkah (angka, mis. 1, 2, 3).");
      }
      int nomor = Integer.parseInt(no.replace(".", ""));
      if (nomor < 1) {
        throw TabelDitolak.di(n, "No", "nomor langkah dimulai dari 1.");
      }
      Integer sebelumnya = nomorDi.putIfAbsent(nomor, n);
      if (sebelumnya != null) {
        throw TabelDitolak.di(n, "No", "langkah " + nomor + " sudah ada di baris " + sebelumnya + ".");
      }
      if (kegiatan.isEmpty()) {
        throw TabelDitolak.di(n, kolomKegiatan, "kegiatan langkah " + nomor + " kosong.");
      }
      if (kegiatan.length() > 1000) {
        throw TabelDitolak.di(n, kolomKegiatan, "kegiatan langkah " + nomor + " terlalu panjang (paling banyak 1000 karakter).");
      }
      if (bertanda.isEmpty()) {
        throw TabelDitolak.di(n, "Pelaksana", "langkah " + nomor + " tidak memiliki tanda pelaksana: isi kolom"
            + " pelaksananya dengan tanda (mis. X atau √).");
      }
      if (bertanda.size() > 1) {
        throw TabelDitolak.di(n, "Pelaksana", "langkah " + nomor + " bertanda pada lebih dari satu pelaksana ("
            + String.join(", ", bertanda) + "); satu langkah dikerjakan satu pelaksana: tandai pelaksana utamanya"
            + " dan tulis yang lain di Keterangan.");
      }
      StandarWaktu waktu;
      try {
        waktu = StandarWaktu.dariTeks(baris.sel(judul.waktu));
      } catch (IllegalArgumentException e) {
        throw TabelDitolak.di(n, "Waktu", e.getMessage() + ".");
      }
      String keterangan = rapikan(baris.sel(judul.keterangan));
      if (SESUAI_KEBUTUHAN.matcher(keterangan).find()) {
        peringatan.add(new Catatan(nomor, "Langkah " + nomor + " (baris " + n + ") dilaksanakan sesuai kebutuhan"
            + " (Keterangan): draf selalu menjalankannya; mungkin perlu keputusan dilaksanakan atau tidak sebelum"
            + " langkah ini."));
      }
      langkah.add(new Langkah(n, nomor, kegiatan, bertanda.get(0), butir(baris.sel(judul.kelengkapan)), waktu,
          rapikan(baris.sel(judul.output)), keterangan));
      if (langkah.size() > LANGKAH_MAKS) {
        throw TabelDitolak.di(n, null, "tabel SOP terlalu panjang: paling banyak " + LANGKAH_MAKS + " langkah.");
      }
    }
    if (langkah.isEmpty()) {
      throw TabelDitolak.di(judul.baris, null, "tabel SOP tidak memiliki langkah: di bawah judul kolom tidak ada"
          + " baris bernomor.");
    }
    List<String> pelaksana = List.copyOf(judul.pelaksana.values());
    for (String p : pelaksana) {
      if (langkah.stream().noneMatch(l -> l.pelaksana().equals(p))) {
        peringatan.add(new Catatan(null, "Pelaksana '" + p + "' tidak mengerjakan langkah mana pun; lajurnya tetap"
            + " digambar."));
      }
    }
    return new Hasil(pelaksana, List.copyOf(langkah), List.copyOf(peringatan));
  }

  /** A row of column numbers: only whole numbers, increasing. */
  private static boolean nomorKolom(BerkasTabel.Baris baris) {
    int sebelumnya = 0;
    int jumlah = 0;
    for (String sel : baris.sel()) {
      String s = sel == null ? "" : sel.trim();
      if (s.isEmpty()) {
        continue;
      }
      if (!s.matches("\\d{1,2}") || Integer.parseInt(s) <= sebelumnya) {
        return false;
      }
      sebelumnya = Integer.parseInt(s);
      jumlah++;
    }
    return jumlah >= 3;
  }

  /** The Kelengkapan items: split on ',', ';' and line breaks, numbering and bullets removed, each once. */
  static List<String> butir(String teks) {
    Set<String> dilihat = new LinkedHashSet<>();
    List<String> hasil = new ArrayList<>();
    for (String bagian : teks.split("[,;\\n\\r]+")) {
      String b = rapikan(PENOMORAN.matcher(rapikan(bagian)).replaceFirst(""));
      b = b.replaceAll("[.:]+$", "").trim();
      if (b.isEmpty() || b.equals("-")) {
        continue;
      }
      if (b.length() > 200) {
        b = b.substring(0, 199) + "…";
      }
      if (dilihat.add(b.toLowerCase(Locale.ROOT))) {
        hasil.add(b);
      }
    }
    return List.copyOf(hasil);
  }

  /** One line, single spaces. */
  static String rapikan(String teks) {
    return teks == null ? "" : teks.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
  }

  private static String kunci(String teks) {
    return rapikan(teks).toLowerCase(Locale.ROOT).replaceAll("\\s*/\\s*", "/").replaceAll("[.:]+$", "");
  }

  private static String singkat(String teks) {
    return teks.length() > 80 ? teks.substring(0, 79) + "…" : teks;
  }
}
