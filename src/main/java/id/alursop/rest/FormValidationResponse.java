package id.alursop.rest;

import id.alursop.validation.FormValidationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP 400 answer for broken form rules: each field and rule, in Indonesian. A rule broken in
 * a row of a dynamic list also names the list ({@code list}, its path) and the row ({@code row},
 * from 1); its label and message start with "&lt;list label&gt; baris &lt;row&gt;: ".
 */
final class FormValidationResponse {

  private FormValidationResponse() {
  }

  /** The validation failure somewhere in the cause chain, if any. */
  static Optional<FormValidationException> find(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof FormValidationException e) {
        return Optional.of(e);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  static Response of(FormValidationException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "FormValidationException");
    body.put("message", e.getMessage());
    body.put("errors", rincian(e));
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** Each broken rule as the answers list it: field, label, rule, message, and list and row in a list. */
  static List<Map<String, Object>> rincian(FormValidationException e) {
    return e.getPelanggaran().stream().map(p -> {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("field", p.field());
      error.put("label", p.label());
      error.put("rule", p.rule());
      error.put("message", p.message());
      if (p.list() != null) {
        error.put("list", p.list());
        error.put("row", p.row());
      }
      return error;
    }).toList();
  }
}
