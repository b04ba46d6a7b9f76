package id.alursop.kalender;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's business calendars: due dates and timer durations count working time;
 * cycles ({@code R/P1M}) stay calendar cycles.
 */
@Component
public class KalenderPlugin extends AbstractProcessEnginePlugin {

  private final KalenderInstansi kalender;

  public KalenderPlugin(KalenderInstansi kalender) {
    this.kalender = kalender;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    KalenderBisnisKerja kerja = new KalenderBisnisKerja(kalender);
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, kerja);
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, kerja);
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(calendars);
  }
}
