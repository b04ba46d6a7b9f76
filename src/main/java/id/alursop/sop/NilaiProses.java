package id.alursop.sop;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Values every SOP's delegates read: who is working the step, and a form's date. */
public final class NilaiProses {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

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
}
