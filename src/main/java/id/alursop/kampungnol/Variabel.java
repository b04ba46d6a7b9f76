package id.alursop.kampungnol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import id.alursop.sop.NilaiProses;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Reading form values from an execution, as the Tasklist or a REST client sends them; and
 * writing a value a form reads as JSON (a table's rows, a select's options).
 */
final class Variabel {

  private static final ObjectMapper JSON = new ObjectMapper();

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

  /** A Json variable value of lists, maps and plain values, as Tasklist hands it to a Camunda Form. */
  static TypedValue json(Object nilai) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(nilai)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Nilai tidak dapat ditulis sebagai JSON", e);
    }
  }
}
