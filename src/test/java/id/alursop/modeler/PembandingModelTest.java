package id.alursop.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What changed between two versions of a model. */
class PembandingModelTest {

  /** The sample as another modeler writes it: other prefixes, attribute order, layout and exporter. */
  private static final String DITULIS_ULANG = ContohBpmn.XML
      .replace("bpmn:", "semantic:").replace("xmlns:bpmn=", "xmlns:semantic=")
      .replace("id=\"Definitions_Uji\" targetNamespace", "targetNamespace")
      .replace("<semantic:definitions ", "<semantic:definitions id=\"Definitions_Uji\" exporter=\"Camunda Modeler\" ")
      .replace("\n", "\n  ").replace("name=\"Mulai\"", "name=\"Mulai\"\n");

  @Test
  void formattingPrefixesAndAttributeOrderDoNotCount() {
    assertThat(PembandingModel.setara(JenisModel.BPMN, ContohBpmn.XML, DITULIS_ULANG)).isTrue();
    PembandingModel.Perbedaan beda = PembandingModel.banding(JenisModel.BPMN, ContohBpmn.XML, DITULIS_ULANG);
    assertThat(beda.sama()).isTrue();
    assertThat(beda.baris()).isEmpty();
    assertThat(PembandingModel.setara(JenisModel.BPMN, ContohBpmn.XML, DITULIS_ULANG.replace("P2D", "P3D"))).isFalse();
  }

  @Test
  void elementsAddedRemovedRenamedAndChanged() {
    String baru = ContohBpmn.XML.replace("name=\"Selesai\"", "name=\"Program selesai\"")
        .replace("<bpmn:flowNodeRef>EndEvent_Selesai</bpmn:flowNodeRef>",
            "<bpmn:flowNodeRef>EndEvent_Selesai</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_Baru</bpmn:flowNodeRef>")
        .replace("</bpmn:process>", "<bpmn:manualTask id=\"Task_Baru\" name=\"Arsipkan\" /></bpmn:process>")
        .replace("value=\"P2D\"", "value=\"P3D\"")
        .replace("<bpmn:sequenceFlow id=\"Flow_KeSelesai\" sourceRef=\"Task_Langkah1\" targetRef=\"EndEvent_Selesai\" />", "");
    PembandingModel.Perbedaan beda = PembandingModel.banding(JenisModel.BPMN, ContohBpmn.XML, baru);
    assertThat(beda.sama()).isFalse();
    assertThat(beda.ditambah()).extracting(PembandingModel.Perubahan::id).containsExactly("Task_Baru");
    assertThat(beda.ditambah().get(0).baru()).isEqualTo("Arsipkan");
    assertThat(beda.dihapus()).extracting(PembandingModel.Perubahan::id).containsExactly("Flow_KeSelesai");
    assertThat(beda.diubahNama()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("EndEvent_Selesai");
      assertThat(p.lama()).isEqualTo("Selesai");
      assertThat(p.baru()).isEqualTo("Program selesai");
    });
    assertThat(beda.diubah()).extracting(PembandingModel.Perubahan::id).contains("Task_Langkah1", "Lane_Bapperida");
    assertThat(beda.baris()).anySatisfy(b -> {
      assertThat(b.op()).isEqualTo("+");
      assertThat(b.teks()).contains("P3D");
    });
    assertThat(beda.baris()).anySatisfy(b -> {
      assertThat(b.op()).isEqualTo("-");
      assertThat(b.teks()).contains("P2D");
    });
  }

  @Test
  void formsByComponent() {
    String lama = "{\"id\":\"f\",\"type\":\"default\",\"components\":[{\"id\":\"Field_Nama\",\"type\":\"textfield\","
        + "\"key\":\"nama\",\"label\":\"Nama\"},{\"id\":\"Field_Umur\",\"type\":\"number\",\"key\":\"umur\",\"label\":\"Umur\"}]}";
    String sama = "{\n  \"type\": \"default\", \"id\": \"f\",\n  \"components\": [{\"type\":\"textfield\",\"id\":\"Field_Nama\","
        + "\"label\":\"Nama\",\"key\":\"nama\"},{\"id\":\"Field_Umur\",\"type\":\"number\",\"key\":\"umur\",\"label\":\"Umur\"}],"
        + "\"exporter\":{\"name\":\"form-js\"}}";
    assertThat(PembandingModel.setara(JenisModel.FORM, lama, sama)).isTrue();
    String baru = lama.replace("\"label\":\"Nama\"", "\"label\":\"Nama lengkap\"")
        .replace(",{\"id\":\"Field_Umur\",\"type\":\"number\",\"key\":\"umur\",\"label\":\"Umur\"}", "");
    PembandingModel.Perbedaan beda = PembandingModel.banding(JenisModel.FORM, lama, baru);
    assertThat(beda.diubahNama()).extracting(PembandingModel.Perubahan::baru).containsExactly("Nama lengkap");
    assertThat(beda.dihapus()).extracting(PembandingModel.Perubahan::id).containsExactly("Field_Umur");
  }

  @Test
  void templateHasLanesTopToBottom() {
    String xml = TemplatSop.buat("bogor-izin-usaha", "Izin Usaha", java.util.List.of("Pemohon", "Petugas Loket", "Pemohon"));
    assertThat(xml).contains("id=\"Lane_Pemohon\"", "id=\"Lane_PetugasLoket\"", "id=\"Lane_Pemohon2\"",
        "<bpmn:process id=\"bogor-izin-usaha\" name=\"Izin Usaha\"");
    assertThat(xml.indexOf("Lane_Pemohon\"")).isLessThan(xml.indexOf("Lane_PetugasLoket\""));
    assertThat(TemplatSop.pascal("Sekretaris/ Kadis")).isEqualTo("SekretarisKadis");
  }
}
