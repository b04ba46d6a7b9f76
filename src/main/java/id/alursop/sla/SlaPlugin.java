package id.alursop.sla;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Registers due dates, escalation scheduling and the escalation job with the engine. */
@Component
public class SlaPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<PenjadwalEskalasi> penjadwal;
  private final ObjectProvider<PemicuEskalasi> pemicu;
  private final ObjectProvider<PenutupEskalasi> penutup;

  public SlaPlugin(ObjectProvider<PenjadwalEskalasi> penjadwal, ObjectProvider<PemicuEskalasi> pemicu,
      ObjectProvider<PenutupEskalasi> penutup) {
    this.penjadwal = penjadwal;
    this.pemicu = pemicu;
    this.penutup = penutup;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new SlaParseListener(configuration, penjadwal, penutup));
    if (configuration.getCustomJobHandlers() == null) {
      configuration.setCustomJobHandlers(new ArrayList<>());
    }
    configuration.getCustomJobHandlers().add(new EskalasiJobHandler(pemicu));
  }
}
