package id.alursop.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Open instances of every SOP of every agency, each waiting at one of its user tasks, made through
 * the engine (due dates and escalation jobs as in real use): the load for the task list and heap
 * metrics. Each instance is started directly before one user task, round robin over all user
 * tasks of all SOPs (those outside multi-instance scopes, with fixed candidate groups).
 */
final class TugasTerbuka {

  private record Sasaran(String definisiId, String aktivitas, String tenant) {
  }

  private TugasTerbuka() {
  }

  static int buat(ProcessEngine engine, int jumlah, String label) throws Exception {
    List<Sasaran> sasaran = new CopyOnWriteArrayList<>(sasaran(engine));
    AtomicInteger dibuat = new AtomicInteger();
    AtomicInteger giliran = new AtomicInteger();
    ExecutorService kerja = Executors.newFixedThreadPool(2);
    List<Future<?>> hasil = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int t = 0; t < 2; t++) {
      hasil.add(kerja.submit(() -> {
        while (dibuat.get() < jumlah && !sasaran.isEmpty()) {
          int i = giliran.getAndIncrement();
          Sasaran s = sasaran.get(i % sasaran.size());
          try {
            engine.getRuntimeService().createProcessInstanceById(s.definisiId()).businessKey("bench-" + i)
                .startBeforeActivity(s.aktivitas()).execute(false, true);
          } catch (RuntimeException e) {
            sasaran.remove(s); // a task that cannot be reached without its earlier steps' data
            continue;
          }
          int n = dibuat.incrementAndGet();
          if (n % Math.max(1, jumlah / 10) == 0) {
            Hasil.kemajuan(label + ": " + n + " of " + jumlah + " open instances ("
                + (int) (n / ((System.nanoTime() - t0) / 1e9)) + "/s)");
          }
        }
        return null;
      }));
    }
    for (Future<?> f : hasil) {
      f.get();
    }
    kerja.shutdown();
    return dibuat.get();
  }

  private static List<Sasaran> sasaran(ProcessEngine engine) {
    List<Sasaran> semua = new ArrayList<>();
    for (ProcessDefinition d : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      if (d.getKey().startsWith("bench") || d.getKey().equals("sla-eskalasi")) {
        continue;
      }
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(d.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String kelompok = task.getCamundaCandidateGroups();
        if (kelompok != null && !kelompok.contains("${") && !dalamMultiInstance(task)) {
          semua.add(new Sasaran(d.getId(), task.getId(), d.getTenantId()));
        }
      }
    }
    return semua;
  }

  private static boolean dalamMultiInstance(FlowElement element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if ((e instanceof UserTask || e instanceof SubProcess)
          && !((org.camunda.bpm.model.bpmn.instance.Activity) e).getChildElementsByType(
              MultiInstanceLoopCharacteristics.class).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
