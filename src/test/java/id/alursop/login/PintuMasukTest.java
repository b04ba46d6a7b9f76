package id.alursop.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One login for everything: {@code /api}, {@code /modeler} and {@code /laporan} take the webapps'
 * session (with their CSRF token on writes) or HTTP Basic, and nothing answers with a Basic
 * challenge that would make a browser show its own login dialog.
 */
@AlurSopTest
class PintuMasukTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LAPORAN =
      "/api/sla/report?processKey=kampung-nol-kemiskinan-ekstrem&from=2026-01-01&to=2026-12-31";
  private static final String HARI_LIBUR_SALAH = "{\"nama\":\"\"}";

  @LocalServerPort int port;

  private TestHttp http;

  @BeforeEach
  void siapkan() {
    http = new TestHttp(port);
  }

  @Test
  void theWebappsSessionAloneReadsTheSlaReport() throws Exception {
    TestHttp.Sesi pengawas = http.masukWebapp("pengawas.bogor", "cockpit");

    HttpResponse<String> laporan = pengawas.get(LAPORAN);

    assertThat(laporan.statusCode()).as(laporan.body()).isEqualTo(200);
    assertThat(json(laporan).path("processKey").asText()).isEqualTo("kampung-nol-kemiskinan-ekstrem");
    assertThat(json(laporan).path("langkah").isArray()).isTrue();
    // the agency stays the session's: another agency's SOP is not this supervisor's to read
    assertThat(pengawas.get("/api/sla/report?processKey=ketapang-asistensi-perencanaan&from=2026-01-01&to=2026-12-31")
        .statusCode()).isIn(403, 404);
  }

  @Test
  void withoutALoginTheApiAnswers401JsonWithoutABasicChallenge() throws Exception {
    for (String path : new String[] {LAPORAN, "/api/sla/alerts", "/api/sesi", "/modeler/api/models"}) {
      HttpResponse<String> tanpa = http.get(path, null);
      assertThat(tanpa.statusCode()).as(path).isEqualTo(401);
      assertThat(tanpa.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
      assertThat(tanpa.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
          t -> assertThat(t).startsWith("application/json"));
      assertThat(json(tanpa).path("message").asText()).as(path).contains("Belum masuk");
    }
    // (a wrong password of a real user would lock that user for a while, see the README's Security)
    HttpResponse<String> salah = http.get(LAPORAN, "tidak.ada:salah");
    assertThat(salah.statusCode()).isEqualTo(401);
    assertThat(salah.headers().firstValue("WWW-Authenticate")).isEmpty();

    HttpResponse<String> engineRest = http.get("/engine-rest/task?maxResults=1", null);
    assertThat(engineRest.statusCode()).isEqualTo(401);
    assertThat(engineRest.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(json(engineRest).path("message").asText()).contains("Belum masuk");
  }

  @Test
  void basicStaysForScriptsOnEveryPath() throws Exception {
    assertThat(http.get(LAPORAN, "pengawas.bogor:demo").statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/task?maxResults=1", "pengawas.bogor:demo").statusCode()).isEqualTo(200);
    JsonNode sesi = json(http.get("/api/sesi", "pengawas.bogor:demo"));
    assertThat(sesi.path("pengguna").asText()).isEqualTo("pengawas.bogor");
    assertThat(sesi.path("lewatSesi").asBoolean()).isFalse();
    assertThat(sesi.path("tokenCsrf").isNull()).isTrue();
    // a script's write needs no CSRF token: it passes the login and reaches the rules of the call
    HttpResponse<String> tulis = http.post("/api/calendar/holidays", "demo:demo", "application/json", HARI_LIBUR_SALAH);
    assertThat(tulis.statusCode()).isEqualTo(400);
    assertThat(json(tulis).path("message").asText()).contains("tanggal wajib diisi");
  }

  @Test
  void aSessionWriteNeedsTheWebappsCsrfToken() throws Exception {
    TestHttp.Sesi admin = http.masukWebapp("demo", "admin");

    HttpResponse<String> tanpaToken = admin.post("/api/calendar/holidays", "application/json", HARI_LIBUR_SALAH, false);
    assertThat(tanpaToken.statusCode()).isEqualTo(403);
    assertThat(json(tanpaToken).path("message").asText()).contains("X-XSRF-TOKEN");

    HttpResponse<String> denganToken = admin.post("/api/calendar/holidays", "application/json", HARI_LIBUR_SALAH, true);
    assertThat(denganToken.statusCode()).as("past the login, the call's own rules answer").isEqualTo(400);
    assertThat(json(denganToken).path("message").asText()).contains("tanggal wajib diisi");

    String periksa = "{\"tenant\":\"bogor\",\"berkas\":[]}";
    assertThat(admin.post("/modeler/api/check", "application/json", periksa, false).statusCode()).isEqualTo(403);
    assertThat(admin.post("/modeler/api/check", "application/json", periksa, true).statusCode()).isNotEqualTo(403);

    // the token is the one the webapps handed this session, and /api/sesi gives it to our pages
    assertThat(json(admin.get("/api/sesi")).path("tokenCsrf").asText()).isEqualTo(admin.tokenCsrf());
    // the webapps' own writes still work with it: the session survived the refused writes
    assertThat(admin.get("/api/sesi").statusCode()).isEqualTo(200);
  }

  @Test
  void sessionTellsThePagesWhatTheUserMayOpen() throws Exception {
    JsonNode pengawas = json(http.masukWebapp("pengawas.bogor", "cockpit").get("/api/sesi"));
    assertThat(pengawas.path("pengguna").asText()).isEqualTo("pengawas.bogor");
    assertThat(pengawas.path("nama").asText()).isEqualTo("Pengawas BAPPERIDA");
    assertThat(pengawas.path("lewatSesi").asBoolean()).isTrue();
    assertThat(pengawas.path("laporanSla").asBoolean()).isTrue();
    assertThat(pengawas.path("modeler").asBoolean()).isFalse();
    assertThat(pengawas.path("instansi")).extracting(JsonNode::asText).containsExactly("bogor");
    assertThat(pengawas.path("aplikasi")).extracting(JsonNode::asText).contains("cockpit").doesNotContain("admin");

    JsonNode petugas = json(http.masukWebapp("bapperida.bogor", "tasklist").get("/api/sesi"));
    assertThat(petugas.path("laporanSla").asBoolean()).isFalse();
    assertThat(petugas.path("modeler").asBoolean()).isFalse();
    assertThat(petugas.path("aplikasi")).extracting(JsonNode::asText).containsExactly("tasklist");

    JsonNode admin = json(http.masukWebapp("demo", "admin").get("/api/sesi"));
    assertThat(admin.path("laporanSla").asBoolean()).isTrue();
    assertThat(admin.path("modeler").asBoolean()).isTrue();
    assertThat(admin.path("aplikasi")).extracting(JsonNode::asText).containsExactly("tasklist", "cockpit", "admin");
  }

  @Test
  void pagesWithoutASessionShowAnIndonesianPageWithTheLoginLink() throws Exception {
    HttpResponse<String> laporan = http.get("/laporan/sla", null);
    assertThat(laporan.statusCode()).isEqualTo(401);
    assertThat(laporan.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(laporan.body()).contains("Silakan masuk", "href=\"/camunda/app/cockpit/default/\"", "/laporan/sla");

    HttpResponse<String> modeler = http.get("/modeler", null);
    assertThat(modeler.statusCode()).isEqualTo(401);
    assertThat(modeler.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(modeler.body()).contains("Silakan masuk", "href=\"/camunda/app/admin/default/\"");

    HttpResponse<String> dibuka = http.masukWebapp("pengawas.bogor", "cockpit").get("/laporan/sla");
    assertThat(dibuka.statusCode()).isEqualTo(200);
    assertThat(dibuka.body()).contains("id=\"alur-kepala\"", "/alur/kepala.js");
  }

  @Test
  void theModelerStaysForAdministrators() throws Exception {
    TestHttp.Sesi pengawas = http.masukWebapp("pengawas.bogor", "cockpit");
    HttpResponse<String> halaman = pengawas.get("/modeler");
    assertThat(halaman.statusCode()).isEqualTo(403);
    assertThat(halaman.body()).contains("hanya untuk administrator");
    assertThat(pengawas.get("/modeler/api/models").statusCode()).isEqualTo(403);

    TestHttp.Sesi admin = http.masukWebapp("demo", "admin");
    assertThat(admin.get("/modeler").statusCode()).isEqualTo(200);
    assertThat(json(admin.get("/modeler/api/models?tenant=bogor")).path("pengguna").asText()).isEqualTo("demo");
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }
}
