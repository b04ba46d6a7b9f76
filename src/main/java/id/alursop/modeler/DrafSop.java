package id.alursop.modeler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.alursop.sop.SopProperties;
import id.alursop.sop.StandarWaktu;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The draft of an imported SOP table, following the conventions of the hand-drawn models: the
 * process (id as given, executable, history time to live, started by the first step's lane's
 * group) in a pool with one lane per performer (table order), a start event, one user task per
 * step (row order) in its performer's lane with the lane's group, its form and the {@code sop.*}
 * properties, an end event, laid out left to right (one column per step); and one Camunda Form
 * per step ({@code <id>-l<n>}: the Kelengkapan as a checklist, the Output, a note).
 */
final class DrafSop {

  private static final int X = 160;
  private static final int Y = 80;
  private static final int JUDUL_LAJUR = 30;
  private static final int TINGGI_LAJUR = 140;
  private static final int KOLOM = 180;
  private static final int LEBAR_TUGAS = 150;
  private static final int TINGGI_TUGAS = 110;
  private static final Set<String> KATA_SAMBUNG = Set.of("dan", "atau", "yang", "di", "ke", "dari", "untuk",
      "dengan", "serta", "pada", "dalam", "oleh", "the", "of");
  private static final ObjectMapper JSON = new ObjectMapper();

  private DrafSop() {
  }

  /**
   * @param kelompok the group of each performer (lane name → group id)
   * @return the model ({@code processes/<id>.bpmn}) first, then the forms ({@code forms/<id>/<id>-l<n>.form})
   */
  static List<PenerapanModeler.Berkas> buat(String id, String nama, TabelSop.Hasil tabel, Map<String, String> kelompok) {
    List<PenerapanModeler.Berkas> berkas = new ArrayList<>();
    berkas.add(new PenerapanModeler.Berkas("processes/" + id + ".bpmn", bpmn(id, nama, tabel, kelompok)));
    for (TabelSop.Langkah langkah : tabel.langkah()) {
      berkas.add(new PenerapanModeler.Berkas("forms/" + id + "/" + idFormulir(id, langkah) + ".form",
          formulir(id, langkah)));
    }
    return berkas;
  }

  static String idFormulir(String id, TabelSop.Langkah langkah) {
    return id + "-l" + langkah.nomor();
  }

