package id.alursop.modeler;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A new SOP model to start from: a pool with one lane per performer (top to bottom in the given
 * order), a start event in the first lane and an end event in the last, joined by a sequence flow,
 * Camunda 7.24 as execution platform and the history time to live the other SOPs use.
 */
public final class TemplatSop {

  public static final Pattern ID_PROSES = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int TINGGI_LAJUR = 150;
  private static final int LEBAR = 1000;
  private static final int X = 160;
  private static final int Y = 80;

  private TemplatSop() {
  }

  /**
   * @throws IllegalArgumentException with an Indonesian message for a bad id, name or lane list
   */
  public static String buat(String id, String nama, List<String> lajur) {
    return buat(id, nama, lajur, null);
  }

  /**
   * @param kelompokPemulai the group that may start the SOP ({@code camunda:candidateStarterGroups}),
   *     none when {@code null}
   * @throws IllegalArgumentException with an Indonesian message for a bad id, name or lane list
   */
  public static String buat(String id, String nama, List<String> lajur, String kelompokPemulai) {
    if (id == null || !ID_PROSES.matcher(id).matches() || id.length() > 100) {
      throw new IllegalArgumentException("Id proses harus huruf kecil, angka dan tanda '-' (mis. bogor-izin-usaha).");
    }
    if (nama == null || nama.isBlank() || nama.length() > 200) {
      throw new IllegalArgumentException("Nama SOP wajib diisi (paling banyak 200 karakter).");
    }
    List<String> lanes = lajur == null ? List.of() : lajur.stream().filter(l -> l != null && !l.isBlank())
        .map(String::trim).toList();
    if (lanes.isEmpty() || lanes.size() > 30) {
      throw new IllegalArgumentException("Isi 1 sampai 30 lajur (pelaksana), satu per baris.");
    }
    String pascal = pascal(id);
    StringBuilder xml = new StringBuilder();
    xml.append(awalDefinisi(pascal, nama.trim(), id, "Alur SOP Modeler", kelompokPemulai));
    Set<String> dipakai = new HashSet<>();
    String[] laneIds = new String[lanes.size()];
    for (int i = 0; i < lanes.size(); i++) {
      String laneId = "Lane_" + pascal(lanes.get(i));
      if (laneId.equals("Lane_")) {
        laneId = "Lane_Pelaksana";
      }
      String unik = laneId;
      for (int n = 2; !dipakai.add(unik); n++) {
        unik = laneId + n;
      }
      laneIds[i] = unik;
      xml.append("      <bpmn:lane id=\"").append(unik).append("\" name=\"").append(xmlTeks(lanes.get(i))).append("\">\n");
      if (i == 0) {
        xml.append("        <bpmn:flowNodeRef>StartEvent_Mulai</bpmn:flowNodeRef>\n");
      }
      if (i == lanes.size() - 1) {
        xml.append("        <bpmn:flowNodeRef>EndEvent_Selesai</bpmn:flowNodeRef>\n");
      }
      xml.append("      </bpmn:lane>\n");
    }
    int yAkhir = Y + (lanes.size() - 1) * TINGGI_LAJUR;
    xml.append("""
            </bpmn:laneSet>
            <bpmn:startEvent id="StartEvent_Mulai" name="Mulai">
              <bpmn:outgoing>Flow_MulaiKeSelesai</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:endEvent id="EndEvent_Selesai" name="Selesai">
              <bpmn:incoming>Flow_MulaiKeSelesai</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_MulaiKeSelesai" sourceRef="StartEvent_Mulai" targetRef="EndEvent_Selesai" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="BPMNDiagram_%1$s">
            <bpmndi:BPMNPlane id="BPMNPlane_%1$s" bpmnElement="Collaboration_%1$s">
              <bpmndi:BPMNShape id="Participant_%1$s_di" bpmnElement="Participant_%1$s" isHorizontal="true">
                <dc:Bounds x="%2$d" y="%3$d" width="%4$d" height="%5$d" />
              </bpmndi:BPMNShape>
        """.formatted(pascal, X, Y, LEBAR, lanes.size() * TINGGI_LAJUR));
    for (int i = 0; i < lanes.size(); i++) {
      xml.append("""
                <bpmndi:BPMNShape id="%1$s_di" bpmnElement="%1$s" isHorizontal="true">
                  <dc:Bounds x="%2$d" y="%3$d" width="%4$d" height="%5$d" />
                </bpmndi:BPMNShape>
          """.formatted(laneIds[i], X + 30, Y + i * TINGGI_LAJUR, LEBAR - 30, TINGGI_LAJUR));
    }
    int yMulai = Y + TINGGI_LAJUR / 2 - 18;
    int ySelesai = yAkhir + TINGGI_LAJUR / 2 - 18;
    int xSelesai = X + LEBAR - 150;
    xml.append("""
              <bpmndi:BPMNShape id="StartEvent_Mulai_di" bpmnElement="StartEvent_Mulai">
                <dc:Bounds x="%1$d" y="%2$d" width="36" height="36" />
                <bpmndi:BPMNLabel>
                  <dc:Bounds x="%3$d" y="%4$d" width="28" height="14" />
                </bpmndi:BPMNLabel>
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="EndEvent_Selesai_di" bpmnElement="EndEvent_Selesai">
                <dc:Bounds x="%5$d" y="%6$d" width="36" height="36" />
                <bpmndi:BPMNLabel>
                  <dc:Bounds x="%7$d" y="%8$d" width="40" height="14" />
                </bpmndi:BPMNLabel>
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_MulaiKeSelesai_di" bpmnElement="Flow_MulaiKeSelesai">
                <di:waypoint x="%9$d" y="%10$d" />
                %12$s
              </bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """.formatted(X + 80, yMulai, X + 84, yMulai + 43, xSelesai, ySelesai, xSelesai - 2, ySelesai + 43,
        X + 116, yMulai + 18, xSelesai + 18, lanes.size() == 1
            ? "<di:waypoint x=\"" + xSelesai + "\" y=\"" + (yMulai + 18) + "\" />"
            : "<di:waypoint x=\"" + (xSelesai + 18) + "\" y=\"" + (yMulai + 18) + "\" />\n"
              + "        <di:waypoint x=\"" + (xSelesai + 18) + "\" y=\"" + ySelesai + "\" />"));
    return xml.toString();
  }

