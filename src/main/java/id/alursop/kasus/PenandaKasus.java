package id.alursop.kasus;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the case a task is about, when the task is created, as its task-local variable
 * {@value #VARIABEL}; Tasklist's filters show it on every task card.
 *
 * <p>What names the case is a model's property {@value #PROPERTI}, an expression over the
 * case's variables: on the user task (a household, an applicant, an OPD of a multi-instance
 * step), else on its process (the programme, the proposal, the document). A process that has
 * none and was called from another (the review chain) names its tasks as its caller does: the
 * call activity's property, else the calling process's. The task's name stays the diagram's.
 * A case that cannot be named (a variable missing) leaves the card without a name and never
 * stops the task; the label is cut at {@value #PANJANG_MAKS} characters.
 */
public class PenandaKasus implements TaskListener {

  public static final String VARIABEL = "kasus";
  public static final String PROPERTI = "alur.kasus";
  static final int PANJANG_MAKS = 200;

  private static final Logger LOG = LoggerFactory.getLogger(PenandaKasus.class);

  private final ExpressionManager ekspresi;
  private final Map<String, Expression> terbaca = new ConcurrentHashMap<>();

  public PenandaKasus(ExpressionManager ekspresi) {
    this.ekspresi = ekspresi;
  }

  @Override
  public void notify(DelegateTask task) {
    tentukan(task).ifPresent(nama -> task.setVariableLocal(VARIABEL, nama));
  }

  /** The case's name for a task, if its model names one and it can be read. */
  Optional<String> tentukan(DelegateTask task) {
    ModelElementInstance elemen = task.getBpmnModelElementInstance();
    Optional<String> teks = properti(elemen).or(() -> properti(proses(elemen)));
    if (teks.isPresent()) {
      return nilai(teks.get(), task, task.getTaskDefinitionKey());
    }
    DelegateExecution pemanggil = task.getExecution().getProcessInstance().getSuperExecution();
    while (pemanggil != null) {
      ModelElementInstance panggilan = pemanggil.getBpmnModelElementInstance();
      teks = properti(panggilan).or(() -> properti(proses(panggilan)));
      if (teks.isPresent()) {
        return nilai(teks.get(), pemanggil, task.getTaskDefinitionKey());
      }
      pemanggil = pemanggil.getProcessInstance().getSuperExecution();
    }
    return Optional.empty();
  }

  private Optional<String> nilai(String teks, VariableScope lingkup, String langkah) {
    try {
      Object nilai = terbaca.computeIfAbsent(teks, ekspresi::createExpression).getValue(lingkup);
      String nama = nilai == null ? "" : nilai.toString().strip().replaceAll("\\s+", " ");
      if (nama.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(nama.length() <= PANJANG_MAKS ? nama : nama.substring(0, PANJANG_MAKS - 1) + "…");
    } catch (RuntimeException e) {
      // the message names the expression, never a variable's value
      LOG.warn("Kasus tugas {} tidak dapat dinamai: {}", langkah, e.getMessage());
      return Optional.empty();
    }
  }

  /** The element's {@value #PROPERTI}, if it has one. */
  public static Optional<String> properti(ModelElementInstance elemen) {
    if (!(elemen instanceof BaseElement dasar) || dasar.getExtensionElements() == null) {
      return Optional.empty();
    }
    return dasar.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> PROPERTI.equals(p.getCamundaName()) && p.getCamundaValue() != null && !p.getCamundaValue().isBlank())
        .map(CamundaProperty::getCamundaValue).findFirst();
  }

  static ModelElementInstance proses(ModelElementInstance elemen) {
    ModelElementInstance induk = elemen;
    while (induk != null && !(induk instanceof Process)) {
      induk = induk.getParentElement();
    }
    return induk;
  }
}
