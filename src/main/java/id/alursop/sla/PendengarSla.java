package id.alursop.sla;

import id.alursop.engine.PendengarParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Gives the engine {@link SlaParseListener}: due dates and escalation scheduling on every model. */
@Component
public class PendengarSla implements PendengarParse {

  /** Its place among the features' parse listeners: after the logbook's, where its own plugin stood. */
  static final int URUTAN = 200;

  private final ObjectProvider<PenjadwalEskalasi> penjadwal;
  private final ObjectProvider<PenutupEskalasi> penutup;
  private final ObjectProvider<JamLangkah> jamLangkah;

  public PendengarSla(ObjectProvider<PenjadwalEskalasi> penjadwal, ObjectProvider<PenutupEskalasi> penutup,
      ObjectProvider<JamLangkah> jamLangkah) {
    this.penjadwal = penjadwal;
    this.penutup = penutup;
    this.jamLangkah = jamLangkah;
  }

  @Override
  public int urutan() {
    return URUTAN;
  }

  @Override
  public BpmnParseListener buat(ProcessEngineConfigurationImpl configuration) {
    return new SlaParseListener(configuration, penjadwal, penutup, jamLangkah);
  }
}
