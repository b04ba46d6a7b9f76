package id.alursop;

import id.alursop.validation.FormField;
import id.alursop.validation.FormSchema;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives an SOP instance through the real engine like its staff would: each open task (in the
 * instance and in the review chains it calls) is completed with values its deployed form
 * accepts; a caller may choose values for chosen fields.
 */
public final class PengemudiSop {

  public static final List<String> SEMUA_OPD = List.of("ketapang-opd-dinas-sosial", "ketapang-opd-dinas-kesehatan",
      "ketapang-opd-dinas-pendidikan");

  private final ProcessEngine engine;

  public PengemudiSop(ProcessEngine engine) {
    this.engine = engine;
  }

  public ProcessInstance mulai(String processKey) {
    return engine.getRuntimeService().startProcessInstanceByKey(processKey, Map.of("tahunAnggaran", 2027L,
        "perihal", "Uji " + processKey, "nomorDisposisi", "D/12/2026"));
  }

  /** The open tasks of an instance and of the instances it called, oldest first. */
  public List<Task> tugasTerbuka(String instance) {
    List<String> instans = new ArrayList<>(List.of(instance));
    for (int i = 0; i < instans.size(); i++) {
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instans.get(i)).list()
          .forEach(p -> instans.add(p.getId()));
    }
    List<Task> tasks = new ArrayList<>();
    for (String id : instans) {
      tasks.addAll(engine.getTaskService().createTaskQuery().processInstanceId(id).orderByTaskCreateTime().asc().list());
    }
    return tasks;
  }

  /** Completes one task with valid values; {@code pilihan} may give values for some fields. */
  public void selesaikan(Task task, Map<String, Object> pilihan) {
    if (dokumentasiWajib(task)) {
      // attached as the tab Dokumen attaches it (as the application), whoever is logged in
      org.camunda.bpm.engine.impl.identity.Authentication masuk = engine.getIdentityService().getCurrentAuthentication();
      engine.getIdentityService().clearAuthentication();
      try {
        FotoUji.lampirkan(engine, task);
      } finally {
        if (masuk != null) {
          engine.getIdentityService().setAuthentication(masuk);
        }
      }
    }
    engine.getTaskService().complete(task.getId(), isian(task, pilihan));
  }

  /** Whether the task's model requires visual documentation ({@code alur.dokumentasi = wajib}). */
  public boolean dokumentasiWajib(Task task) {
    return id.alursop.sop.SopLangkah.properti(engine.getRepositoryService().getBpmnModelInstance(
        task.getProcessDefinitionId()), task.getTaskDefinitionKey(), "alur.dokumentasi").filter("wajib"::equals)
        .isPresent();
  }

  /** Runs until the instance ends (at most {@code batas} tasks); {@code pilih} gives field values per task. */
  public int jalankan(String instance, Function<Task, Map<String, Object>> pilih, int batas) {
    int selesai = 0;
    for (List<Task> open = tugasTerbuka(instance); !open.isEmpty(); open = tugasTerbuka(instance)) {
      if (++selesai > batas) {
        throw new AssertionError("still running after " + batas + " tasks: " + open.get(0).getTaskDefinitionKey());
      }
      Task task = open.get(0);
      selesaikan(task, pilih.apply(task));
    }
    return selesai;
  }

  public Map<String, Object> isian(Task task, Map<String, Object> pilihan) {
    Map<String, Object> nilai = new HashMap<>();
    try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      for (FormField field : FormSchema.parse(form).fields()) {
        nilai.put(field.key(), IsianContoh.untuk(field));
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    if (nilai.containsKey("opdDiminta")) {
      nilai.put("opdDiminta", SEMUA_OPD);
    }
    if (nilai.containsKey("keputusanTinjauan")) {
      nilai.put("keputusanTinjauan", "setujui");
    }
    nilai.putAll(pilihan);
    return nilai;
  }
}
