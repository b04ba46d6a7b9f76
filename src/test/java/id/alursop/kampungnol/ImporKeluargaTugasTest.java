package id.alursop.kampungnol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.ProgramUji;
import id.alursop.TestHttp;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The target households uploaded by stage 1's clerk in the step's tab *Dokumen*
 * ({@code /api/dokumen/tugas/{taskId}/impor/keluarga-sasaran}): a report row by row, only the
 * step's performers, nothing stored from a file that is not CSV text, and the step completed with
 * households from the file alone.
 */
@AlurSopTest
class ImporKeluargaTugasTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CSV = KeluargaCsv.HEADER + "\n"
      + "3271010101030001;3271010101039001;Budi Santoso;Jl. Mawar 1;001;009\n"
      + "3271010101030002;3271010101039002;Siti Aminah;Jl. Mawar 2;002;009\n"
      + "3271010101030003;32710101;Rahmat;Jl. Mawar 3;003;009\n"
      + "3271010101030001;3271010101039004;Ganda;Jl. Mawar 4;004;009\n";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired KeluargaRepository keluarga;
  @Autowired ProgramRepository program;

  @Test
  void clerkUploadsTheCsvInTheTab_getsARowByRowReport_andCompletesTheStepWithoutPastedRows() throws Exception {
    String pi = ProgramUji.mulai(engine, "Sempur", "009", "2026-12-01").getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
    TestHttp http = new TestHttp(port);

    JsonNode tab = JSON.readTree(http.get("/api/dokumen/tugas/" + task.getId(), "bapperida.bogor:demo").body());
    assertThat(tab.path("impor").findValuesAsText("id")).containsExactly("keluarga-sasaran");
    JsonNode bagian = tab.path("impor").get(0);
    assertThat(bagian.path("judul").asText()).isEqualTo("Data KK sasaran (CSV)");
    assertThat(bagian.path("keadaan").asText()).isEqualTo("Tersimpan 0 KK sasaran untuk program ini");
    String alamat = bagian.path("alamat").asText();
    assertThat(alamat).isEqualTo("/api/dokumen/tugas/" + task.getId() + "/impor/keluarga-sasaran");

    HttpResponse<String> r = http.post(alamat, "bapperida.bogor:demo", "text/csv", CSV);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode laporan = JSON.readTree(r.body());
    assertThat(laporan.path("diterima").asLong()).isEqualTo(2);
    assertThat(laporan.path("ditolak").asLong()).isEqualTo(2);
    assertThat(laporan.path("lengkap").asBoolean()).isTrue();
    assertThat(laporan.path("keadaan").asText()).isEqualTo("Tersimpan 2 KK sasaran untuk program ini");
    assertThat(laporan.path("baris").findValuesAsText("baris")).containsExactly("2", "3", "4", "5");
    assertThat(laporan.path("baris").findValuesAsText("diterima")).containsExactly("true", "true", "false", "false");
    assertThat(laporan.path("baris").get(2).path("alasan").asText()).isEqualTo("NIK kepala keluarga harus 16 digit angka");
    assertThat(laporan.path("baris").get(3).path("alasan").asText()).startsWith("nomor KK ganda");
    assertThat(r.body()).doesNotContain("Budi", "Rahmat", "3271010101039001", "32710101;");

    // the step completes with the form's field "Data KK sasaran" left empty
    id.alursop.FotoUji.lampirkan(engine, task);
    engine.getTaskService().complete(task.getId(), KampungNolSkenario.identifikasi("Sempur", null));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi)
        .variableName("jumlahKkSasaran").singleResult().getValue()).isEqualTo(2);
    Task dinsos = engine.getTaskService().createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey("Task_PenyediaanDataKemiskinan").singleResult();
    id.alursop.FotoUji.lampirkan(engine, dinsos);
    engine.getTaskService().complete(dinsos.getId(), KampungNolSkenario.dataDinasSosial());
    Task tim = engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_PembentukanTim")
        .singleResult();
    assertThat(tim).as("stage 2 opened").isNotNull();
    assertThat(JSON.readTree(http.get("/api/dokumen/tugas/" + tim.getId(), "bapperida.bogor:demo").body())
        .path("impor").size()).as("stage 2 takes no households").isZero();
    assertThat(http.post("/api/dokumen/tugas/" + tim.getId() + "/impor/keluarga-sasaran", "bapperida.bogor:demo",
        "text/csv", CSV).statusCode()).isEqualTo(404);
  }

  @Test
  void onlyTheStepsPerformers_andOnlyCsvText_nothingStoredOtherwise() throws Exception {
    String pi = ProgramUji.mulai(engine, "Sempur", "010", "2026-12-01").getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
    Long programId = program.findByProcessInstanceId(pi).orElseThrow().getId();
    String alamat = "/api/dokumen/tugas/" + task.getId() + "/impor/keluarga-sasaran";
    TestHttp http = new TestHttp(port);

    assertThat(http.post(alamat, "verifikator.bogor:demo", "text/csv", CSV).statusCode()).as("not their task")
        .isEqualTo(404);
    assertThat(http.post(alamat, "kabid.ketapang:demo", "text/csv", CSV).statusCode()).as("another agency")
        .isEqualTo(404);
    HttpResponse<String> pengawas = http.post(alamat, "pengawas.bogor:demo", "text/csv", CSV);
    assertThat(pengawas.statusCode()).as("reads the task, performs nothing").isEqualTo(403);
    assertThat(pengawas.body()).contains("Hanya pelaksana langkah ini");
    assertThat(JSON.readTree(http.get("/api/dokumen/tugas/" + task.getId(), "pengawas.bogor:demo").body())
        .path("impor").size()).isZero();
    assertThat(http.post(alamat, null, "text/csv", CSV).statusCode()).isEqualTo(401);

    assertThat(kirim(alamat, "%PDF-1.7\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.US_ASCII)).statusCode())
        .isEqualTo(415);
    assertThat(kirim(alamat, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}).statusCode()).as("a workbook").isEqualTo(415);
    assertThat(kirim(alamat, new byte[0]).statusCode()).isEqualTo(400);
    HttpResponse<String> kepala = kirim(alamat, (KeluargaCsv.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(kepala.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(kepala.body()).path("message").asText()).isEqualTo("Berkas tidak berisi baris data");

    // a CSV saved as Windows-1252: refused whole, even the rows read before the bad byte
    ByteArrayOutputStream latin = new ByteArrayOutputStream();
    for (int i = 0; i < 3000; i++) {
      latin.write(String.format("%016d;%016d;Warga %d;Jl. Kenari %d;1;10%n", 3201000000000000L + i,
          3201990000000000L + i, i, i).getBytes(StandardCharsets.UTF_8));
    }
    latin.write("3201000000009999;3201990000009999;Jos\u00e9;Jl. Kenari;1;10\n".getBytes(StandardCharsets.ISO_8859_1));
    HttpResponse<String> bukanUtf8 = kirim(alamat, latin.toByteArray());
    assertThat(bukanUtf8.statusCode()).as(bukanUtf8.body()).isEqualTo(415);
    assertThat(JSON.readTree(bukanUtf8.body()).path("message").asText()).contains("CSV UTF-8");
    assertThat(keluarga.countByProgramId(programId)).isZero();

    HttpResponse<String> multipart = kirimMultipart(alamat, CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(200);
    assertThat(keluarga.countByProgramId(programId)).isEqualTo(2);
    assertThat(keluarga.nomorKkByProgram(programId)).containsExactlyInAnyOrder("3271010101030001", "3271010101030002");
    assertThat(List.of(JSON.readTree(multipart.body()).path("ditolak").asLong())).containsExactly(2L);
  }

  @Test
  void theStepCannotCompleteWithoutAnyHousehold() throws Exception {
    String pi = ProgramUji.mulai(engine, "Sempur", "011", "2026-12-01").getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
    id.alursop.FotoUji.lampirkan(engine, task);
    HttpResponse<String> r = new TestHttp(port).post("/engine-rest/task/" + task.getId() + "/complete",
        "bapperida.bogor:demo", "application/json", "{\"variables\":{\"kelurahan\":{\"value\":\"Sempur\"},\"rw\":{\"value\":\"011\"},"
            + "\"catatanLogbook\":{\"value\":\"Analisis selesai\"},"
            + "\"sumberData\":{\"value\":\"[\\\"dtks\\\"]\","
            + "\"type\":\"Json\"},\"petaLokasiSasaran\":{\"value\":\"PETA-1\"},\"ringkasanAnalisis\":{\"value\":\"ok\"}}}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("unggah berkas CSV di tab Dokumen");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  private HttpResponse<String> kirim(String alamat, byte[] isi) throws Exception {
    TestHttp http = new TestHttp(port);
    return http.send(http.request(alamat, "bapperida.bogor:demo").header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofByteArray(isi)).build());
  }

  private HttpResponse<String> kirimMultipart(String alamat, byte[] isi) throws Exception {
    String batas = "----alursop" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + batas + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"kk.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(isi);
    body.write(("\r\n--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8));
    TestHttp http = new TestHttp(port);
    return http.send(http.request(alamat, "bapperida.bogor:demo")
        .header("Content-Type", "multipart/form-data; boundary=" + batas)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }
}
