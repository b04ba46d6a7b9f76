package id.alursop.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure of an {@code /engine-rest} request, answered once: broken form rules 400 with each
 * field, two users at once 409, an engine refusal the resource turned into another answer 403, and
 * everything else as {@link PenilaiGalat} reads it (4xx for bad input, 5xx only for a fault, with an
 * error id). The body keeps Camunda's shape ({@code type}, {@code message}, {@code code}) with an
 * Indonesian message. A refusal is logged once, on one line, at INFO (its kind and where, no
 * submitted values); a fault at ERROR with its stack trace and error id.
 */
@Provider
public class GalatEngineRest implements ExceptionMapper<Throwable> {

  private static final Logger LOG = LoggerFactory.getLogger(GalatEngineRest.class);

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable galat) {
    Optional<Response> khusus = FormValidationResponse.find(galat).map(FormValidationResponse::of)
        .or(() -> KonflikResponse.find(galat))
        .or(() -> galat instanceof org.camunda.bpm.engine.rest.exception.RestException rest
            ? TerlarangResponse.find(rest) : Optional.empty());
    if (khusus.isPresent()) {
      catatPenolakan(khusus.get().getStatus(), galat);
      return khusus.get();
    }
    PenilaiGalat.Jawaban jawaban = PenilaiGalat.nilai(galat);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", jawaban.type());
    body.put("message", jawaban.message());
    if (jawaban.kodeGalat() != null) {
      body.put("kodeGalat", jawaban.kodeGalat());
      LOG.error("Gangguan {} pada {}: kode galat {}", jawaban.status(), tempat(), jawaban.kodeGalat(), galat);
    } else {
      catatPenolakan(jawaban.status(), galat);
    }
    if (galat instanceof ProcessEngineException engine && engine.getCode() != 0) {
      body.put("code", engine.getCode());
    }
    return Response.status(jawaban.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private void catatPenolakan(int status, Throwable galat) {
    LOG.info("Permintaan ditolak {} pada {}: {}", status, tempat(), galat.getClass().getSimpleName());
  }

  /** The method and the path's first two segments (ids further on may be user names). */
  private String tempat() {
    if (request == null) {
      return "?";
    }
    String[] bagian = Optional.ofNullable(request.getRequestURI()).orElse("").split("/");
    StringBuilder jalan = new StringBuilder();
    for (int i = 1; i < bagian.length && i <= 2; i++) {
      jalan.append('/').append(bagian[i]);
    }
    return request.getMethod() + " " + jalan + (bagian.length > 3 ? "/…" : "");
  }
}
