package id.alursop.modeler;

/** A small SOP model that keeps every convention, to be broken one way at a time by the tests. */
public final class ContohBpmn {

  public static final String XML = """
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

  /** The pool and the diagram, so that a modeler can draw it. */
  private static final String DIAGRAM = """
        <bpmndi:BPMNDiagram id="BPMNDiagram_Uji">
          <bpmndi:BPMNPlane id="BPMNPlane_Uji" bpmnElement="Collaboration_Uji">
            <bpmndi:BPMNShape id="Participant_Uji_di" bpmnElement="Participant_Uji" isHorizontal="true">
              <dc:Bounds x="160" y="80" width="600" height="200" />
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Lane_Bapperida_di" bpmnElement="Lane_Bapperida" isHorizontal="true">
              <dc:Bounds x="190" y="80" width="570" height="200" />
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="StartEvent_Mulai_di" bpmnElement="StartEvent_Mulai">
              <dc:Bounds x="232" y="162" width="36" height="36" />
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Task_Langkah1_di" bpmnElement="Task_Langkah1">
              <dc:Bounds x="340" y="140" width="100" height="80" />
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="EndEvent_Selesai_di" bpmnElement="EndEvent_Selesai">
              <dc:Bounds x="552" y="162" width="36" height="36" />
            </bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="Flow_KeLangkah1_di" bpmnElement="Flow_KeLangkah1">
              <di:waypoint x="268" y="180" />
              <di:waypoint x="340" y="180" />
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_KeSelesai_di" bpmnElement="Flow_KeSelesai">
              <di:waypoint x="440" y="180" />
              <di:waypoint x="552" y="180" />
            </bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane>
        </bpmndi:BPMNDiagram>
      </bpmn:definitions>
      """;

  /** The model with process id {@code id}. */
  public static String proses(String id) {
    return XML.replace("PROSES", id);
  }

  /** The model with process id {@code id}, in a pool, with its diagram. */
  public static String denganDiagram(String id) {
    return proses(id)
        .replace("xmlns:camunda=", "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
            + "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" "
            + "xmlns:camunda=")
        .replace("  <bpmn:process ", "  <bpmn:collaboration id=\"Collaboration_Uji\">\n"
            + "    <bpmn:participant id=\"Participant_Uji\" name=\"Uji Modeler\" processRef=\"" + id + "\" />\n"
            + "  </bpmn:collaboration>\n  <bpmn:process ")
        .replace("</bpmn:definitions>\n", DIAGRAM);
  }
}
