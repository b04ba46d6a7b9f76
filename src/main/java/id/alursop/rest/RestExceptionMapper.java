package id.alursop.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda's handler for REST errors, except broken form rules (400 with details), conflicts
 * between users (409) and engine refusals the resource turned into another status (403).
 */
@Provider
public class RestExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    return FormValidationResponse.find(exception).map(FormValidationResponse::of)
        .or(() -> KonflikResponse.find(exception)).or(() -> TerlarangResponse.find(exception))
        .orElseGet(() -> camunda.toResponse(exception));
  }
}
