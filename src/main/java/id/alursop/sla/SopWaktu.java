package id.alursop.sla;

import id.alursop.kalender.DurasiKerja;
import java.util.regex.Pattern;

/**
 * The SOP time standard ({@code sop.waktu}) as the due-date expression the engine's business
 * calendar understands: {@code PT300M}, {@code P2D}, {@code P1W} stay as they are (working time);
 * a monthly cycle {@code R/P1M} is due one period after the task is created.
 */
public final class SopWaktu {

  private static final Pattern CYCLE = Pattern.compile("R\\d*/(P.+)");

  private SopWaktu() {
  }

  /**
   * Returns the ISO-8601 duration after which a step is due.
   *
   * @throws IllegalArgumentException when the value is no ISO-8601 duration or cycle
   */
  public static String dueDuration(String waktu) {
    String value = waktu.trim().toUpperCase();
    var cycle = CYCLE.matcher(value);
    if (cycle.matches()) {
      value = cycle.group(1);
    }
    DurasiKerja.parse(value);
    return value;
  }
}