  /** {@code bogor-izin-usaha} → {@code BogorIzinUsaha}; {@code Kepala Dinas} → {@code KepalaDinas}. */
  static String pascal(String teks) {
    String ascii = Normalizer.normalize(teks, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder hasil = new StringBuilder();
    for (String bagian : ascii.split("[^A-Za-z0-9]+")) {
      if (!bagian.isEmpty()) {
        hasil.append(bagian.substring(0, 1).toUpperCase(Locale.ROOT)).append(bagian.substring(1));
      }
    }
    String s = hasil.length() > 60 ? hasil.substring(0, 60) : hasil.toString();
    return !s.isEmpty() && Character.isDigit(s.charAt(0)) ? "L" + s : s;
  }

  /**
   * The start of a generated model, up to its lane set: definitions, the pool and the executable
   * process (started by {@code kelompokPemulai}, none when null), as the modeler's template and the
   * table import write it.
   */
  static String awalDefinisi(String pascal, String nama, String id, String pengekspor, String kelompokPemulai) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
        xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" \
        xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" \
        xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_%1$s" targetNamespace="http://alursop.id/bpmn" \
        exporter="%5$s" exporterVersion="1.0" modeler:executionPlatform="Camunda Platform" \
        modeler:executionPlatformVersion="7.24.0">
          <bpmn:collaboration id="Collaboration_%1$s">
            <bpmn:participant id="Participant_%1$s" name="%2$s" processRef="%3$s" />
          </bpmn:collaboration>
          <bpmn:process id="%3$s" name="%2$s" isExecutable="true" camunda:historyTimeToLive="1825"%4$s>
            <bpmn:laneSet id="LaneSet_%1$s">
        """.formatted(pascal, xmlTeks(nama), id, kelompokPemulai == null ? ""
            : " camunda:candidateStarterGroups=\"" + xmlTeks(kelompokPemulai) + "\"", pengekspor);
  }

  static String xmlTeks(String teks) {
    return teks.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
