package id.alursop.rest;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * The engine REST API as Camunda configures it, with two of its exception handlers replaced by
 * ours so that broken form rules answer HTTP 400 with a list of fields and rules.
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    Set<Class<?>> configuration = new HashSet<>(CamundaRestResources.getConfigurationClasses());
    configuration.remove(RestExceptionHandler.class);
    configuration.remove(ProcessEngineExceptionHandler.class);
    registerClasses(configuration);
    register(RestExceptionMapper.class);
    register(ProcessEngineExceptionMapper.class);
    register(JacksonFeature.class);
  }
}
