package id.alursop.kalender;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 duration read the way a government office counts time: years and months stay
 * calendar time; weeks, days, hours, minutes and seconds are working time, a week being five
 * working days and a day one working day's hours.
 *
 * @param tahun calendar years
 * @param bulan calendar months
 * @param hariKerja working days (weeks count five)
 * @param detikKerja working seconds (hours, minutes, seconds)
 */
public record DurasiKerja(int tahun, int bulan, long hariKerja, long detikKerja) {

  private static final Pattern ISO = Pattern.compile(
      "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

  /**
   * Parses {@code PnYnMnWnDTnHnMnS} (every part optional, at least one present).
   *
   * @throws IllegalArgumentException for anything else
   */
  public static DurasiKerja parse(String iso) {
    String text = iso == null ? "" : iso.trim().toUpperCase();
    Matcher m = ISO.matcher(text);
    if (!m.matches() || text.equals("P") || text.endsWith("T")) {
      throw new IllegalArgumentException("'" + iso + "' bukan durasi ISO-8601 (mis. PT300M, P2D, P1W, P1M)");
    }
    long weeks = number(m.group(3));
    long days = number(m.group(4));
    long seconds = number(m.group(5)) * 3600 + number(m.group(6)) * 60 + number(m.group(7));
    return new DurasiKerja((int) number(m.group(1)), (int) number(m.group(2)), weeks * 5 + days, seconds);
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }

  /** Whether only calendar parts (years, months) are set. */
  public boolean hanyaKalender() {
    return hariKerja == 0 && detikKerja == 0;
  }
}
