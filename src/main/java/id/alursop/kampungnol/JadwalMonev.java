package id.alursop.kampungnol;

import id.alursop.kalender.JadwalBerkala;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * When the month's Monev opens: the first working day of the next month in the agency's calendar
 * (a weekend or holiday moves it to the next working day), when work begins that day. The shared
 * {@link JadwalBerkala} reckons it; the model's timer asks again after each firing.
 */
@Component("jadwalMonev")
public class JadwalMonev {

  private final JadwalBerkala jadwal;

  public JadwalMonev(JadwalBerkala jadwal) {
    this.jadwal = jadwal;
  }

  /** The timer's date: the first working day of the month after the engine's now. */
  public Date awalBulanBerikutnya(DelegateExecution execution) {
    return jadwal.berikutnya(execution, JadwalBerkala.Periode.BULANAN);
  }
}
