package id.alursop.sla;

import id.alursop.sop.StandarWaktu;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * One clock for a step done in several parts ({@code alur.tenggat = langkah}): the SOP says how long
 * the step takes, not each part. The step's first part starts it with the step's standard; every
 * part of the step, in the SOP instance or in a sub-process it calls (a review chain), then has
 * the step's due date and escalation levels, wherever in the step it opens. One clock per step
 * number and SOP instance (the top of the call chain), kept as the instance's variable
 * {@code jamLangkah<n>}: its start and standard as an ISO-8601 interval
 * ({@code 2027-01-20T01:00:00Z/P3D}).
 */
@Component
public class JamLangkah {

  static final String AWALAN_VARIABEL = "jamLangkah";

  /** A step's clock: when its first part opened, and the step's standard (a duration). */
  public record Jam(Instant mulai, StandarWaktu standar) {

    String teks() {
      return mulai + "/" + standar.jatuhTempo();
    }

    static Jam baca(String teks) {
      int garis = teks.indexOf('/');
      return new Jam(Instant.parse(teks.substring(0, garis)), StandarWaktu.baca(teks.substring(garis + 1)));
    }
  }

  /**
   * The clock of step {@code langkah} in the SOP instance of {@code execution}: the one running, or
   * one started now with {@code standar}.
   *
   * @param standar the part's own standard, resolved: it starts the clock when none runs yet
   * @return empty when no clock runs and the part brings no standard
   */
  public Optional<Jam> untuk(ExecutionEntity execution, String langkah, StandarWaktu standar) {
    ExecutionEntity sop = instansSop(execution);
    String nama = variabel(langkah);
    Object berjalan = sop.getVariableLocal(nama);
    if (berjalan != null) {
      return Optional.of(Jam.baca(berjalan.toString()));
    }
    if (!standar.ada()) {
      return Optional.empty();
    }
    Jam jam = new Jam(ClockUtil.getCurrentTime().toInstant(), standar);
    sop.setVariableLocal(nama, jam.teks());
    return Optional.of(jam);
  }

  /** The variable of the SOP instance holding step {@code langkah}'s clock. */
  public static String variabel(String langkah) {
    return AWALAN_VARIABEL + langkah;
  }

  /** The SOP instance: the process instance at the top of the call chain. */
  private static ExecutionEntity instansSop(ExecutionEntity execution) {
    ExecutionEntity instans = execution.getProcessInstance();
    while (instans.getSuperExecution() != null) {
      instans = instans.getSuperExecution().getProcessInstance();
    }
    return instans;
  }
}
