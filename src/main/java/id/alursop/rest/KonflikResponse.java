package id.alursop.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;

/**
 * Two users acting on the same thing at once is a conflict, not a server error: HTTP 409 with an
 * Indonesian message (the task was claimed by someone else, or changed meanwhile).
 */
final class KonflikResponse {

  private KonflikResponse() {
  }

  static Optional<Response> find(Throwable error) {
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof TaskAlreadyClaimedException) {
        return Optional.of(of(t, "Tugas sudah diklaim oleh pengguna lain"));
      }
      if (t instanceof OptimisticLockingException) {
        return Optional.of(of(t, "Data baru saja diubah oleh pengguna lain; muat ulang lalu coba lagi"));
      }
    }
    return Optional.empty();
  }

  private static Response of(Throwable t, String pesan) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", t.getClass().getSimpleName());
    body.put("message", pesan);
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
