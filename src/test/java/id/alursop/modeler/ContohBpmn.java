package id.alursop.modeler;

/** A small SOP model that keeps every convention, to be broken one way at a time by the tests. */
final class ContohBpmn {

  static final String XML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
      xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Uji" targetNamespace="http://alursop.id/bpmn">
        <bpmn:process id="PROSES" name="Uji Modeler" isExecutable="true" camunda:historyTimeToLive="1825">
          <bpmn:laneSet id="LaneSet_Uji">
            <bpmn:lane id="Lane_Bapperida" name="BAPPERIDA">
              <bpmn:flowNodeRef>StartEvent_Mulai</bpmn:flowNodeRef>
              <bpmn:flowNodeRef>Task_Langkah1</bpmn:flowNodeRef>
              <bpmn:flowNodeRef>EndEvent_Selesai</bpmn:flowNodeRef>
            </bpmn:lane>
          </bpmn:laneSet>
          <bpmn:startEvent id="StartEvent_Mulai" name="Mulai">
            <bpmn:outgoing>Flow_KeLangkah1</bpmn:outgoing>
          </bpmn:startEvent>
          <bpmn:userTask id="Task_Langkah1" name="Identifikasi lokasi" camunda:candidateGroups="bogor-bapperida" \
      camunda:formRef="kampung-nol-mulai" camunda:formRefBinding="latest">
            <bpmn:extensionElements>
              <camunda:properties>
                <camunda:property name="sop.langkah" value="1" />
                <camunda:property name="sop.waktu" value="P2D" />
              </camunda:properties>
            </bpmn:extensionElements>
            <bpmn:incoming>Flow_KeLangkah1</bpmn:incoming>
            <bpmn:outgoing>Flow_KeSelesai</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:endEvent id="EndEvent_Selesai" name="Selesai">
            <bpmn:incoming>Flow_KeSelesai</bpmn:incoming>
          </bpmn:endEvent>
          <bpmn:sequenceFlow id="Flow_KeLangkah1" sourceRef="StartEvent_Mulai" targetRef="Task_Langkah1" />
          <bpmn:sequenceFlow id="Flow_KeSelesai" sourceRef="Task_Langkah1" targetRef="EndEvent_Selesai" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  private ContohBpmn() {
  }

  /** The model with process id {@code id}. */
  static String proses(String id) {
    return XML.replace("PROSES", id);
  }
}
