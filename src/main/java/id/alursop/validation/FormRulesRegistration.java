package id.alursop.validation;

import id.alursop.engine.InterseptorPerintah;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Puts {@link FormRulesInterceptor} into the engine's command chain. */
@Component
public class FormRulesRegistration implements InterseptorPerintah {

  /** Its place among the features' interceptors (the lowest runs first, outermost). */
  static final int URUTAN = 100;

  @Override
  public int urutan() {
    return URUTAN;
  }

  @Override
  public CommandInterceptor buat() {
    return new FormRulesInterceptor();
  }
}
