package id.alursop;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A Kampung Nol programme of Kota Bogor started for a test. Each test class names a kelurahan of
 * its own, so that its programme, business key ("Kampung Nol &lt;kelurahan&gt; RW …") and data stay its
 * own within the one application context the tests share.
 */
public final class ProgramUji {

  public static final String PROSES = "kampung-nol-kemiskinan-ekstrem";

  private ProgramUji() {
  }

  /**
   * The start form's values: the programme's name (named after the kelurahan and RW it is for:
   * the location itself is stage 1's output) and the first day of the period.
   */
  public static Map<String, Object> variabel(String kelurahan, String rw, String periodeMulai) {
    return Map.of("namaProgram", nama(kelurahan, rw), "periodeMulai", periodeMulai);
  }

  /** The programme's name a test gives it: "Program &lt;kelurahan&gt; RW &lt;rw&gt;". */
  public static String nama(String kelurahan, String rw) {
    return "Program " + kelurahan + " RW " + rw;
  }

  /** A programme in {@code kelurahan}, RW 005, from 1 December 2026. */
  public static ProcessInstance mulai(ProcessEngine engine, String kelurahan) {
    return mulai(engine, kelurahan, "005", "2026-12-01");
  }

  public static ProcessInstance mulai(ProcessEngine engine, String kelurahan, String rw, String periodeMulai) {
    return engine.getRuntimeService().startProcessInstanceByKey(PROSES, variabel(kelurahan, rw, periodeMulai));
  }
}
