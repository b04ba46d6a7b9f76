package id.alursop.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure of a request to Camunda's REST resources, answered once and alike, wherever they
 * run: {@code /engine-rest} and the webapps' own JAX-RS applications ({@code /camunda/api/engine},
 * {@code …/cockpit}, {@code …/tasklist}, {@code …/admin}, {@code …/welcome}). Broken form rules 400
 * with each field, two users at once 409, an engine refusal the resource turned into another answer
 * 403, and everything else as {@link PenilaiGalat} reads it (4xx for bad input, 5xx only for a fault,
 * with an error id). The body keeps Camunda's shape ({@code type}, {@code message}, {@code code})
 * with an Indonesian message. A refusal is logged once, on one line, at INFO (its kind and where, no
 * submitted values); a fault at ERROR with its stack trace and error id.
 *
 * <p>The mappers reach every Jersey application through {@link Penemu} (a Jersey auto-discoverable,
 * {@code META-INF/services}); each takes one of the exception types Camunda's own handlers take, at
 * a higher priority, so that ours answer instead of Camunda's.
 */
public final class GalatEngineRest {

  private static final Logger LOG = LoggerFactory.getLogger(GalatEngineRest.class);

  /** Camunda's handlers have the default priority (5000); ours come first. */
  static final int PRIORITAS = 100;

  /** Our mappers, one per exception type Camunda's handlers take. */
  static final List<Class<?>> PEMETA = List.of(UntukSemua.class, UntukMesin.class, UntukRest.class,
      UntukJsonMapping.class, UntukJsonParse.class);

  private GalatEngineRest() {
  }

  static Response jawab(Throwable galat, HttpServletRequest request) {
    Optional<Response> khusus = FormValidationResponse.find(galat).map(FormValidationResponse::of)
        .or(() -> KonflikResponse.find(galat))
        .or(() -> galat instanceof RestException rest ? TerlarangResponse.find(rest) : Optional.empty());
    if (khusus.isPresent()) {
      catatPenolakan(khusus.get().getStatus(), galat, request);
      return khusus.get();
    }
    PenilaiGalat.Jawaban jawaban = PenilaiGalat.nilai(galat);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", jawaban.type());
    body.put("message", jawaban.message());
    if (jawaban.kodeGalat() != null) {
      body.put("kodeGalat", jawaban.kodeGalat());
      LOG.error("Gangguan {} pada {}: kode galat {}", jawaban.status(), tempat(request), jawaban.kodeGalat(), galat);
    } else {
      catatPenolakan(jawaban.status(), galat, request);
    }
    if (galat instanceof ProcessEngineException engine && engine.getCode() != 0) {
      body.put("code", engine.getCode());
    }
    return Response.status(jawaban.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private static void catatPenolakan(int status, Throwable galat, HttpServletRequest request) {
    Throwable akar = galat;
    while (akar.getCause() != null && akar.getCause() != akar) {
      akar = akar.getCause();
    }
    LOG.info("Permintaan ditolak {} pada {}: {}", status, tempat(request), akar.getClass().getSimpleName());
  }

  /** The method and the path's first segments, up to the resource (ids further on may be user names). */
  private static String tempat(HttpServletRequest request) {
    if (request == null) {
      return "?";
    }
    String[] bagian = Optional.ofNullable(request.getRequestURI()).orElse("").split("/");
    StringBuilder jalan = new StringBuilder();
    int batas = bagian.length > 1 && "camunda".equals(bagian[1]) ? 4 : 2;
    for (int i = 1; i < bagian.length && i <= batas; i++) {
      jalan.append('/').append(bagian[i]);
    }
    return request.getMethod() + " " + jalan + (bagian.length > batas + 1 ? "/…" : "");
  }

  /** Registers the mappers in every Jersey application of the server (engine REST and the webapps'). */
  public static final class Penemu implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
      for (Class<?> pemeta : PEMETA) {
        if (!context.getConfiguration().isRegistered(pemeta)) {
          context.register(pemeta, PRIORITAS);
        }
      }
    }
  }

  @Priority(PRIORITAS)
  static class UntukSemua implements ExceptionMapper<Throwable> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(Throwable galat) {
      return jawab(galat, request);
    }
  }

  @Priority(PRIORITAS)
  static class UntukMesin implements ExceptionMapper<ProcessEngineException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(ProcessEngineException galat) {
      return jawab(galat, request);
    }
  }

  @Priority(PRIORITAS)
  static class UntukRest implements ExceptionMapper<RestException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(RestException galat) {
      return jawab(galat, request);
    }
  }

  @Priority(PRIORITAS)
  static class UntukJsonMapping implements ExceptionMapper<JsonMappingException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(JsonMappingException galat) {
      return jawab(galat, request);
    }
  }

  @Priority(PRIORITAS)
  static class UntukJsonParse implements ExceptionMapper<JsonParseException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(JsonParseException galat) {
      return jawab(galat, request);
    }
  }
}
