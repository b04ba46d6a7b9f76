package id.alursop.kampungnol;

import id.alursop.validation.Kependudukan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads target households from CSV, one row at a time (so that files of any size stream), and
 * checks each row. Columns, in this order: {@code nomor_kk;nik_kepala_keluarga;
 * nama_kepala_keluarga;alamat;rt;rw}, separated by ';' or ','; fields may be double-quoted; a
 * header row starting with {@code nomor_kk} is skipped. Refusal reasons never quote the row's
 * values (they are personal data).
 */
public final class KeluargaCsv {

  public static final String HEADER = "nomor_kk;nik_kepala_keluarga;nama_kepala_keluarga;alamat;rt;rw";
  private static final Pattern RT_RW = Pattern.compile("\\d{1,3}");

  /** Receives each row: accepted or refused. */
  public interface Penerima {
    void diterima(long baris, BarisKeluarga keluarga);

    void ditolak(long baris, String alasan);
  }

  private KeluargaCsv() {
  }

  /**
   * Reads all rows. {@code nomorKkAda} and {@code nikAda} hold the numbers already in the
   * programme; accepted rows are added to them, so duplicates within the file are refused too.
   */
  public static void baca(Reader reader, Set<String> nomorKkAda, Set<String> nikAda, Penerima penerima) {
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

  private static void periksa(long baris, List<String> kolom, Set<String> nomorKkAda, Set<String> nikAda,
      Penerima penerima) {
    if (kolom.size() != 6) {
      penerima.ditolak(baris, "jumlah kolom " + kolom.size() + ", seharusnya 6 (" + HEADER + ")");
      return;
    }
    BarisKeluarga k = new BarisKeluarga(kolom.get(0), kolom.get(1), kolom.get(2), kolom.get(3),
        kolom.get(4), kolom.get(5));
    String alasan = alasanTolak(k);
    if (alasan == null && nomorKkAda.contains(k.nomorKk())) {
      alasan = "nomor KK ganda (sudah ada di program atau di baris sebelumnya)";
    }
    if (alasan == null && nikAda.contains(k.nik())) {
      alasan = "NIK kepala keluarga ganda (sudah ada di program atau di baris sebelumnya)";
    }
    if (alasan != null) {
      penerima.ditolak(baris, alasan);
      return;
    }
    nomorKkAda.add(k.nomorKk());
    nikAda.add(k.nik());
    penerima.diterima(baris, k);
  }

  /** Why a household's data is refused, or null when it is valid. */
  public static String alasanTolak(BarisKeluarga k) {
    List<String> alasan = new ArrayList<>();
    Kependudukan.periksaNomorKk(k.nomorKk()).ifPresent(alasan::add);
    Kependudukan.periksaNik(k.nik(), "NIK kepala keluarga").ifPresent(alasan::add);
    if (k.nama().isEmpty() || k.nama().length() > 100) {
      alasan.add("nama kepala keluarga wajib diisi (maksimal 100 karakter)");
    }
    if (k.alamat().isEmpty() || k.alamat().length() > 255) {
      alasan.add("alamat wajib diisi (maksimal 255 karakter)");
    }
    if (!RT_RW.matcher(k.rt()).matches()) {
      alasan.add("RT harus 1-3 digit angka");
    }
    if (!RT_RW.matcher(k.rw()).matches()) {
      alasan.add("RW harus 1-3 digit angka");
    }
    return alasan.isEmpty() ? null : String.join("; ", alasan);
  }

  public static List<String> split(String line, char separator) {
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
}
