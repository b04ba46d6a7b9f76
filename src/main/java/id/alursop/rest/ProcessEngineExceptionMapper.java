package id.alursop.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Camunda's handler for engine errors, except broken form rules (400 with details) and conflicts
 * between users (409).
 */
@Provider
public class ProcessEngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return FormValidationResponse.find(exception).map(FormValidationResponse::of)
        .or(() -> KonflikResponse.find(exception)).orElseGet(() -> camunda.toResponse(exception));
  }
}
