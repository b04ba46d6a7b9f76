package id.alursop.surel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbox's settings ({@code alur.surel}): how often a node looks for mail to send when nobody
 * woke it, how many mails go over one SMTP connection, how often a failing mail is tried (the wait
 * doubling from {@code jedaUlang}), how long a node may hold mails it took before another node may
 * take them, and how long sent mails are kept.
 */
@ConfigurationProperties("alur.surel")
public record SurelProperties(Duration jeda, int perKiriman, int percobaanMaks, Duration jedaUlang, Duration sewa,
    Duration simpan) {

  public SurelProperties {
    jeda = jeda == null ? Duration.ofSeconds(10) : jeda;
    perKiriman = perKiriman <= 0 ? 50 : perKiriman;
    percobaanMaks = percobaanMaks <= 0 ? 8 : percobaanMaks;
    jedaUlang = jedaUlang == null ? Duration.ofMinutes(1) : jedaUlang;
    sewa = sewa == null ? Duration.ofMinutes(5) : sewa;
    simpan = simpan == null ? Duration.ofDays(30) : simpan;
  }

  /** The wait before attempt {@code percobaan + 1} after {@code percobaan} failed ones: doubling, at most a day. */
  Duration jedaSetelah(int percobaan) {
    Duration d = jedaUlang.multipliedBy(1L << Math.min(20, Math.max(0, percobaan - 1)));
    return d.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : d;
  }
}
