package id.alursop.kalender;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Working-time configuration: the default time zone ({@code alur.kalender.zona}), per agency its
 * own zone (WIB/WITA/WIT) and working hours, and which agency a process belongs to (by process
 * key prefix) when it has no tenant; the agencies' facts come from their files
 * ({@code organisasi/*.yaml}, see {@link KalenderConfig}).
 *
 * @param zona default time zone
 * @param instansi per agency ({@code bogor}, {@code ketapang}, …)
 * @param proses process key prefix → agency
 */
public record KalenderProperties(ZoneId zona, Map<String, Instansi> instansi, Map<String, String> proses) {

  public KalenderProperties {
    zona = zona == null ? ZoneId.of("Asia/Jakarta") : zona;
    instansi = instansi == null ? Map.of() : Map.copyOf(instansi);
    proses = proses == null ? Map.of() : Map.copyOf(proses);
  }

  /**
   * One agency's calendar: zone and working hours per day ({@code "07:30-12:00"} intervals);
   * days left out are days off; without hours, the civil servants' hours apply.
   */
  public record Instansi(ZoneId zona, Map<DayOfWeek, List<String>> jam) {

    JamKerja jamKerja() {
      if (jam == null || jam.isEmpty()) {
        return JamKerja.pns();
      }
      Map<DayOfWeek, List<JamKerja.Rentang>> hari = new EnumMap<>(DayOfWeek.class);
      jam.forEach((day, intervals) -> {
        List<JamKerja.Rentang> rentang = new ArrayList<>();
        for (String interval : intervals) {
          String[] bagian = interval.split("-");
          if (bagian.length != 2) {
            throw new IllegalArgumentException("kalender.jam: jam kerja '" + interval + "' harus berbentuk HH:mm-HH:mm");
          }
          rentang.add(JamKerja.rentang(bagian[0].trim(), bagian[1].trim()));
        }
        hari.put(day, rentang);
      });
      return new JamKerja(hari);
    }
  }
}
