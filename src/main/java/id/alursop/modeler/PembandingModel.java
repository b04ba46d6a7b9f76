package id.alursop.modeler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What changed between the deployed version of a model and the edited one, in words: elements
 * added, removed, renamed or otherwise changed (by id; diagram layout left out), and a line diff
 * of the files.
 */
public final class PembandingModel {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int KONTEKS = 2;
  private static final int MAKS_BARIS_DIFF = 600;
  private static final long MAKS_SEL_LCS = 25_000_000L;

  private PembandingModel() {
  }

  /** An element of a model: its kind (localName / form type), name and a fingerprint of its own content. */
  record Elemen(String id, String jenis, String nama, String sidik) {
  }

  /** One changed element. {@code lama}/{@code baru}: the names before and after. */
  public record Perubahan(String id, String jenis, String lama, String baru) {
  }

  /** One line of the line diff: {@code +} added, {@code -} removed, {@code " "} context, {@code …} skipped. */
  public record Baris(String op, Integer lama, Integer baru, String teks) {
  }

  public record Perbedaan(boolean sama, List<Perubahan> ditambah, List<Perubahan> dihapus, List<Perubahan> diubahNama,
      List<Perubahan> diubah, List<Baris> baris) {
  }

  public static Perbedaan banding(JenisModel jenis, String lama, String baru) {
    String a = kanonik(jenis, normalBaris(lama));
    String b = kanonik(jenis, normalBaris(baru));
    Map<String, Elemen> sebelum = elemen(jenis, normalBaris(lama));
    Map<String, Elemen> sesudah = elemen(jenis, normalBaris(baru));
    List<Perubahan> ditambah = new ArrayList<>();
    List<Perubahan> dihapus = new ArrayList<>();
    List<Perubahan> diubahNama = new ArrayList<>();
    List<Perubahan> diubah = new ArrayList<>();
    sesudah.forEach((id, e) -> {
      Elemen dulu = sebelum.get(id);
      if (dulu == null) {
        ditambah.add(new Perubahan(id, e.jenis(), null, e.nama()));
      } else {
        if (!Objects.equals(dulu.nama(), e.nama())) {
          diubahNama.add(new Perubahan(id, e.jenis(), dulu.nama(), e.nama()));
        }
        if (!Objects.equals(tanpaNama(dulu.sidik(), dulu.nama()), tanpaNama(e.sidik(), e.nama()))) {
          diubah.add(new Perubahan(id, e.jenis(), dulu.nama(), e.nama()));
        }
      }
    });
    sebelum.forEach((id, e) -> {
      if (!sesudah.containsKey(id)) {
        dihapus.add(new Perubahan(id, e.jenis(), e.nama(), null));
      }
    });
    return new Perbedaan(a.equals(b), ditambah, dihapus, diubahNama, diubah, diffBaris(a, b));
  }

  /**
   * Whether two versions say the same, whatever their formatting: XML with the same elements,
   * attributes (in any order, any namespace prefix) and text; JSON with the same tree.
   */
  public static boolean setara(JenisModel jenis, String lama, String baru) {
    return kanonik(jenis, normalBaris(lama)).equals(kanonik(jenis, normalBaris(baru)));
  }

  /**
   * A canonical text of a model, one element per line: attributes sorted, the usual namespace
   * prefixes, whitespace between elements dropped, the exporter left out; JSON pretty-printed with keys sorted.
   * Unreadable content stays as it is.
   */
  static String kanonik(JenisModel jenis, String isi) {
    if (isi.isBlank()) {
      return "";
    }
    try {
      if (jenis == JenisModel.FORM) {
        JsonNode pohon = JSON.readTree(isi);
        if (pohon instanceof ObjectNode objek) {
          objek.remove("exporter");
        }
        return JSON.writerWithDefaultPrettyPrinter().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .writeValueAsString(JSON.treeToValue(pohon, Object.class));
      }
      StringBuilder teks = new StringBuilder();
      kanonikXml(bacaXml(isi), 0, teks);
      return teks.toString();
    } catch (Exception e) {
      return isi;
    }
  }

  private static final Map<String, String> AWALAN = Map.ofEntries(
      Map.entry("http://www.omg.org/spec/BPMN/20100524/MODEL", "bpmn"),
      Map.entry("http://www.omg.org/spec/BPMN/20100524/DI", "bpmndi"),
      Map.entry("http://www.omg.org/spec/DD/20100524/DC", "dc"),
      Map.entry("http://www.omg.org/spec/DD/20100524/DI", "di"),
      Map.entry("http://camunda.org/schema/1.0/bpmn", "camunda"),
      Map.entry("http://camunda.org/schema/1.0/dmn", "camunda"),
      Map.entry("http://camunda.org/schema/modeler/1.0", "modeler"),
      Map.entry("https://www.omg.org/spec/DMN/20191111/MODEL/", "dmn"),
      Map.entry("https://www.omg.org/spec/DMN/20191111/DMNDI/", "dmndi"),
      Map.entry("http://www.omg.org/spec/DMN/20180521/MODEL/", "dmn"),
      Map.entry("http://www.omg.org/spec/DMN/20180521/DMNDI/", "dmndi"),
      Map.entry("http://www.omg.org/spec/DMN/20180521/DC/", "dc"),
      Map.entry("http://www.omg.org/spec/DMN/20180521/DI/", "di"),
      Map.entry("http://www.w3.org/2001/XMLSchema-instance", "xsi"));

