package id.alursop.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A start stopped by {@link AwalDitolak} is reported as one clear description (the variable and
 * the rule it breaks) and the action, in Spring Boot's "APPLICATION FAILED TO START" block,
 * instead of a stack trace. Before Spring Boot's own analyzers, so that a refusal inside the
 * binding of {@code alur.admin} is told in its own words. Registered in
 * {@code META-INF/spring.factories}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AnalisisAwalDitolak extends AbstractFailureAnalyzer<AwalDitolak> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AwalDitolak cause) {
    return new FailureAnalysis(cause.getMessage(), cause.tindakan(), cause);
  }
}
