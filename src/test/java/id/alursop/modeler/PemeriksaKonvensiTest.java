package id.alursop.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The SOP conventions the modeler checks on the server: each error and warning. */
@AlurSopTest
class PemeriksaKonvensiTest {

  private static final String NAMA = "processes/uji-modeler.bpmn";

  @Autowired PemeriksaKonvensi pemeriksa;

  private List<Temuan> periksa(String xml) {
    return pemeriksa.periksa(NAMA, xml, "bogor", Set.of());
  }

  private static List<String> galat(List<Temuan> temuan) {
    return temuan.stream().filter(Temuan::isGalat).map(Temuan::pesan).toList();
  }

  private static List<String> peringatan(List<Temuan> temuan) {
    return temuan.stream().filter(t -> !t.isGalat()).map(Temuan::pesan).toList();
  }

  @Test
  void theSampleKeepsEveryConvention() {
    assertThat(periksa(ContohBpmn.proses("uji-modeler"))).isEmpty();
  }

  @Test
  void everyModelInProcessesHasNoErrorsForItsAgency() throws IOException {
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn")).toList()) {
        String nama = "processes/" + model.getFileName();
        String tenant = nama.contains("ketapang") ? "ketapang" : nama.contains("lamandau") || nama.contains("uep")
            ? "lamandau" : nama.contains("barito") ? "bartim" : "bogor";
        List<Temuan> temuan = pemeriksa.periksa(nama, Files.readString(model, StandardCharsets.UTF_8), tenant, Set.of());
        assertThat(temuan).as(nama).isEmpty();
      }
    }
  }

  @Test
  void processWithoutLanes() {
    String xml = ContohBpmn.XML.replaceAll("(?s)<bpmn:laneSet.*</bpmn:laneSet>", "");
    assertThat(galat(periksa(xml))).singleElement().asString().contains("tidak memiliki lajur (lane)");
  }

  @Test
  void userTaskOutsideEveryLane() {
    String xml = ContohBpmn.XML.replace("<bpmn:flowNodeRef>Task_Langkah1</bpmn:flowNodeRef>", "");
    assertThat(galat(periksa(xml))).singleElement().asString()
        .isEqualTo("Tugas 'Identifikasi lokasi' tidak berada di lajur (lane) mana pun.");
  }

  @Test
  void multiInstanceTaskWithoutCaseName_isAWarning_withItNone() {
    String berulang = ContohBpmn.XML.replace("</bpmn:userTask>",
        "<bpmn:multiInstanceLoopCharacteristics camunda:collection=\"${daftar}\" camunda:elementVariable=\"butir\" />"
        + "</bpmn:userTask>");
    assertThat(berulang).contains("multiInstanceLoopCharacteristics");
    assertThat(galat(periksa(berulang))).isEmpty();
    assertThat(peringatan(periksa(berulang))).singleElement().asString()
        .contains("Tugas 'Identifikasi lokasi' diulang per butir", "alur.kasus");
    String dinamai = berulang.replace("<camunda:property name=\"sop.langkah\" value=\"1\" />",
        "<camunda:property name=\"sop.langkah\" value=\"1\" /><camunda:property name=\"alur.kasus\" value=\"${butir}\" />");
    assertThat(peringatan(periksa(dinamai))).isEmpty();
  }

  @Test
  void userTaskWithoutCandidateGroups() {
    String xml = ContohBpmn.XML.replace("camunda:candidateGroups=\"bogor-bapperida\"", "");
    assertThat(galat(periksa(xml))).singleElement().asString().contains("tidak memiliki kelompok kandidat");
  }

  @Test
  void candidateGroupThatDoesNotExist() {
    String xml = ContohBpmn.XML.replace("bogor-bapperida", "bogor-bapperida,bogor-tidak-ada");
    assertThat(galat(periksa(xml))).singleElement().asString()
        .isEqualTo("Kelompok kandidat 'bogor-tidak-ada' pada tugas 'Identifikasi lokasi' tidak ada (buat dulu di Camunda Admin, "
            + "atau gambar tugas itu di lajur pelaksananya).");
  }

  @Test
  void candidateGroupsFromAnExpressionAreLeftToRunTime() {
    assertThat(periksa(ContohBpmn.XML.replace("bogor-bapperida", "${kelompokPeninjau}"))).isEmpty();
  }

  @Test
  void candidateGroupOfAnotherAgencyIsAWarning() {
    List<Temuan> temuan = periksa(ContohBpmn.XML.replace("bogor-bapperida", "ketapang-kabid"));
    assertThat(galat(temuan)).isEmpty();
    assertThat(peringatan(temuan)).singleElement().asString().contains("milik instansi lain (Pemerintah Kabupaten Ketapang)");
  }

  @Test
  void userTaskWithoutForm() {
    String xml = ContohBpmn.XML.replace("camunda:formRef=\"kampung-nol-mulai\" camunda:formRefBinding=\"latest\"", "");
    assertThat(galat(periksa(xml))).singleElement().asString().contains("tidak memiliki formulir Camunda (formRef)");
  }

  @Test
  void formNeitherDeployedNorInTheDeployment() {
    String xml = ContohBpmn.XML.replace("kampung-nol-mulai", "formulir-baru-uji");
    assertThat(galat(periksa(xml))).singleElement().asString()
        .isEqualTo("Formulir 'formulir-baru-uji' pada tugas 'Identifikasi lokasi' belum diterapkan dan tidak ada dalam penerapan ini.");
    assertThat(pemeriksa.periksa(NAMA, xml, "bogor", Set.of("formulir-baru-uji"))).isEmpty();
  }

  @Test
  void formOfAnotherAgencyIsNotFound() {
    String xml = ContohBpmn.XML.replace("kampung-nol-mulai", "uep-mulai");
    assertThat(galat(periksa(xml))).singleElement().asString().contains("'uep-mulai'");
    assertThat(galat(pemeriksa.periksa(NAMA, xml.replace("bogor-bapperida", "lamandau-kabid"), "lamandau", Set.of())))
        .isEmpty();
  }

  @Test
  void sharedFormsAreFoundForEveryAgency() {
    assertThat(periksa(ContohBpmn.XML.replace("kampung-nol-mulai", "tinjauan-dokumen"))).isEmpty();
  }

  @Test
  void formBindingOtherThanLatestIsAWarning() {
    List<Temuan> temuan = periksa(ContohBpmn.XML.replace("formRefBinding=\"latest\"", "formRefBinding=\"deployment\""));
    assertThat(galat(temuan)).isEmpty();
    assertThat(peringatan(temuan)).singleElement().asString().contains("terikat 'deployment'");
  }

  @Test
  void requiredDocumentationOnAUserTask_isAccepted_anyOtherValueOrPlaceIsAWarning() {
    String langkah = "<camunda:property name=\"sop.langkah\" value=\"1\" />";
    assertThat(periksa(ContohBpmn.XML.replace(langkah, langkah
        + "<camunda:property name=\"alur.dokumentasi\" value=\"wajib\" />"))).isEmpty();

    List<Temuan> lain = periksa(ContohBpmn.XML.replace(langkah, langkah
        + "<camunda:property name=\"alur.dokumentasi\" value=\"ya\" />"));
    assertThat(galat(lain)).isEmpty();
    assertThat(peringatan(lain)).singleElement().asString()
        .isEqualTo("alur.dokumentasi 'ya' pada tugas 'Identifikasi lokasi' diabaikan: satu-satunya nilai yang dikenal"
            + " adalah 'wajib' (dokumentasi visual wajib dilampirkan sebelum langkah diselesaikan).");

    List<Temuan> padaProses = periksa(ContohBpmn.XML.replace("<bpmn:laneSet id=\"LaneSet_Uji\">",
        "<bpmn:extensionElements><camunda:properties><camunda:property name=\"alur.dokumentasi\" value=\"wajib\" />"
            + "</camunda:properties></bpmn:extensionElements><bpmn:laneSet id=\"LaneSet_Uji\">"));
    assertThat(galat(padaProses)).isEmpty();
    assertThat(peringatan(padaProses)).singleElement().asString()
        .isEqualTo("alur.dokumentasi pada 'Uji Modeler' diabaikan: hanya berlaku pada tugas pengguna (user task).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"satu", "1a", "-1", "3.2"})
  void sopLangkahMustBeANumber(String langkah) {
    String xml = ContohBpmn.XML.replace("name=\"sop.langkah\" value=\"1\"", "name=\"sop.langkah\" value=\"" + langkah + "\"");
    assertThat(galat(periksa(xml))).singleElement().asString()
        .isEqualTo("sop.langkah '" + langkah + "' pada 'Identifikasi lokasi' harus berupa nomor langkah (angka).");
  }

  @Test
  void anEmptySopPropertyCountsAsAbsent() {
    assertThat(periksa(ContohBpmn.XML.replace("name=\"sop.langkah\" value=\"1\"", "name=\"sop.langkah\" value=\"\"")))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 hari", "P", "PT", "P2X", "R/2D", "${belumDitutup"})
  void sopWaktuMustBeADurationCycleOrExpression(String waktu) {
    String xml = ContohBpmn.XML.replace("value=\"P2D\"", "value=\"" + waktu + "\"");
    assertThat(galat(periksa(xml))).singleElement().asString()
        .startsWith("sop.waktu '" + waktu + "' pada 'Identifikasi lokasi' bukan durasi ISO-8601");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT300M", "P1W", "P60D", "R/P1M", "R3/P1W", "-", "${waktuTinjauan}", "p2d"})
  void validSopWaktu(String waktu) {
    assertThat(periksa(ContohBpmn.XML.replace("value=\"P2D\"", "value=\"" + waktu + "\""))).isEmpty();
  }

  @Test
  void sopWaktuBawahIsCheckedToo() {
    String xml = ContohBpmn.XML.replace("<camunda:property name=\"sop.waktu\" value=\"P2D\" />",
        "<camunda:property name=\"sop.waktu\" value=\"P60D\" /><camunda:property name=\"sop.waktu.bawah\" value=\"30 hari\" />");
    assertThat(galat(periksa(xml))).singleElement().asString().startsWith("sop.waktu.bawah '30 hari'");
  }

  @Test
  void processWithoutHistoryTimeToLive() {
    String xml = ContohBpmn.XML.replace(" camunda:historyTimeToLive=\"1825\"", "");
    assertThat(galat(periksa(xml))).singleElement().asString().contains("tidak memiliki History Time To Live");
  }

  @Test
  void modelerGeneratedIdsAreWarnings() {
    String xml = ContohBpmn.XML.replace("Task_Langkah1", "Activity_0abc123").replace("Flow_KeSelesai", "Flow_1xyz9ab")
        .replace("StartEvent_Mulai", "StartEvent_1");
    List<Temuan> temuan = periksa(xml);
    assertThat(galat(temuan)).isEmpty();
    assertThat(temuan).extracting(Temuan::elemen).containsExactlyInAnyOrder("Activity_0abc123", "Flow_1xyz9ab", "StartEvent_1");
    assertThat(peringatan(temuan)).allMatch(p -> p.contains("tampak dibuat otomatis oleh modeler"));
  }

  @Test
  void meaningfulIdsAreNoWarnings() {
    assertThat(PemeriksaKonvensi.idAcak("Task_VerifikasiKeluarga")).isFalse();
    assertThat(PemeriksaKonvensi.idAcak("Flow_KeSelesai")).isFalse();
    assertThat(PemeriksaKonvensi.idAcak("Gateway_1xyz0ab")).isTrue();
    assertThat(PemeriksaKonvensi.idAcak("Event_0k1ljgz")).isTrue();
  }

  @Test
  void unreadableBpmn() {
    assertThat(galat(periksa("<bpmn:definitions"))).singleElement().asString().startsWith("Berkas BPMN tidak dapat dibaca");
    assertThat(galat(periksa(""))).singleElement().asString().contains("kosong");
  }

  @Test
  void noExecutableProcess() {
    assertThat(galat(periksa(ContohBpmn.XML.replace("isExecutable=\"true\"", "isExecutable=\"false\""))))
        .singleElement().asString().contains("tidak memiliki proses yang dapat dijalankan");
  }

  @Test
  void decisionsAndForms() throws IOException {
    String dmn = Files.readString(Path.of("processes/uep-kelayakan.dmn"));
    assertThat(pemeriksa.periksa("processes/uep-kelayakan.dmn", dmn, "lamandau", Set.of())).isEmpty();
    assertThat(galat(pemeriksa.periksa("processes/uep-kelayakan.dmn", dmn.replace(" camunda:historyTimeToLive=\"1825\"", ""),
        "lamandau", Set.of()))).singleElement().asString().contains("tidak memiliki History Time To Live");
    assertThat(galat(pemeriksa.periksa("forms/x.form", "{\"components\": [", null, Set.of()))).singleElement().asString()
        .contains("bukan JSON yang valid");
    assertThat(galat(pemeriksa.periksa("forms/x.form", "{\"type\":\"default\",\"components\":[]}", null, Set.of())))
        .singleElement().asString().contains("tidak memiliki id");
    assertThat(galat(pemeriksa.periksa("catatan.txt", "x", null, Set.of()))).singleElement().asString()
        .contains("bukan model BPMN");
  }
}