  private static String nama(Node node) {
    String lokal = node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
    String ns = node.getNamespaceURI();
    if (ns == null) {
      return lokal;
    }
    return AWALAN.getOrDefault(ns, node.getPrefix() == null ? "{" + ns + "}" : node.getPrefix()) + ":" + lokal;
  }

  private static void kanonikXml(Element element, int tingkat, StringBuilder teks) {
    boolean akar = tingkat == 0;
    List<String> atribut = new ArrayList<>();
    NamedNodeMap semua = element.getAttributes();
    for (int i = 0; i < semua.getLength(); i++) {
      Attr a = (Attr) semua.item(i);
      if ("xmlns".equals(a.getPrefix()) || "xmlns".equals(a.getName())) {
        continue;
      }
      String lokal = a.getLocalName() == null ? a.getName() : a.getLocalName();
      if (akar && (lokal.equals("exporter") || lokal.equals("exporterVersion"))) {
        continue;
      }
      atribut.add((a.getNamespaceURI() == null ? lokal : nama(a)) + "=\"" + a.getValue() + "\"");
    }
    atribut.sort(null);
    teks.append("  ".repeat(tingkat)).append('<').append(nama(element));
    atribut.forEach(a -> teks.append(' ').append(a));
    StringBuilder isiTeks = new StringBuilder();
    List<Element> anak = new ArrayList<>();
    NodeList nodes = element.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e) {
        anak.add(e);
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        isiTeks.append(n.getNodeValue());
      }
    }
    String t = isiTeks.toString().strip();
    if (anak.isEmpty() && t.isEmpty()) {
      teks.append(" />\n");
      return;
    }
    teks.append('>');
    if (anak.isEmpty()) {
      teks.append(t).append("</").append(nama(element)).append(">\n");
      return;
    }
    teks.append('\n');
    if (!t.isEmpty()) {
      teks.append("  ".repeat(tingkat + 1)).append(t).append('\n');
    }
    for (Element e : anak) {
      kanonikXml(e, tingkat + 1, teks);
    }
    teks.append("  ".repeat(tingkat)).append("</").append(nama(element)).append(">\n");
  }

  private static Element bacaXml(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
  }

  private static String tanpaNama(String sidik, String nama) {
    return nama == null ? sidik : sidik.replace("name=" + nama, "name=");
  }

  private static String normalBaris(String teks) {
    return teks == null ? "" : teks.replace("\r\n", "\n").replace('\r', '\n');
  }

  static Map<String, Elemen> elemen(JenisModel jenis, String isi) {
    if (isi.isBlank()) {
      return Map.of();
    }
    try {
      return jenis == JenisModel.FORM ? elemenFormulir(isi) : elemenXml(isi);
    } catch (Exception e) {
      return Map.of(); // unreadable: the line diff still tells
    }
  }

  private static Map<String, Elemen> elemenXml(String xml) throws Exception {
    Element root = bacaXml(xml);
    Map<String, Elemen> hasil = new LinkedHashMap<>();
    kumpulkanXml(root, hasil);
    return hasil;
  }

  private static boolean diagram(Element element) {
    String ns = element.getNamespaceURI();
    return ns != null && (ns.contains("/DI") || ns.contains("/DD/") || ns.endsWith("DMNDI/") || ns.contains("DMNDI"));
  }

  private static void kumpulkanXml(Element element, Map<String, Elemen> hasil) {
    if (diagram(element)) {
      return;
    }
    String id = element.getAttribute("id");
    if (!id.isEmpty() && element.getParentNode() != null && element.getParentNode().getNodeType() == Node.ELEMENT_NODE) {
      String nama = element.hasAttribute("name") ? element.getAttribute("name") : null;
      if (nama == null && element.hasAttribute("label")) {
        nama = element.getAttribute("label");
      }
      hasil.putIfAbsent(id, new Elemen(id, element.getLocalName(), nama, sidik(element)));
    }
    NodeList anak = element.getChildNodes();
    for (int i = 0; i < anak.getLength(); i++) {
      if (anak.item(i) instanceof Element e) {
        kumpulkanXml(e, hasil);
      }
    }
  }

  /** The element's attributes and its content, leaving out children that have an id of their own. */
  private static String sidik(Element element) {
    StringBuilder teks = new StringBuilder("<").append(element.getLocalName());
    NamedNodeMap atribut = element.getAttributes();
    List<String> semua = new ArrayList<>();
    for (int i = 0; i < atribut.getLength(); i++) {
      Attr a = (Attr) atribut.item(i);
      if (!"xmlns".equals(a.getPrefix()) && !"xmlns".equals(a.getName())) {
        semua.add((a.getLocalName() == null ? a.getName() : a.getLocalName()) + "=" + a.getValue());
      }
    }
    semua.sort(null);
    teks.append(' ').append(String.join(" ", semua)).append('>');
    NodeList anak = element.getChildNodes();
    for (int i = 0; i < anak.getLength(); i++) {
      Node n = anak.item(i);
      if (n instanceof Element e) {
        if (e.getAttribute("id").isEmpty() && !diagram(e)) {
          teks.append(sidik(e));
        }
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        String t = n.getNodeValue().trim();
        if (!t.isEmpty()) {
          teks.append(t);
        }
      }
    }
    return teks.append("</>").toString();
  }

  private static Map<String, Elemen> elemenFormulir(String json) throws Exception {
    Map<String, Elemen> hasil = new LinkedHashMap<>();
    kumpulkanFormulir(JSON.readTree(json).path("components"), hasil);
    return hasil;
  }

  private static void kumpulkanFormulir(JsonNode komponen, Map<String, Elemen> hasil) {
    if (!komponen.isArray()) {
      return;
    }
    for (JsonNode k : komponen) {
      String id = k.path("id").asText("");
      if (!id.isEmpty()) {
        String nama = k.hasNonNull("label") ? k.get("label").asText()
            : k.hasNonNull("key") ? k.get("key").asText() : k.hasNonNull("text") ? ringkas(k.get("text").asText()) : null;
        ObjectNode salinan = ((ObjectNode) k).deepCopy();
        salinan.remove("components");
        salinan.remove("label");
        hasil.putIfAbsent(id, new Elemen(id, k.path("type").asText("komponen"), nama, salinan.toString()));
      }
      kumpulkanFormulir(k.path("components"), hasil);
    }
  }

  private static String ringkas(String teks) {
    String satu = teks.replaceAll("\\s+", " ").trim();
    return satu.length() > 60 ? satu.substring(0, 60) + "…" : satu;
  }

  /** A line diff (longest common subsequence) with {@value #KONTEKS} lines of context around each change. */
  static List<Baris> diffBaris(String lama, String baru) {
    String[] a = lama.isEmpty() ? new String[0] : lama.split("\n", -1);
    String[] b = baru.isEmpty() ? new String[0] : baru.split("\n", -1);
    int awal = 0;
    while (awal < a.length && awal < b.length && a[awal].equals(b[awal])) {
      awal++;
    }
    int akhirA = a.length;
    int akhirB = b.length;
    while (akhirA > awal && akhirB > awal && a[akhirA - 1].equals(b[akhirB - 1])) {
      akhirA--;
      akhirB--;
    }
    int n = akhirA - awal;
    int m = akhirB - awal;
    List<Baris> semua = new ArrayList<>();
    for (int i = 0; i < awal; i++) {
      semua.add(new Baris(" ", i + 1, i + 1, a[i]));
    }
    if ((long) n * m > MAKS_SEL_LCS) {
      for (int i = 0; i < n; i++) {
        semua.add(new Baris("-", awal + i + 1, null, a[awal + i]));
      }
      for (int j = 0; j < m; j++) {
        semua.add(new Baris("+", null, awal + j + 1, b[awal + j]));
      }
    } else {
      int[][] lcs = new int[n + 1][m + 1];
      for (int i = n - 1; i >= 0; i--) {
        for (int j = m - 1; j >= 0; j--) {
          lcs[i][j] = a[awal + i].equals(b[awal + j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      int i = 0;
      int j = 0;
      while (i < n || j < m) {
        if (i < n && j < m && a[awal + i].equals(b[awal + j])) {
          semua.add(new Baris(" ", awal + i + 1, awal + j + 1, a[awal + i]));
          i++;
          j++;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
          semua.add(new Baris("-", awal + i + 1, null, a[awal + i]));
          i++;
        } else {
          semua.add(new Baris("+", null, awal + j + 1, b[awal + j]));
          j++;
        }
      }
    }
    for (int k = 0; k < a.length - akhirA; k++) {
      semua.add(new Baris(" ", akhirA + k + 1, akhirB + k + 1, a[akhirA + k]));
    }
    return konteks(semua);
  }

  private static List<Baris> konteks(List<Baris> semua) {
    boolean[] tampil = new boolean[semua.size()];
    for (int i = 0; i < semua.size(); i++) {
      if (!semua.get(i).op().equals(" ")) {
        for (int k = Math.max(0, i - KONTEKS); k <= Math.min(semua.size() - 1, i + KONTEKS); k++) {
          tampil[k] = true;
        }
      }
    }
    List<Baris> hasil = new ArrayList<>();
    boolean lewat = false;
    for (int i = 0; i < semua.size(); i++) {
      if (tampil[i]) {
        if (lewat && !hasil.isEmpty()) {
          hasil.add(new Baris("…", null, null, ""));
        }
        lewat = false;
        hasil.add(semua.get(i));
        if (hasil.size() >= MAKS_BARIS_DIFF) {
          hasil.add(new Baris("…", null, null, "(perbedaan dipotong)"));
          break;
        }
      } else {
        lewat = true;
      }
    }
    return hasil;
  }
}
