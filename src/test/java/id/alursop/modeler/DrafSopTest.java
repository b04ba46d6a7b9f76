package id.alursop.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;

/** The draft's layout and forms, without the engine. */
class DrafSopTest {

  private static final TabelSop.Hasil TABEL = TabelSopTest.csv(
      "No;Kegiatan;Kepala Bidang;Staf;OPD;Kelengkapan;Waktu;Output;Ket\n"
          + "1;Menerima disposisi;X;;;Disposisi;300 menit;Agenda;\n"
          + "2;Menyusun draf <laporan> & \"ringkasan\";;X;;;2 hari;Draf;\n"
          + "3;Menyampaikan data;;;X;;-;;Sesuai kebutuhan\n"
          + "4;Menyusun laporan akhir;;X;;;30-60 hari;Laporan;\n");
  private static final List<PenerapanModeler.Berkas> BERKAS = DrafSop.buat("uji-draf", "Uji Draf", TABEL,
      Map.of("Kepala Bidang", "uji-kabid", "Staf", "uji-staf", "OPD", "uji-opd"));

  private static BpmnModelInstance model() {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(BERKAS.get(0).isi().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void leftToRight_oneColumnPerStep_inItsLane_flowsOrthogonal() {
    BpmnModelInstance model = model();
    Bpmn.validateModel(model);
    double[] x = new double[4];
    for (int i = 0; i < 4; i++) {
      BpmnShape tugas = shape(model, DrafSop.idTugas(TABEL.langkah().get(i)));
      x[i] = tugas.getBounds().getX();
      String lajur = List.of("Kepala Bidang", "Staf", "OPD", "Staf").get(i);
      int baris = List.of("Kepala Bidang", "Staf", "OPD").indexOf(lajur);
      assertThat(tugas.getBounds().getY()).isBetween(80.0 + baris * 140, 80.0 + (baris + 1) * 140 - tugas.getBounds().getHeight());
    }
    assertThat(x[1] - x[0]).isEqualTo(180);
    assertThat(x[3] - x[2]).isEqualTo(180);
    assertThat(shape(model, "StartEvent_Mulai").getBounds().getX()).isLessThan(x[0]);
    assertThat(shape(model, "EndEvent_Selesai").getBounds().getX()).isGreaterThan(x[3]);
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      List<Waypoint> titik = List.copyOf(edge.getWaypoints());
      for (int i = 1; i < titik.size(); i++) {
        assertThat(titik.get(i).getX().equals(titik.get(i - 1).getX()) || titik.get(i).getY().equals(titik.get(i - 1).getY()))
            .as(edge.getId() + " segment " + i).isTrue();
      }
    }
    assertThat(model.getModelElementsByType(BpmnEdge.class)).hasSize(5);
  }

  @Test
  void namesKeptAsWritten_escaped() {
    assertThat(model().<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById("Task_L02_MenyusunDrafLaporan")
        .getName()).isEqualTo("Menyusun draf <laporan> & \"ringkasan\"");
    assertThat(BERKAS.get(0).isi()).contains("value=\"P60D\"", "name=\"sop.waktu.bawah\" value=\"P30D\"");
  }

  @Test
  void formWrittenAsTheProjectsForms() {
    String form = BERKAS.get(1).isi();
    assertThat(BERKAS.get(1).nama()).isEqualTo("forms/uji-draf/uji-draf-l1.form");
    assertThat(form).startsWith("{\n  \"type\": \"default\",\n  \"id\": \"uji-draf-l1\",\n  \"schemaVersion\": 16,")
        .contains("\"components\": [\n    {\n      \"type\": \"text\"");
    assertThat(id.alursop.validation.FormSchema.parse(form).id()).isEqualTo("uji-draf-l1");
    // no Kelengkapan: no checklist; no Output: no hint
    String tiga = BERKAS.get(3).isi();
    assertThat(tiga).doesNotContain("checklist").doesNotContain("Hasil yang diminta SOP")
        .contains("**Keterangan:** Sesuai kebutuhan");
    assertThat(BERKAS.get(2).isi()).contains("Menyusun draf \\\\<laporan\\\\> & \\\"ringkasan\\\"");
  }

  private static BpmnShape shape(BpmnModelInstance model, String elemen) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement() != null && s.getBpmnElement().getId().equals(elemen)).findFirst().orElseThrow();
  }
}
