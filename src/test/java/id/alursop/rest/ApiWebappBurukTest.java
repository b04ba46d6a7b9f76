package id.alursop.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.PengemudiSop;
import id.alursop.TestHttp;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps' own API (Cockpit's, Admin's, the login) answers bad input like the engine's: a 4xx
 * with an Indonesian JSON message naming what was wrong, no stack trace; and a refused form is
 * logged once, on one line, not as an engine error with its stack trace (ENGINE-16004).
 */
@AlurSopTest
@ExtendWith(OutputCaptureExtension.class)
class ApiWebappBurukTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void webappApis_badInput_4xxInIndonesian() throws Exception {
    TestHttp http = new TestHttp(port);
    TestHttp.Sesi admin = http.masukWebapp("demo", "cockpit");
    tolakan(admin.kirim("POST", "/camunda/api/admin/auth/user/default/login/cockpit", "application/json", ""),
        415, "Jenis isi permintaan");
    tolakan(admin.kirim("POST", "/camunda/api/cockpit/plugin/base/default/process-instance", "application/json", "{"),
        400, "Isi permintaan bukan JSON");
    tolakan(admin.kirim("POST", "/camunda/api/cockpit/plugin/base/default/process-instance", "application/json",
        "{\"processDefinitionId\": {\"a\": 1}}"), 400, "'processDefinitionId'");
    tolakan(admin.kirim("GET", "/camunda/api/engine/engine/default/task?maxResults=bukan-angka", null, null),
        400, "maxResults");
    tolakan(admin.kirim("POST", "/camunda/api/engine/engine/default/task/tidak-ada/claim", "application/json",
        "{\"userId\":\"demo\"}"), 404, "Tidak ditemukan");
    tolakan(admin.kirim("POST", "/camunda/api/engine/engine/default/group/create", "application/json",
        "{\"id\":null}"), 400, "Isian 'groupId' wajib diisi");
  }

  @Test
  void aRefusedForm_isLoggedOnceOnOneLine_withoutEngineErrorOrTrace(CapturedOutput keluaran) throws Exception {
    PengemudiSop pengemudi = new PengemudiSop(engine);
    ProcessInstance instance = pengemudi.mulai("ketapang-asistensi-perencanaan");
    Task pertama = pengemudi.tugasTerbuka(instance.getId()).get(0);
    int awal = keluaran.getOut().length();

    HttpResponse<String> jawaban = new TestHttp(port).post("/engine-rest/task/" + pertama.getId() + "/submit-form",
        "kabid.ketapang:demo", "application/json", "{\"variables\":{}}");

    assertThat(jawaban.statusCode()).isEqualTo(400);
    String log = keluaran.getOut().substring(awal);
    assertThat(log).doesNotContain("ENGINE-16004", "\tat ", "ERROR");
    assertThat(log.lines().filter(l -> l.contains("Permintaan ditolak 400")).toList()).singleElement().asString()
        .contains("POST /engine-rest/task/…", "FormValidationException");
  }

  private static void tolakan(HttpResponse<String> jawaban, int status, String pesan) throws Exception {
    assertThat(jawaban.statusCode()).as(jawaban.body()).isEqualTo(status);
    JsonNode isi = JSON.readTree(jawaban.body());
    assertThat(isi.path("message").asText()).contains(pesan);
    assertThat(jawaban.body()).doesNotContain("\tat ", "Caused by", "at org.");
  }

}
