package id.alursop.kalender;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Working hours per day of the week, as intervals (breaks are the gaps between them).
 */
public final class JamKerja {

  /** One working interval of a day. */
  public record Rentang(LocalTime mulai, LocalTime selesai) {
    public Rentang {
      if (!mulai.isBefore(selesai)) {
        throw new IllegalArgumentException("Jam kerja " + mulai + "-" + selesai + " tidak valid");
      }
    }

    Duration lama() {
      return Duration.between(mulai, selesai);
    }
  }

  private final Map<DayOfWeek, List<Rentang>> perHari;
  private final Duration hariKerja;

  public JamKerja(Map<DayOfWeek, List<Rentang>> perHari) {
    this.perHari = new EnumMap<>(DayOfWeek.class);
    perHari.forEach((day, rentang) -> this.perHari.put(day, rentang.stream()
        .sorted(java.util.Comparator.comparing(Rentang::mulai)).toList()));
    long days = this.perHari.values().stream().filter(r -> !r.isEmpty()).count();
    if (days == 0) {
      throw new IllegalArgumentException("Jam kerja tanpa satu hari kerja pun");
    }
    Duration week = this.perHari.values().stream().flatMap(List::stream).map(Rentang::lama)
        .reduce(Duration.ZERO, Duration::plus);
    this.hariKerja = week.dividedBy(days);
  }

  /**
   * The civil servants' hours (37.5 hours in five days): Monday to Thursday 07:30-16:00 with a
   * break 12:00-13:00, Friday 07:30-16:30 with a break 11:30-13:00.
   */
  public static JamKerja pns() {
    List<Rentang> seninKamis = List.of(rentang("07:30", "12:00"), rentang("13:00", "16:00"));
    Map<DayOfWeek, List<Rentang>> hari = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
      hari.put(d, seninKamis);
    }
    hari.put(DayOfWeek.FRIDAY, List.of(rentang("07:30", "11:30"), rentang("13:00", "16:30")));
    return new JamKerja(hari);
  }

  public static Rentang rentang(String mulai, String selesai) {
    return new Rentang(LocalTime.parse(mulai), LocalTime.parse(selesai));
  }

  public List<Rentang> pada(DayOfWeek day) {
    return perHari.getOrDefault(day, List.of());
  }

  /** The length of one working day: the week's working time over its working days. */
  public Duration hariKerja() {
    return hariKerja;
  }
}
