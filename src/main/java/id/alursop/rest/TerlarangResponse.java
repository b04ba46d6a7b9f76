package id.alursop.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * An engine refusal that Camunda's REST resource caught and turned into another answer (attaching
 * to a task answers 400 "Task id is null" for any engine error) is still a refusal: HTTP 403 with
 * the refusal's own message.
 */
final class TerlarangResponse {

  private TerlarangResponse() {
  }

  static Optional<Response> find(RestException error) {
    for (Throwable t = error.getCause(); t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof AuthorizationException ditolak) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", AuthorizationException.class.getSimpleName());
        body.put("message", PenilaiGalat.terlarang(String.valueOf(ditolak.getMessage())));
        return Optional.of(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(body).build());
      }
    }
    return Optional.empty();
  }
}
