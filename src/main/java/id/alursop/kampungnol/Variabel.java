package id.alursop.kampungnol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import id.alursop.sop.NilaiProses;

/**
 * Reading form values from an execution, as the Tasklist or a REST client sends them.
 */
final class Variabel {

  private Variabel() {
  }

  static String teks(DelegateExecution execution, String nama) {
    Object value = execution.getVariable(nama);
    return value == null ? "" : value.toString().trim();
  }

  static LocalDate tanggal(DelegateExecution execution, String nama) {
    return NilaiProses.tanggal(execution.getVariable(nama));
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
    return NilaiProses.pengguna(execution);
  }

}
