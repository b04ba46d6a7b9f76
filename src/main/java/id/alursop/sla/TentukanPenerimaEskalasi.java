package id.alursop.sla;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Tentukan penerima eskalasi" in {@code sla-eskalasi}: the supervisor of the performer's lane,
 * or the head, as {@code kelompokPenerima}.
 */
@Component("tentukanPenerimaEskalasi")
public class TentukanPenerimaEskalasi implements JavaDelegate {

  private final RantaiEskalasi rantai;

  public TentukanPenerimaEskalasi(RantaiEskalasi rantai) {
    this.rantai = rantai;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> pelaksana = Arrays.stream(String.valueOf(execution.getVariable("kelompokPelaksana")).split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).toList();
    execution.setVariable("kelompokPenerima", rantai.penerima((String) execution.getVariable("instansi"), pelaksana,
        TingkatEskalasi.valueOf((String) execution.getVariable("tingkat"))));
  }
}
