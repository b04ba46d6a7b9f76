package id.alursop.sop;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The SOP convention properties of a BPMN element ({@code camunda:property} with names
 * {@code sop.langkah}, {@code sop.pelaksana}, {@code sop.waktu}, {@code sop.waktu.bawah}, {@code sop.waktu.tenggat},
 * {@code sop.output}), read at parse time.
 */
public record SopProperties(Map<String, String> values) {

  public static final String LANGKAH = "sop.langkah";
  public static final String PELAKSANA = "sop.pelaksana";
  public static final String WAKTU = "sop.waktu";
  /** Lower bound of a range standard ("30-60 hari": sop.waktu P60D, sop.waktu.bawah P30D). */
  public static final String WAKTU_BAWAH = "sop.waktu.bawah";
  /** Deadline of each occurrence of a cycle ("Setiap bulan", the month's tasks due within P10D). */
  public static final String WAKTU_TENGGAT = "sop.waktu.tenggat";
  public static final String OUTPUT = "sop.output";
  /**
   * Whose due date a step's task has: {@value #TENGGAT_LANGKAH}, its step's (one clock per step
   * number in the SOP instance, started by the step's first part); absent, empty or
   * {@value #TENGGAT_TUGAS}, its own (from its creation); may be an expression {@code ${…}} giving
   * one of them at run time (a shared sub-process called by a step).
   */
  public static final String TENGGAT = "alur.tenggat";
  public static final String TENGGAT_LANGKAH = "langkah";
  public static final String TENGGAT_TUGAS = "tugas";
  /** The variable naming the calling step in a shared sub-process ({@code tinjauan-berjenjang}). */
  public static final String VARIABEL_LANGKAH_SOP = "langkahSop";

  /** Reads the camunda properties of a parsed element (none: empty). */
  public static SopProperties of(Element element) {
    Map<String, String> values = new LinkedHashMap<>();
    Element extensions = element.element("extensionElements");
    if (extensions != null) {
      Element properties = extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
      if (properties != null) {
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
          String name = property.attribute("name");
          String value = property.attribute("value");
          if (name != null && value != null && !value.isBlank()) {
            values.put(name, value.trim());
          }
        }
      }
    }
    return new SopProperties(Map.copyOf(values));
  }

  public Optional<String> langkah() {
    return Optional.ofNullable(values.get(LANGKAH));
  }

  public Optional<String> pelaksana() {
    return Optional.ofNullable(values.get(PELAKSANA));
  }

  /**
   * The time standard with the lower bound of its range; {@link StandarWaktu#TIDAK_ADA} when the
   * SOP states none ("-" or absent).
   *
   * @throws IllegalArgumentException when {@code sop.waktu} or {@code sop.waktu.bawah} is no standard
   */
  public StandarWaktu standarWaktu() {
    return StandarWaktu.baca(values.get(WAKTU), values.get(WAKTU_BAWAH), values.get(WAKTU_TENGGAT));
  }

  /**
   * The task's {@value #TENGGAT} as written; empty when absent.
   *
   * @throws IllegalArgumentException when it is neither {@value #TENGGAT_LANGKAH}, {@value #TENGGAT_TUGAS}
   *     nor an expression
   */
  public Optional<String> tenggat() {
    String nilai = values.get(TENGGAT);
    if (nilai != null && !nilai.startsWith("${") && !TENGGAT_LANGKAH.equals(nilai) && !TENGGAT_TUGAS.equals(nilai)) {
      throw new IllegalArgumentException(TENGGAT + " '" + nilai + "' harus '" + TENGGAT_LANGKAH + "', '" + TENGGAT_TUGAS
          + "' atau ekspresi ${…}");
    }
    return Optional.ofNullable(nilai);
  }

  public Optional<String> output() {
    return Optional.ofNullable(values.get(OUTPUT));
  }
}
