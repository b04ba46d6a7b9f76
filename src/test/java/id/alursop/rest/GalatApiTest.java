package id.alursop.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every refusal of our own {@code /api} is a 4xx with an Indonesian JSON message naming the
 * parameter or field, logged once on one line without what was sent; no answer carries internals.
 */
@AlurSopTest
@ExtendWith(OutputCaptureExtension.class)
class GalatApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PENGAWAS = "pengawas.bogor:demo";
  private static final String ADMIN = "demo:demo";
  private static final String LAPORAN = "/api/sla/report?processKey=kampung-nol-kemiskinan-ekstrem";

  @LocalServerPort int port;
  private TestHttp http;

  @BeforeEach
  void klien() {
    http = new TestHttp(port);
  }

  @Test
  void missingParameter_400NamesIt(CapturedOutput log) throws Exception {
    JsonNode tanpaFrom = tolak(http.get(LAPORAN + "&to=2026-12-31", PENGAWAS), 400);
    assertThat(tanpaFrom.path("field").asText()).isEqualTo("from");
    assertThat(tanpaFrom.path("message").asText()).isEqualTo("Parameter 'from' wajib diisi (tanggal tttt-bb-hh)");
    assertThat(tolak(http.get(LAPORAN + "&from=2026-01-01", PENGAWAS), 400).path("message").asText())
        .isEqualTo("Parameter 'to' wajib diisi (tanggal tttt-bb-hh)");
    assertThat(tolak(http.get("/api/sla/report?from=2026-01-01&to=2026-12-31", PENGAWAS), 400).path("field").asText())
        .isEqualTo("processKey");
    JsonNode tanpaTahun = tolak(http.get("/api/calendar/holidays", PENGAWAS), 400);
    assertThat(tanpaTahun.path("message").asText()).isEqualTo("Parameter 'year' wajib diisi (bilangan bulat)");
    assertThat(log.getOut()).containsOnlyOnce("Ditolak 400 GET /api/calendar/holidays: parameter tidak ada (year)");
  }

  @Test
  void wrongType_400NamesTheParameterAndWhatItMustBe(CapturedOutput log) throws Exception {
    JsonNode tahun = tolak(http.get("/api/calendar/holidays?year=duaribu", PENGAWAS), 400);
    assertThat(tahun.path("field").asText()).isEqualTo("year");
    assertThat(tahun.path("message").asText()).isEqualTo("Parameter 'year' tidak sah: harus bilangan bulat");
    JsonNode tanggal = tolak(http.get(LAPORAN + "&from=31-12-2026&to=2026-12-31", PENGAWAS), 400);
    assertThat(tanggal.path("field").asText()).isEqualTo("from");
    assertThat(tanggal.path("message").asText()).isEqualTo("Parameter 'from' tidak sah: harus tanggal tttt-bb-hh");
    assertThat(tolak(http.get(LAPORAN + "&from=2026-12-31&to=2026-01-01", PENGAWAS), 400).path("message").asText())
        .isEqualTo("to tidak boleh sebelum from");
    assertThat(log.getOut()).as("the value sent is never logged").doesNotContain("duaribu").doesNotContain("31-12-2026");
  }

  @Test
  void unreadableJsonBody_400(CapturedOutput log) throws Exception {
    String libur = "/api/calendar/holidays";
    assertThat(tolak(http.post(libur, ADMIN, "application/json", "{\"tanggal\": "), 400).path("message").asText())
        .isEqualTo("Isi permintaan bukan JSON yang sah");
    assertThat(tolak(http.post(libur, ADMIN, "application/json", ""), 400).path("message").asText())
        .isEqualTo("Isi permintaan kosong: kirim JSON");
    assertThat(tolak(http.post(libur, ADMIN, "application/json", "[1, 2]"), 400).path("message").asText())
        .isEqualTo("Isi permintaan tidak berbentuk yang diharapkan (objek JSON)");
    JsonNode tanggal = tolak(http.post(libur, ADMIN, "application/json",
        "{\"tanggal\": \"hari-kemerdekaan-xyz\", \"nama\": \"Hari Jadi\"}"), 400);
    assertThat(tanggal.path("field").asText()).isEqualTo("tanggal");
    assertThat(tanggal.path("message").asText()).isEqualTo("Isian 'tanggal' tidak sah: harus tanggal tttt-bb-hh");
    assertThat(log.getOut()).contains("Ditolak 400 POST /api/calendar/holidays: isian JSON tidak sah (tanggal)")
        .doesNotContain("hari-kemerdekaan-xyz");
    assertThat(http.get("/api/calendar/holidays?year=2026", ADMIN).body()).doesNotContain("Hari Jadi");
  }

  @Test
  void wrongMediaTypeMethodOrPath_415_405_404() throws Exception {
    JsonNode jenis = tolak(http.post("/api/calendar/holidays", ADMIN, "text/plain", "2026-08-17 Hari Jadi"), 415);
    assertThat(jenis.path("message").asText()).startsWith("Jenis isi text/plain").contains("application/json");

    HttpResponse<String> hapus = http.send(http.request("/api/calendar/holidays?year=2026", ADMIN).DELETE().build());
    JsonNode metode = tolak(hapus, 405);
    assertThat(metode.path("message").asText()).startsWith("Metode DELETE tidak didukung").contains("GET");
    assertThat(hapus.headers().firstValue("Allow")).get().asString().contains("GET").contains("POST");

    JsonNode tidakAda = tolak(http.get("/api/tidak-ada/sama-sekali", PENGAWAS), 404);
    assertThat(tidakAda.path("message").asText()).isEqualTo("Alamat /api/tidak-ada/sama-sekali tidak ada");
    tolak(http.get("/modeler/api/tidak-ada", ADMIN), 404);
  }

  @Test
  void missingMultipartPart_400NamesThePart() throws Exception {
    String batas = "batasUji";
    String badan = "--" + batas + "\r\nContent-Disposition: form-data; name=\"lain\"\r\n\r\nisi\r\n--" + batas + "--\r\n";
    HttpResponse<String> r = http.send(http.request("/api/kampung-nol/tidak-ada/keluarga", "bapperida.bogor:demo")
        .header("Content-Type", "multipart/form-data; boundary=" + batas)
        .POST(HttpRequest.BodyPublishers.ofString(badan)).build());
    JsonNode tanpaBerkas = tolak(r, 400);
    assertThat(tanpaBerkas.path("field").asText()).isEqualTo("berkas");
    assertThat(tanpaBerkas.path("message").asText()).startsWith("Bagian 'berkas' wajib dikirim");
  }

  @Test
  void noLoginStays401_AndTheErrorPageShowsNoInternals() throws Exception {
    assertThat(tolak(http.get(LAPORAN, null), 401).path("message").asText()).startsWith("Belum masuk");
    HttpResponse<String> halaman = http.send(http.request("/error", null).header("Accept", "application/json").build());
    assertThat(halaman.body()).doesNotContain("trace").doesNotContain("Exception").doesNotContain("at org.");
  }

  /** The answer has this status and a JSON body with a message, and shows no internals. */
  private static JsonNode tolak(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.")
        .doesNotContain("\"trace\"");
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("message").asText()).isNotBlank();
    return body;
  }
}
