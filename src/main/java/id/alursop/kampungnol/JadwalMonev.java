package id.alursop.kampungnol;

import id.alursop.kalender.KalenderInstansi;
import id.alursop.kalender.KalenderKerja;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When the month's Monev opens: the first working day of the next month in the agency's calendar
 * (a weekend or holiday moves it to the next working day), when work begins that day (its first
 * working hour, in the agency's time zone). The model's timer asks again after each firing, so every month is
 * reckoned against the calendar as it is then (a holiday declared later still counts).
 */
@Component("jadwalMonev")
public class JadwalMonev {

  private static final int BATAS_HARI = 31;

  private final KalenderInstansi kalender;

  public JadwalMonev(KalenderInstansi kalender) {
    this.kalender = kalender;
  }

  /** The timer's date: the first working day of the month after the engine's now. */
  public Date awalBulanBerikutnya(DelegateExecution execution) {
    String instansi = kalender.instansi(((ExecutionEntity) execution).getProcessDefinition().getKey(),
        execution.getTenantId());
    KalenderKerja kerja = kalender.untuk(instansi);
    LocalDate hari = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), kerja.zona()).toLocalDate();
    return Date.from(kerja.awalHari(hariKerjaPertama(kerja, hari.withDayOfMonth(1).plusMonths(1))));
  }

  /** The first working day on or after {@code awal}, at most a month on. */
  static LocalDate hariKerjaPertama(KalenderKerja kerja, LocalDate awal) {
    LocalDate hari = awal;
    for (int i = 0; i < BATAS_HARI && !kerja.hariKerja(hari); i++) {
      hari = hari.plusDays(1);
    }
    return hari;
  }
}
