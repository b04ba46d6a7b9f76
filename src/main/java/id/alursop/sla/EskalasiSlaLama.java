package id.alursop.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The expressions of {@code sla-eskalasi} as deployed before its service tasks became delegates
 * named after their steps ({@code ${eskalasiSla.tentukanPenerima(execution)}},
 * {@code …kirimPemberitahuan…}, {@code …laksanakanTindakLanjut…}): follow-ups started on such a
 * version keep running on it. Remove once no instance of those versions is open.
 */
@Component("eskalasiSla")
public class EskalasiSlaLama {

  private final TentukanPenerimaEskalasi tentukanPenerima;
  private final KirimPemberitahuan kirimPemberitahuan;
  private final LaksanakanTindakLanjut laksanakanTindakLanjut;

  public EskalasiSlaLama(TentukanPenerimaEskalasi tentukanPenerima, KirimPemberitahuan kirimPemberitahuan,
      LaksanakanTindakLanjut laksanakanTindakLanjut) {
    this.tentukanPenerima = tentukanPenerima;
    this.kirimPemberitahuan = kirimPemberitahuan;
    this.laksanakanTindakLanjut = laksanakanTindakLanjut;
  }

  public void tentukanPenerima(DelegateExecution execution) {
    tentukanPenerima.execute(execution);
  }

  public void kirimPemberitahuan(DelegateExecution execution) {
    kirimPemberitahuan.execute(execution);
  }

  public void laksanakanTindakLanjut(DelegateExecution execution) {
    laksanakanTindakLanjut.execute(execution);
  }
}
