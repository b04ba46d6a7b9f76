package id.alursop.kalender;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When a periodic step opens next, in the agency's calendar, for every model's timer
 * ({@code <bpmn:timeDate>${jadwalBerkala.berikutnya(execution, 'bulanan')}</bpmn:timeDate>}):
 * {@code harian} the next working day, {@code mingguan} the first working day of next week,
 * {@code bulanan} the first working day of next month; each when work begins that day (its first
 * working hour, in the agency's time zone). A weekend or holiday moves it to the next working
 * day. A timer that asks again after each firing reckons every period against the calendar as it
 * is then (a holiday declared later still counts).
 */
@Component("jadwalBerkala")
public class JadwalBerkala {

  /** How far a first working day is looked for: a month and a bit. */
  private static final int BATAS_HARI = 40;
  private static final Locale INDONESIA = Locale.forLanguageTag("id");
  private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The periods a model may name. */
  public enum Periode {
    HARIAN, MINGGUAN, BULANAN;

    /** {@code harian}, {@code mingguan} or {@code bulanan} (any case). */
    public static Periode dari(Object nilai) {
      String teks = nilai == null ? "" : nilai.toString().trim();
      for (Periode p : values()) {
        if (p.name().equalsIgnoreCase(teks)) {
          return p;
        }
      }
      throw new IllegalArgumentException("Periode harus harian, mingguan atau bulanan, bukan '" + teks + "'");
    }
  }

  private final KalenderInstansi kalender;

  public JadwalBerkala(KalenderInstansi kalender) {
    this.kalender = kalender;
  }

  /** The timer's date: when the next period opens after the engine's now. */
  public Date berikutnya(DelegateExecution execution, Object periode) {
    KalenderKerja kerja = kalender(execution);
    LocalDate hari = berikutnya(kerja, hariIni(kerja), Periode.dari(periode));
    return Date.from(kerja.awalHari(hari));
  }

  /** The day the next period opens after {@code hari}. */
  public static LocalDate berikutnya(KalenderKerja kerja, LocalDate hari, Periode periode) {
    LocalDate awal = switch (periode) {
      case HARIAN -> hari.plusDays(1);
      case MINGGUAN -> hari.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
      case BULANAN -> hari.withDayOfMonth(1).plusMonths(1);
    };
    return hariKerjaPertama(kerja, awal);
  }

  /**
   * The period that ended when this one opened (the engine's now), as a report names it:
   * {@code harian 12/05/2025} (the last working day before today), {@code mingguan 05/05/2025 –
   * 11/05/2025} (last week, Monday to Sunday), {@code bulanan Mei 2025} (last month).
   */
  public String periodeLalu(DelegateExecution execution, Object periode) {
    KalenderKerja kerja = kalender(execution);
    return periodeLalu(kerja, hariIni(kerja), Periode.dari(periode));
  }

  static String periodeLalu(KalenderKerja kerja, LocalDate hari, Periode periode) {
    return switch (periode) {
      case HARIAN -> "harian " + TANGGAL.format(hariKerjaSebelum(kerja, hari));
      case MINGGUAN -> {
        LocalDate senin = hari.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        yield "mingguan " + TANGGAL.format(senin) + " – " + TANGGAL.format(senin.plusDays(6));
      }
      case BULANAN -> {
        LocalDate bulan = hari.withDayOfMonth(1).minusMonths(1);
        yield "bulanan " + bulan.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, INDONESIA) + " " + bulan.getYear();
      }
    };
  }

  /** The first working day on or after {@code awal}, at most {@value #BATAS_HARI} days on. */
  public static LocalDate hariKerjaPertama(KalenderKerja kerja, LocalDate awal) {
    LocalDate hari = awal;
    for (int i = 0; i < BATAS_HARI && !kerja.hariKerja(hari); i++) {
      hari = hari.plusDays(1);
    }
    return hari;
  }

  /** The last working day before {@code hari}, at most {@value #BATAS_HARI} days back. */
  static LocalDate hariKerjaSebelum(KalenderKerja kerja, LocalDate hari) {
    LocalDate d = hari.minusDays(1);
    for (int i = 0; i < BATAS_HARI && !kerja.hariKerja(d); i++) {
      d = d.minusDays(1);
    }
    return d;
  }

  private KalenderKerja kalender(DelegateExecution execution) {
    return kalender.untuk((ExecutionEntity) execution);
  }

  private static LocalDate hariIni(KalenderKerja kerja) {
    return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), kerja.zona()).toLocalDate();
  }
}
