package id.alursop.sop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Values every SOP's delegates read and write: who is working the step, a form's date, and a value
 * a form reads as JSON.
 */
public final class NilaiProses {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final ObjectMapper JSON = new ObjectMapper();

  private NilaiProses() {
  }

  /** The user working the step, or null when the engine is driven without a login. */
  public static String pengguna(ProcessEngineServicesAware scope) {
    Authentication auth = scope.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  /** A date as the Tasklist ("2026-12-01") or the Java API (a Date) gives it; null when empty. */
  public static LocalDate tanggal(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(WIB).toLocalDate();
    }
    String text = value == null ? "" : value.toString().trim();
    return text.isEmpty() ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /**
   * Lists, maps and plain values as a Json variable, as Tasklist hands it to a Camunda Form (a
   * table's rows, a select's or checklist's options named by {@code valuesKey}).
   */
  public static TypedValue json(Object nilai) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(nilai)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Nilai tidak dapat ditulis sebagai JSON", e);
    }
  }
}
