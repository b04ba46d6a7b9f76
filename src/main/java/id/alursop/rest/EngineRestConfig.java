package id.alursop.rest;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * The engine REST API as Camunda configures it, with its exception handlers replaced by one of ours
 * ({@link GalatEngineRest}): broken form rules answer HTTP 400 with a list of fields and rules, bad
 * input a 4xx with an Indonesian message, and only a fault of the server a 5xx.
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    Set<Class<?>> configuration = new HashSet<>(CamundaRestResources.getConfigurationClasses());
    configuration.remove(RestExceptionHandler.class);
    configuration.remove(ProcessEngineExceptionHandler.class);
    configuration.remove(ExceptionHandler.class);
    configuration.remove(JsonMappingExceptionHandler.class);
    configuration.remove(JsonParseExceptionHandler.class);
    registerClasses(configuration);
    GalatEngineRest.PEMETA.forEach(pemeta -> register(pemeta, GalatEngineRest.PRIORITAS));
    register(JacksonFeature.withoutExceptionMappers());
  }
}
