package id.alursop.sop;

import id.alursop.kalender.DurasiKerja;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's time standard as the SOP states it ({@code sop.waktu}, with the lower bound of a range
 * in {@code sop.waktu.bawah}), read once in every form the models use:
 *
 * <ul>
 *   <li>none: {@code -} or absent;</li>
 *   <li>a duration: {@code PT300M}, {@code P2D}, {@code P1W}, {@code P60D} (working time, see
 *       {@link DurasiKerja}); lower case is accepted;</li>
 *   <li>a cycle: {@code R/P1M}, {@code R3/P1D}, due one period after the step is created, or, when
 *       the model gives each occurrence its own deadline ({@code sop.waktu.tenggat}, e.g. the
 *       month's survey due within {@code P10D}), that deadline after the step is created;</li>
 *   <li>an expression {@code ${…}}, given at run time (a shared sub-process), whose value is
 *       again one of the forms above ({@link #tentukan}).</li>
 * </ul>
 *
 * <p>The texts agencies write in their SOP tables ("300 Menit", "2 Hari", "30-60 hari", "Setiap
 * bulan") are read into the same forms by {@link #dariTeks(String)}.
 *
 * <p>A range ("30-60 hari") is the upper bound as the standard and the lower bound
 * ({@link #bawah()}), itself a standard without lower bound; a lower bound of a step without a
 * standard means nothing and is dropped.
 */
public final class StandarWaktu {

  /** What a {@code sop.waktu} value is. */
  public enum Bentuk {
    TIDAK_ADA, DURASI, SIKLUS, EKSPRESI
  }

  /** The standard of a step that has none. */
  public static final StandarWaktu TIDAK_ADA = new StandarWaktu(Bentuk.TIDAK_ADA, "-", null, null);

  private static final Pattern SIKLUS = Pattern.compile("R\\d*/(P.+)");
  /** {@code 300 Menit}, {@code 7.350 menit}, {@code 30-60 hari}: a number or a range, and a unit. */
  private static final Pattern TEKS_DURASI = Pattern.compile(
      "(\\d{1,3}(?:\\.\\d{3})+|\\d{1,7})(?: ?[-\u2013\u2014] ?(\\d{1,3}(?:\\.\\d{3})+|\\d{1,7}))? ?(menit|jam|hari|minggu)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TEKS_SIKLUS = Pattern.compile("setiap (hari|minggu|bulan)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Bentuk bentuk;
  private final String teks;
  /** The ISO-8601 duration after which the step is due (durations and cycles). */
  private final String durasi;
  private final StandarWaktu bawah;

  private StandarWaktu(Bentuk bentuk, String teks, String durasi, StandarWaktu bawah) {
    this.bentuk = bentuk;
    this.teks = teks;
    this.durasi = durasi;
    this.bawah = bawah;
  }

  /**
   * Reads a standard without lower bound.
   *
   * @throws IllegalArgumentException when the value is none of the forms
   */
  public static StandarWaktu baca(String waktu) {
    return baca(waktu, null);
  }

  /**
   * Reads a standard and the lower bound of its range ({@code null} or {@code -}: none).
   *
   * @throws IllegalArgumentException when either value is none of the forms
   */
  public static StandarWaktu baca(String waktu, String waktuBawah) {
    return baca(waktu, waktuBawah, null);
  }

  /**
   * Reads a standard, the lower bound of its range and, for a cycle, the deadline of each
   * occurrence ({@code tenggat}: a duration; {@code null} or {@code -}: one period).
   *
   * @throws IllegalArgumentException when a value is none of the forms, or a deadline is given
   *     to a standard that is no cycle or is not a duration itself
   */
  public static StandarWaktu baca(String waktu, String waktuBawah, String tenggat) {
    StandarWaktu batas = satu(tenggat);
    if (batas.ada()) {
      StandarWaktu siklus = satu(waktu);
      if (siklus.bentuk != Bentuk.SIKLUS || batas.bentuk != Bentuk.DURASI) {
        throw new IllegalArgumentException("Tenggat '" + tenggat + "' hanya berlaku untuk standar berulang (R/P1M)"
            + " dan harus berupa durasi ISO-8601 (mis. P10D)");
      }
      return new StandarWaktu(Bentuk.SIKLUS, siklus.teks, batas.durasi, null);
    }
    StandarWaktu standar = satu(waktu);
    StandarWaktu bawah = satu(waktuBawah);
    if (!standar.ada() || !bawah.ada()) {
      return standar;
    }
    return new StandarWaktu(standar.bentuk, standar.teks, standar.durasi, bawah);
  }

  /** Whether the three values read together ({@link #baca(String, String, String)}). */
  public static boolean sah(String waktu, String waktuBawah, String tenggat) {
    try {
      baca(waktu, waktuBawah, tenggat);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether a value is one of the forms ({@code null} and {@code -} are: no standard). */
  public static boolean sah(String waktu) {
    try {
      satu(waktu);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Reads a time standard as agencies write it in the SOP table's Waktu column: {@code 300 Menit},
   * {@code 7.350 menit} ('.' separates thousands), {@code 3 jam}, {@code 2 Hari}, {@code 1 Minggu}, a
   * range {@code 30-60 hari} (the upper bound the standard, the lower one kept as {@link #bawah()}),
   * {@code Setiap bulan} (also {@code setiap hari}, {@code setiap minggu}: a cycle), {@code -} or
   * empty (no standard), or already ISO-8601 ({@code PT300M}, {@code R/P1M}). Case and spaces do not
   * matter; nothing else is guessed (an expression neither: a table states values).
   *
   * @throws IllegalArgumentException with an Indonesian message quoting the text
   */
  public static StandarWaktu dariTeks(String teks) {
    String nilai = teks == null ? "" : teks.replace('\u00A0', ' ').trim().replaceAll("\\s+", " ");
    if (nilai.isEmpty() || nilai.matches("[-\u2013\u2014]")) {
      return TIDAK_ADA;
    }
    Matcher m = TEKS_DURASI.matcher(nilai);
    if (m.matches()) {
      long atas = angka(m.group(2) != null ? m.group(2) : m.group(1));
      String satuan = m.group(3).toLowerCase(Locale.ROOT);
      if (atas <= 0) {
        throw new IllegalArgumentException("'" + teks + "' bukan waktu yang dikenal: lamanya harus lebih dari 0");
      }
      StandarWaktu standar = satu(iso(atas, satuan));
      if (m.group(2) == null) {
        return standar;
      }
      long bawah = angka(m.group(1));
      if (bawah <= 0 || bawah >= atas) {
        throw new IllegalArgumentException("'" + teks + "' bukan rentang waktu yang dikenal: batas bawah harus"
            + " lebih dari 0 dan kurang dari batas atas (mis. 30-60 hari)");
      }
      return new StandarWaktu(standar.bentuk, standar.teks, standar.durasi, satu(iso(bawah, satuan)));
    }
    Matcher siklus = TEKS_SIKLUS.matcher(nilai);
    if (siklus.matches()) {
      return satu("R/P1" + switch (siklus.group(1).toLowerCase(Locale.ROOT)) {
        case "hari" -> "D";
        case "minggu" -> "W";
        default -> "M";
      });
    }
    if (!nilai.contains("$") && nilai.toUpperCase(Locale.ROOT).matches("(R\\d*/)?P[0-9YMWDTHS]+") && sah(nilai)) {
      return satu(nilai);
    }
    throw new IllegalArgumentException("'" + teks + "' bukan waktu yang dikenal (mis. 300 menit, 7.350 menit, 3 jam,"
        + " 2 hari, 1 minggu, 30-60 hari, setiap bulan, atau - bila tanpa standar)");
  }

  private static long angka(String teks) {
    try {
      return Long.parseLong(teks.replace(".", ""));
    } catch (NumberFormatException e) {
      return -1; // too large: refused as no standard
    }
  }

  private static String iso(long jumlah, String satuan) {
    return switch (satuan) {
      case "menit" -> "PT" + jumlah + "M";
      case "jam" -> "PT" + jumlah + "H";
      case "hari" -> "P" + jumlah + "D";
      default -> "P" + jumlah + "W";
    };
  }

  private static StandarWaktu satu(String waktu) {
    String nilai = waktu == null ? "" : waktu.trim();
    if (nilai.isEmpty() || nilai.equals("-")) {
      return TIDAK_ADA;
    }
    if (nilai.startsWith("${") && nilai.endsWith("}") && nilai.length() > 3) {
      return new StandarWaktu(Bentuk.EKSPRESI, nilai, null, null);
    }
    String iso = nilai.toUpperCase();
    Matcher siklus = SIKLUS.matcher(iso);
    Bentuk bentuk = siklus.matches() ? Bentuk.SIKLUS : Bentuk.DURASI;
    String durasi = siklus.matches() ? siklus.group(1) : iso;
    try {
      DurasiKerja.parse(durasi);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + waktu + "' bukan durasi ISO-8601 (mis. PT300M, P2D, P1W), siklus (R/P1M)"
          + " atau ekspresi ${…}", e);
    }
    return new StandarWaktu(bentuk, nilai, durasi, null);
  }

  public Bentuk bentuk() {
    return bentuk;
  }

  /** Whether the step has a standard (an expression counts: it may give one at run time). */
  public boolean ada() {
    return bentuk != Bentuk.TIDAK_ADA;
  }

  public boolean ekspresi() {
    return bentuk == Bentuk.EKSPRESI;
  }

  /** The value as written (trimmed), {@code -} for none. */
  public String teks() {
    return teks;
  }

  /**
   * The ISO-8601 duration after which the step is due, the due-date expression for the engine's
   * business calendar: a duration as it is (upper case), a cycle's period or the deadline of each
   * of its occurrences.
   *
   * @throws IllegalStateException for no standard or an expression not yet resolved
   */
  public String jatuhTempo() {
    if (durasi == null) {
      throw new IllegalStateException("Standar waktu '" + teks + "' tidak memiliki durasi");
    }
    return durasi;
  }

  /**
   * The due duration in working time.
   *
   * @throws IllegalStateException for no standard or an expression not yet resolved
   */
  public DurasiKerja durasi() {
    return DurasiKerja.parse(jatuhTempo());
  }

  /** The lower bound of a range. */
  public Optional<StandarWaktu> bawah() {
    return Optional.ofNullable(bawah);
  }

  /**
   * The standard at run time: expressions (the standard's and its lower bound's) replaced by
   * their values; {@code null}, blank or {@code -} gives no standard.
   *
   * @param nilai the value of an expression, given its text
   * @throws IllegalArgumentException when a value is none of the forms, or again an expression
   */
  public StandarWaktu tentukan(Function<String, Object> nilai) {
    StandarWaktu standar = tentukanSatu(this, nilai);
    if (!standar.ada() || bawah == null) {
      return standar;
    }
    StandarWaktu batas = tentukanSatu(bawah, nilai);
    return batas.ada() ? new StandarWaktu(standar.bentuk, standar.teks, standar.durasi, batas) : standar;
  }

  private static StandarWaktu tentukanSatu(StandarWaktu standar, Function<String, Object> nilai) {
    if (!standar.ekspresi()) {
      return new StandarWaktu(standar.bentuk, standar.teks, standar.durasi, null);
    }
    Object hasil = nilai.apply(standar.teks);
    StandarWaktu tertentu = satu(hasil == null ? null : hasil.toString());
    if (tertentu.ekspresi()) {
      throw new IllegalArgumentException("Ekspresi " + standar.teks + " harus menghasilkan durasi ISO-8601, bukan ekspresi");
    }
    return tertentu;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StandarWaktu s && bentuk == s.bentuk && teks.equals(s.teks) && Objects.equals(durasi, s.durasi)
        && Objects.equals(bawah, s.bawah);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bentuk, teks, durasi, bawah);
  }

  @Override
  public String toString() {
    return bawah == null ? teks : bawah.teks + ".." + teks;
  }
}
