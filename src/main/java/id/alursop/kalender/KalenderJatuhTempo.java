package id.alursop.kalender;

import id.alursop.engine.KalenderEngine;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

/** Gives the engine the working-time calendar: due dates and timer durations count working time. */
@Component
public class KalenderJatuhTempo implements KalenderEngine {

  private final KalenderInstansi kalender;

  public KalenderJatuhTempo(KalenderInstansi kalender) {
    this.kalender = kalender;
  }

  @Override
  public BusinessCalendar kalender() {
    return new KalenderBisnisKerja(kalender);
  }
}
