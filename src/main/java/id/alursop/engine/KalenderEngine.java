package id.alursop.engine;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;

/**
 * The business calendar due dates and timer durations are counted in, given by a feature through
 * {@link AlurEnginePlugin}; cycles ({@code R/P1M}) stay calendar cycles. At most one bean.
 */
public interface KalenderEngine {

  /** The calendar for due dates and durations. */
  BusinessCalendar kalender();
}
