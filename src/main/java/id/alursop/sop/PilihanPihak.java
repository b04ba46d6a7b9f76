package id.alursop.sop;

import id.alursop.organisasi.DaftarInstansi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * An agency's parties (OPD and partners, {@code pihak} in its file) as the options of a form's
 * select or checklist: the form names the task variable in {@code valuesKey}, the model sets it
 * when the task is created ({@code task.setVariableLocal('pilihanPihak', pilihanPihak.untuk(task))}),
 * so no form holds a copy of the list. Serves every model that lets a clerk choose parties.
 */
@Component("pilihanPihak")
public class PilihanPihak {

  private final DaftarInstansi instansi;

  public PilihanPihak(DaftarInstansi instansi) {
    this.instansi = instansi;
  }

  /** The task's agency's parties as form-js options {@code [{"label": name, "value": group}]}, a Json value. */
  public TypedValue untuk(DelegateTask task) {
    List<Map<String, String>> pilihan = instansi.pihak(task.getTenantId()).stream().map(k -> {
      Map<String, String> p = new LinkedHashMap<>();
      p.put("label", k.nama());
      p.put("value", k.id());
      return p;
    }).toList();
    return NilaiProses.json(pilihan);
  }

  /** Whether a group is one of the agency's parties. */
  public boolean termasuk(String instansiId, String groupId) {
    return instansi.pihak(instansiId).stream().anyMatch(k -> k.id().equals(groupId));
  }
}
