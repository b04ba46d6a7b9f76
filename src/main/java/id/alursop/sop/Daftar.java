package id.alursop.sop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * A list value as a model's multi-instance collection: {@code ${daftar.dari(opdDiminta)}}. The
 * Tasklist submits a checklist as JSON, REST clients as a list or a JSON string.
 */
@Component("daftar")
public class Daftar {

  public List<String> dari(Object nilai) {
    List<String> hasil = new ArrayList<>();
    if (nilai instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(e -> hasil.add(e.isString() ? e.stringValue() : e.toString()));
    } else if (nilai instanceof Collection<?> koleksi) {
      koleksi.forEach(e -> hasil.add(String.valueOf(e)));
    } else if (nilai != null) {
      for (String bagian : nilai.toString().replaceAll("[\\[\\]\"]", "").split(",")) {
        if (!bagian.isBlank()) {
          hasil.add(bagian.trim());
        }
      }
    }
    return hasil;
  }
}
