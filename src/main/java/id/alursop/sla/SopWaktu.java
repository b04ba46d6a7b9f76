package id.alursop.sla;

import java.util.regex.Pattern;

/**
 * The SOP time standard ({@code sop.waktu}) as the due-date expression the engine's business
 * calendar understands: {@code PT300M}, {@code P2D}, {@code P1W} stay as they are; a monthly
 * cycle {@code R/P1M} is due one period after the task is created.
 */
public final class SopWaktu {

  private static final Pattern DURATION = Pattern.compile("P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?");
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
    if (!DURATION.matcher(value).matches()) {
      throw new IllegalArgumentException("sop.waktu '" + waktu + "' bukan durasi ISO-8601 (mis. PT300M, P2D, P1W, R/P1M)");
    }
    return value;
  }
}