  static String idTugas(TabelSop.Langkah langkah) {
    StringBuilder nama = new StringBuilder();
    int kata = 0;
    String ascii = Normalizer.normalize(langkah.kegiatan(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    for (String bagian : ascii.split("[^A-Za-z0-9]+")) {
      if (bagian.isEmpty() || (kata > 0 && KATA_SAMBUNG.contains(bagian.toLowerCase(Locale.ROOT)))) {
        continue;
      }
      nama.append(bagian.substring(0, 1).toUpperCase(Locale.ROOT)).append(bagian.substring(1).toLowerCase(Locale.ROOT));
      if (++kata == 3 || nama.length() >= 40) {
        break;
      }
    }
    String akhir = nama.length() > 40 ? nama.substring(0, 40) : nama.toString();
    return kode(langkah) + (akhir.isEmpty() ? "" : "_" + akhir);
  }

  private static String kode(TabelSop.Langkah langkah) {
    return "Task_L" + String.format(Locale.ROOT, "%02d", langkah.nomor());
  }

  private static String langkahFlow(TabelSop.Langkah langkah) {
    return "L" + String.format(Locale.ROOT, "%02d", langkah.nomor());
  }

  private static String bpmn(String id, String nama, TabelSop.Hasil tabel, Map<String, String> kelompok) {
    String pascal = TemplatSop.pascal(id);
    List<TabelSop.Langkah> langkah = tabel.langkah();
    List<String> lajur = tabel.pelaksana();
    Map<String, String> idLajur = new LinkedHashMap<>();
    Set<String> dipakai = new HashSet<>();
    for (String l : lajur) {
      String laneId = "Lane_" + TemplatSop.pascal(l);
      if (laneId.equals("Lane_")) {
        laneId = "Lane_Pelaksana";
      }
      String unik = laneId;
      for (int n = 2; !dipakai.add(unik); n++) {
        unik = laneId + n;
      }
      idLajur.put(l, unik);
    }
    String lajurAwal = langkah.get(0).pelaksana();
    String lajurAkhir = langkah.get(langkah.size() - 1).pelaksana();
    List<String> idTugas = langkah.stream().map(DrafSop::idTugas).toList();
    List<String> flow = new ArrayList<>();
    flow.add("Flow_MulaiKe" + langkahFlow(langkah.get(0)));
    for (int i = 1; i < langkah.size(); i++) {
      flow.add("Flow_" + langkahFlow(langkah.get(i - 1)) + "Ke" + langkahFlow(langkah.get(i)));
    }
    flow.add("Flow_" + langkahFlow(langkah.get(langkah.size() - 1)) + "KeSelesai");

    StringBuilder xml = new StringBuilder();
    xml.append(TemplatSop.awalDefinisi(pascal, nama, id, "Alur SOP Impor Tabel", kelompok.get(lajurAwal)));
    for (String l : lajur) {
      xml.append("      <bpmn:lane id=\"").append(idLajur.get(l)).append("\" name=\"").append(TemplatSop.xmlTeks(l)).append("\">\n");
      if (l.equals(lajurAwal)) {
        xml.append("        <bpmn:flowNodeRef>StartEvent_Mulai</bpmn:flowNodeRef>\n");
      }
      for (int i = 0; i < langkah.size(); i++) {
        if (langkah.get(i).pelaksana().equals(l)) {
          xml.append("        <bpmn:flowNodeRef>").append(idTugas.get(i)).append("</bpmn:flowNodeRef>\n");
        }
      }
      if (l.equals(lajurAkhir)) {
        xml.append("        <bpmn:flowNodeRef>EndEvent_Selesai</bpmn:flowNodeRef>\n");
      }
      xml.append("      </bpmn:lane>\n");
    }
    xml.append("    </bpmn:laneSet>\n");
    xml.append("    <bpmn:startEvent id=\"StartEvent_Mulai\" name=\"SOP dimulai\">\n")
        .append("      <bpmn:outgoing>").append(flow.get(0)).append("</bpmn:outgoing>\n")
        .append("    </bpmn:startEvent>\n");
    for (int i = 0; i < langkah.size(); i++) {
      TabelSop.Langkah l = langkah.get(i);
      xml.append("    <bpmn:userTask id=\"").append(idTugas.get(i)).append("\" name=\"").append(TemplatSop.xmlTeks(l.kegiatan()))
          .append("\" camunda:candidateGroups=\"").append(TemplatSop.xmlTeks(kelompok.get(l.pelaksana())))
          .append("\" camunda:formRef=\"").append(idFormulir(id, l)).append("\" camunda:formRefBinding=\"latest\">\n");
      if (!l.keterangan().isEmpty()) {
        xml.append("      <bpmn:documentation>").append(TemplatSop.xmlTeks(l.keterangan())).append("</bpmn:documentation>\n");
      }
      xml.append("      <bpmn:extensionElements>\n        <camunda:properties>\n");
      properti(xml, SopProperties.LANGKAH, Integer.toString(l.nomor()));
      properti(xml, SopProperties.PELAKSANA, l.pelaksana());
      if (l.waktu().ada()) {
        properti(xml, SopProperties.WAKTU, l.waktu().teks());
        l.waktu().bawah().ifPresent(b -> properti(xml, SopProperties.WAKTU_BAWAH, b.teks()));
      }
      if (!l.output().isEmpty()) {
        properti(xml, SopProperties.OUTPUT, l.output());
      }
      xml.append("        </camunda:properties>\n      </bpmn:extensionElements>\n");
      xml.append("      <bpmn:incoming>").append(flow.get(i)).append("</bpmn:incoming>\n");
      xml.append("      <bpmn:outgoing>").append(flow.get(i + 1)).append("</bpmn:outgoing>\n");
      xml.append("    </bpmn:userTask>\n");
    }
    xml.append("    <bpmn:endEvent id=\"EndEvent_Selesai\" name=\"SOP selesai\">\n")
        .append("      <bpmn:incoming>").append(flow.get(flow.size() - 1)).append("</bpmn:incoming>\n")
        .append("    </bpmn:endEvent>\n");
    List<String> simpul = new ArrayList<>();
    simpul.add("StartEvent_Mulai");
    simpul.addAll(idTugas);
    simpul.add("EndEvent_Selesai");
    for (int i = 0; i < flow.size(); i++) {
      xml.append("    <bpmn:sequenceFlow id=\"").append(flow.get(i)).append("\" sourceRef=\"").append(simpul.get(i))
          .append("\" targetRef=\"").append(simpul.get(i + 1)).append("\" />\n");
    }
    xml.append("  </bpmn:process>\n");
    diagram(xml, pascal, lajur, idLajur, langkah, idTugas, flow);
    xml.append("</bpmn:definitions>\n");
    return xml.toString();
  }

  /** Left to right: the start event, one column per step, the end event; flows orthogonal between columns. */
  private static void diagram(StringBuilder xml, String pascal, List<String> lajur, Map<String, String> idLajur,
      List<TabelSop.Langkah> langkah, List<String> idTugas, List<String> flow) {
    int xMulai = X + JUDUL_LAJUR + 40;
    int xTugas0 = xMulai + 36 + 64;
    int xSelesai = xTugas0 + langkah.size() * KOLOM + 14;
    int lebar = xSelesai + 36 + 50 - X;
    xml.append("  <bpmndi:BPMNDiagram id=\"BPMNDiagram_").append(pascal).append("\">\n")
        .append("    <bpmndi:BPMNPlane id=\"BPMNPlane_").append(pascal).append("\" bpmnElement=\"Collaboration_")
        .append(pascal).append("\">\n");
    bentuk(xml, "Participant_" + pascal, X, Y, lebar, lajur.size() * TINGGI_LAJUR, true);
    for (int i = 0; i < lajur.size(); i++) {
      bentuk(xml, idLajur.get(lajur.get(i)), X + JUDUL_LAJUR, Y + i * TINGGI_LAJUR, lebar - JUDUL_LAJUR, TINGGI_LAJUR,
          true);
    }
    // the centre line of each node, and its left and right edge
    int n = langkah.size() + 2;
    int[] yTengah = new int[n];
    int[] kiri = new int[n];
    int[] kanan = new int[n];
    yTengah[0] = tengahLajur(lajur, langkah.get(0).pelaksana());
    kiri[0] = xMulai;
    kanan[0] = xMulai + 36;
    xml.append(acara("StartEvent_Mulai", xMulai, yTengah[0], 60));
    for (int i = 0; i < langkah.size(); i++) {
      int x = xTugas0 + i * KOLOM;
      yTengah[i + 1] = tengahLajur(lajur, langkah.get(i).pelaksana());
      kiri[i + 1] = x;
      kanan[i + 1] = x + LEBAR_TUGAS;
      bentuk(xml, idTugas.get(i), x, yTengah[i + 1] - TINGGI_TUGAS / 2, LEBAR_TUGAS, TINGGI_TUGAS, false);
    }
    yTengah[n - 1] = tengahLajur(lajur, langkah.get(langkah.size() - 1).pelaksana());
    kiri[n - 1] = xSelesai;
    kanan[n - 1] = xSelesai + 36;
    xml.append(acara("EndEvent_Selesai", xSelesai, yTengah[n - 1], 60));
    for (int i = 0; i < flow.size(); i++) {
      xml.append("      <bpmndi:BPMNEdge id=\"").append(flow.get(i)).append("_di\" bpmnElement=\"").append(flow.get(i))
          .append("\">\n");
      titik(xml, kanan[i], yTengah[i]);
      if (yTengah[i] != yTengah[i + 1]) {
        int xBelok = (kanan[i] + kiri[i + 1]) / 2;
        titik(xml, xBelok, yTengah[i]);
        titik(xml, xBelok, yTengah[i + 1]);
      }
      titik(xml, kiri[i + 1], yTengah[i + 1]);
      xml.append("      </bpmndi:BPMNEdge>\n");
    }
    xml.append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n");
  }

  private static int tengahLajur(List<String> lajur, String pelaksana) {
    return Y + lajur.indexOf(pelaksana) * TINGGI_LAJUR + TINGGI_LAJUR / 2;
  }

  private static String acara(String id, int x, int yTengah, int lebarLabel) {
    return """
              <bpmndi:BPMNShape id="%1$s_di" bpmnElement="%1$s">
                <dc:Bounds x="%2$d" y="%3$d" width="36" height="36" />
                <bpmndi:BPMNLabel>
                  <dc:Bounds x="%4$d" y="%5$d" width="%6$d" height="14" />
                </bpmndi:BPMNLabel>
              </bpmndi:BPMNShape>
        """.formatted(id, x, yTengah - 18, x + 18 - lebarLabel / 2, yTengah + 25, lebarLabel);
  }

  private static void bentuk(StringBuilder xml, String id, int x, int y, int lebar, int tinggi, boolean horizontal) {
    xml.append("      <bpmndi:BPMNShape id=\"").append(id).append("_di\" bpmnElement=\"").append(id).append("\"")
        .append(horizontal ? " isHorizontal=\"true\"" : "").append(">\n")
        .append("        <dc:Bounds x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(lebar)
        .append("\" height=\"").append(tinggi).append("\" />\n")
        .append("      </bpmndi:BPMNShape>\n");
  }

  private static void titik(StringBuilder xml, int x, int y) {
    xml.append("        <di:waypoint x=\"").append(x).append("\" y=\"").append(y).append("\" />\n");
  }

  private static void properti(StringBuilder xml, String nama, String nilai) {
    xml.append("          <camunda:property name=\"").append(nama).append("\" value=\"").append(TemplatSop.xmlTeks(nilai))
        .append("\" />\n");
  }

  /** The step's form: what it is, the Kelengkapan at hand, the Output (required) and a note. */
  static String formulir(String id, TabelSop.Langkah langkah) {
    int n = langkah.nomor();
    ObjectNode form = JSON.createObjectNode();
    form.put("type", "default");
    form.put("id", idFormulir(id, langkah));
    form.put("schemaVersion", 16);
    form.put("executionPlatform", "Camunda Platform");
    form.put("executionPlatformVersion", "7.24.0");
    form.putObject("exporter").put("name", "Alur SOP").put("version", "1.0");
    ArrayNode komponen = form.putArray("components");
    StringBuilder teks = new StringBuilder("### Langkah ").append(n).append(": ").append(markdown(langkah.kegiatan()));
    if (!langkah.kelengkapan().isEmpty()) {
      teks.append("\n\n**Kelengkapan:** ").append(markdown(String.join(", ", langkah.kelengkapan())));
    }
    if (!langkah.output().isEmpty()) {
      teks.append("\n\n**Hasil:** ").append(markdown(langkah.output()));
    }
    if (langkah.waktu().ada()) {
      teks.append("\n\n**Waktu:** ").append(StandarWaktuTeks.teks(langkah.waktu()));
    }
    if (!langkah.keterangan().isEmpty()) {
      teks.append("\n\n**Keterangan:** ").append(markdown(langkah.keterangan()));
    }
    komponen.addObject().put("type", "text").put("id", "Text_langkah").put("text", teks.toString());
    if (!langkah.kelengkapan().isEmpty()) {
      ObjectNode checklist = komponen.addObject();
      checklist.put("type", "checklist").put("id", "Field_kelengkapanL" + n).put("key", "kelengkapanL" + n)
          .put("label", "Kelengkapan apa saja yang sudah tersedia?");
      ArrayNode nilai = checklist.putArray("values");
      Set<String> dipakai = new HashSet<>();
      for (String butir : langkah.kelengkapan()) {
        String v = LajurKelompok.slug(butir);
        v = v.length() > 60 ? v.substring(0, 60).replaceAll("-+$", "") : v;
        String unik = v;
        for (int k = 2; !dipakai.add(unik); k++) {
          unik = v + "-" + k;
        }
        nilai.addObject().put("label", butir).put("value", unik);
      }
    }
    ObjectNode hasil = komponen.addObject();
    hasil.put("type", "textfield").put("id", "Field_hasilL" + n).put("key", "hasilL" + n)
        .put("label", "Apa hasil langkah ini? (nomor atau judul dokumen, atau keterangan singkat)");
    if (!langkah.output().isEmpty()) {
      hasil.put("description", "Hasil yang diminta SOP: " + langkah.output());
    }
    hasil.putObject("validate").put("required", true).put("maxLength", 200);
    komponen.addObject().put("type", "textarea").put("id", "Field_catatanL" + n).put("key", "catatanL" + n)
        .put("label", "Ringkasan dan catatan langkah ini");
    try {
      // as the project's forms are written: two spaces, "key": value, one array element per line
      DefaultIndenter indentasi = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter rapi = new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(indentasi)
          .withArrayIndenter(indentasi);
      return JSON.writer(rapi).writeValueAsString(form) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Table text shown as text in the form's markdown, not read as markup or a template. */
  private static String markdown(String teks) {
    return teks.replaceAll("([\\\\`*_#\\[\\]<>|{}])", "\\\\$1");
  }

  /** How a standard reads in a form: {@code PT300M} → "300 menit". */
  static final class StandarWaktuTeks {

    private StandarWaktuTeks() {
    }

    static String teks(StandarWaktu waktu) {
      String atas = satu(waktu.teks());
      return waktu.bawah().map(b -> satu(b.teks()) + " sampai " + atas).orElse(atas);
    }

    private static String satu(String iso) {
      String s = iso.toUpperCase(Locale.ROOT);
      if (s.startsWith("R/P1")) {
        return switch (s.substring(4)) {
          case "D" -> "setiap hari";
          case "W" -> "setiap minggu";
          default -> "setiap bulan";
        };
      }
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("PT?(\\d+)([MHDW])").matcher(s);
      if (!m.matches()) {
        return iso;
      }
      String satuan = switch (m.group(2)) {
        case "M" -> s.startsWith("PT") ? "menit kerja" : "bulan";
        case "H" -> "jam kerja";
        case "D" -> "hari kerja";
        default -> "minggu";
      };
      return m.group(1) + " " + satuan;
    }
  }
}
