package id.alursop.kampungnol;

import id.alursop.validation.Kependudukan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads target households from CSV, one row at a time (so that files of any size stream), and
 * checks each row. Columns, in this order: {@code nomor_kk;nik_kepala_keluarga;
 * nama_kepala_keluarga;alamat;rt;rw}, separated by ';' or ','; fields may be double-quoted; a
 * header row starting with {@code nomor_kk} is skipped. Refusal reasons never quote the row's
 * values (they are personal data).
 */
public final class KeluargaCsv {

  public static final String HEADER = "nomor_kk;nik_kepala_keluarga;nama_kepala_keluarga;alamat;rt;rw";

  /** Receives each row: accepted or refused. */
  public interface Penerima {
    void diterima(long baris, BarisKeluarga keluarga);

    void ditolak(long baris, String alasan);
  }

  /** Numbers already taken, in the programme or by an earlier row: asked, then added to. */
  public interface Terpakai {
    boolean ada(String nomor);

    void tambah(String nomor);

    static Terpakai dari(Set<String> nomor) {
      return new Terpakai() {
        @Override
        public boolean ada(String n) {
          return nomor.contains(n);
        }

        @Override
        public void tambah(String n) {
          nomor.add(n);
        }
      };
    }
  }

  private KeluargaCsv() {
  }

  /**
   * Reads all rows. {@code nomorKkAda} and {@code nikAda} hold the numbers already in the
   * programme; accepted rows are added to them, so duplicates within the file are refused too.
   */
  public static void baca(Reader reader, Set<String> nomorKkAda, Set<String> nikAda, Penerima penerima) {
    baca(reader, Terpakai.dari(nomorKkAda), Terpakai.dari(nikAda), penerima);
  }

  /** As {@link #baca(Reader, Set, Set, Penerima)}, with the numbers taken kept as the caller likes. */
  public static void baca(Reader reader, Terpakai nomorKkAda, Terpakai nikAda, Penerima penerima) {
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    Character separator = null;
    long nomorBaris = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        nomorBaris++;
        if (nomorBaris == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        if (separator == null) {
          separator = line.indexOf(';') >= 0 ? ';' : ',';
          if (line.trim().toLowerCase().startsWith("nomor_kk")) {
            continue;
          }
        }
        periksa(nomorBaris, split(line, separator), nomorKkAda, nikAda, penerima);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void periksa(long baris, List<String> kolom, Terpakai nomorKkAda, Terpakai nikAda,
      Penerima penerima) {
    if (kolom.size() != 6) {
      penerima.ditolak(baris, "jumlah kolom " + kolom.size() + ", seharusnya 6 (" + HEADER + ")");
      return;
    }
    BarisKeluarga k = new BarisKeluarga(kolom.get(0), kolom.get(1), kolom.get(2), kolom.get(3),
        kolom.get(4), kolom.get(5));
    String alasan = alasanTolak(k);
    if (alasan == null && nomorKkAda.ada(k.nomorKk())) {
      alasan = "nomor KK ganda (sudah ada di program atau di baris sebelumnya)";
    }
    if (alasan == null && nikAda.ada(k.nik())) {
      alasan = "NIK kepala keluarga ganda (sudah ada di program atau di baris sebelumnya)";
    }
    if (alasan != null) {
      penerima.ditolak(baris, alasan);
      return;
    }
    nomorKkAda.tambah(k.nomorKk());
    nikAda.tambah(k.nik());
    penerima.diterima(baris, k);
  }

  /** Why a household's data is refused, or null when it is valid. */
  public static String alasanTolak(BarisKeluarga k) {
    if (Kependudukan.enamBelasDigit(k.nomorKk()) && Kependudukan.enamBelasDigit(k.nik()) && namaSah(k.nama())
        && alamatSah(k.alamat()) && rtRw(k.rt()) && rtRw(k.rw())) {
      return null; // the usual case, without building the list of reasons
    }
    List<String> alasan = new ArrayList<>();
    Kependudukan.periksaNomorKk(k.nomorKk()).ifPresent(alasan::add);
    Kependudukan.periksaNik(k.nik(), "NIK kepala keluarga").ifPresent(alasan::add);
    if (!namaSah(k.nama())) {
      alasan.add("nama kepala keluarga wajib diisi (maksimal 100 karakter)");
    }
    if (!alamatSah(k.alamat())) {
      alasan.add("alamat wajib diisi (maksimal 255 karakter)");
    }
    if (!rtRw(k.rt())) {
      alasan.add("RT harus 1-3 digit angka");
    }
    if (!rtRw(k.rw())) {
      alasan.add("RW harus 1-3 digit angka");
    }
    return alasan.isEmpty() ? null : String.join("; ", alasan);
  }

  private static boolean namaSah(String nama) {
    return !nama.isEmpty() && nama.length() <= 100;
  }

  private static boolean alamatSah(String alamat) {
    return !alamat.isEmpty() && alamat.length() <= 255;
  }

  /** RT or RW: 1-3 digits 0-9. */
  private static boolean rtRw(String nomor) {
    if (nomor.isEmpty() || nomor.length() > 3) {
      return false;
    }
    for (int i = 0; i < nomor.length(); i++) {
      char c = nomor.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The fields of a line, each trimmed; a double quote quotes, two in a quoted part stand for one. */
  public static List<String> split(String line, char separator) {
    if (line.indexOf('"') < 0) {
      return splitTanpaKutip(line, separator);
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        fields.add(field.toString().trim());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString().trim());
    return fields;
  }

  private static List<String> splitTanpaKutip(String line, char separator) {
    List<String> fields = new ArrayList<>(8);
    int awal = 0;
    for (int akhir = line.indexOf(separator); ; akhir = line.indexOf(separator, awal)) {
      int ujung = akhir < 0 ? line.length() : akhir;
      int a = awal;
      int b = ujung;
      while (a < b && line.charAt(a) <= ' ') {
        a++;
      }
      while (b > a && line.charAt(b - 1) <= ' ') {
        b--;
      }
      fields.add(line.substring(a, b));
      if (akhir < 0) {
        return fields;
      }
      awal = akhir + 1;
    }
  }
}
