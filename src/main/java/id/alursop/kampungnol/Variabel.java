package id.alursop.kampungnol;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Reading form values from an execution, as the Tasklist or a REST client sends them. */
final class Variabel {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private Variabel() {
  }

  static String teks(DelegateExecution execution, String nama) {
    Object value = execution.getVariable(nama);
    return value == null ? "" : value.toString().trim();
  }

  static LocalDate tanggal(DelegateExecution execution, String nama) {
    Object value = execution.getVariable(nama);
    if (value instanceof Date date) {
      return date.toInstant().atZone(WIB).toLocalDate();
    }
    String text = value == null ? "" : value.toString().trim();
    return text.isEmpty() ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /** A checklist value: a list, or a JSON-like array string {@code ["a","b"]}. */
  static List<String> daftar(DelegateExecution execution, String nama) {
    Object value = execution.getVariable(nama);
    List<String> items = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> items.add(String.valueOf(item)));
    } else if (value != null) {
      for (String part : value.toString().replaceAll("[\\[\\]\"]", "").split(",")) {
        if (!part.isBlank()) {
          items.add(part.trim());
        }
      }
    }
    return items;
  }

  /** The user working the step, or null when the engine is driven without a login. */
  static String pengguna(DelegateExecution execution) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
