package id.alursop.sla;

import id.alursop.engine.PenanganJob;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Gives the engine the escalation job ({@link EskalasiJobHandler}). */
@Component
public class PenanganEskalasi implements PenanganJob {

  private final ObjectProvider<PemicuEskalasi> pemicu;

  public PenanganEskalasi(ObjectProvider<PemicuEskalasi> pemicu) {
    this.pemicu = pemicu;
  }

  @Override
  public JobHandler<?> penangan() {
    return new EskalasiJobHandler(pemicu);
  }
}
