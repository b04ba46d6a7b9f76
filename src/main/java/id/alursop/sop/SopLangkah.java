package id.alursop.sop;

import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** A step's SOP property read from the deployed model (cached by the engine), at run time. */
public final class SopLangkah {

  private SopLangkah() {
  }

  /** The value of a {@code sop.*} property of an element of a deployed process definition. */
  public static Optional<String> properti(String processDefinitionId, String elementId, String nama) {
    return properti(Context.getProcessEngineConfiguration().getDeploymentCache()
        .findBpmnModelInstanceForProcessDefinition(processDefinitionId), elementId, nama);
  }

  /**
   * The time standard of a step of a deployed process definition, with the lower bound of its
   * range ({@link StandarWaktu#TIDAK_ADA} when it has none).
   */
  public static StandarWaktu standarWaktu(String processDefinitionId, String elementId) {
    return StandarWaktu.baca(properti(processDefinitionId, elementId, SopProperties.WAKTU).orElse(null),
        properti(processDefinitionId, elementId, SopProperties.WAKTU_BAWAH).orElse(null),
        properti(processDefinitionId, elementId, SopProperties.WAKTU_TENGGAT).orElse(null));
  }

  /** The value of a {@code sop.*} property of an element of a model. */
  public static Optional<String> properti(BpmnModelInstance model, String elementId, String nama) {
    BaseElement element = model == null ? null : model.getModelElementById(elementId);
    if (element == null || element.getExtensionElements() == null) {
      return Optional.empty();
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream()).filter(p -> nama.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).filter(v -> v != null && !v.isBlank()).findFirst();
  }
}
