package id.alursop.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Eight members of one group claim the same task at the same moment over {@code /engine-rest}, a
 * hundred times: exactly one wins each round (204), every other gets 409 with an Indonesian JSON
 * message, never a 5xx.
 */
@AlurSopTest
class KlaimSerentakTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KELOMPOK = "contoh-staf-pelayanan";
  private static final int ANGGOTA = 8;
  private static final int PUTARAN = 100;

  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @LocalServerPort int port;

  private final List<String> penggunaUji = new ArrayList<>();
  private final List<String> anggota = new ArrayList<>();
  private final List<String> instans = new ArrayList<>();

  @BeforeEach
  void delapanAnggota() {
    identity.createUserQuery().memberOfGroup(KELOMPOK).list().forEach(u -> anggota.add(u.getId()));
    for (int i = 1; anggota.size() < ANGGOTA; i++) {
      String id = "klaim" + i + ".contoh";
      User user = identity.newUser(id);
      user.setFirstName("Staf");
      user.setLastName("Klaim " + i);
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(id, KELOMPOK);
      penggunaUji.add(id);
      anggota.add(id);
    }
  }

  @AfterEach
  void hapus() {
    instans.forEach(id -> runtime.deleteProcessInstance(id, "uji klaim serentak selesai", true, true));
    penggunaUji.forEach(identity::deleteUser);
  }

  @Test
  void eightClaimAtOnce_oneWinsTheOthersGet409() throws Exception {
    TestHttp http = new TestHttp(port);
    ExecutorService pool = Executors.newFixedThreadPool(ANGGOTA);
    try {
      for (int putaran = 0; putaran < PUTARAN; putaran++) {
        String id = runtime.createProcessInstanceByKey("contoh-layanan-surat").processDefinitionTenantId("contoh")
            .businessKey("KLAIM-" + putaran).setVariable("perihal", "Uji klaim serentak").execute().getId();
        instans.add(id);
        Task tugas = tasks.createTaskQuery().processInstanceId(id).singleResult();
        CountDownLatch mulai = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> jawaban = new ArrayList<>();
        for (String pengguna : anggota) {
          jawaban.add(pool.submit(() -> {
            mulai.await();
            return http.post("/engine-rest/task/" + tugas.getId() + "/claim", pengguna + ":demo", "application/json",
                "{\"userId\":\"" + pengguna + "\"}");
          }));
        }
        mulai.countDown();
        int menang = 0;
        for (Future<HttpResponse<String>> f : jawaban) {
          HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
          if (r.statusCode() == 204) {
            menang++;
            continue;
          }
          assertThat(r.statusCode()).as("round %d: %s", putaran, r.body()).isEqualTo(409);
          assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
          JsonNode body = JSON.readTree(r.body());
          assertThat(body.path("message").asText()).as("round %d", putaran).isIn(
              "Tugas sudah diklaim oleh pengguna lain",
              "Data baru saja diubah oleh pengguna lain; muat ulang lalu coba lagi");
          assertThat(r.body()).doesNotContain("at org.");
        }
        assertThat(menang).as("round %d: exactly one claim wins", putaran).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(tugas.getId()).singleResult().getAssignee()).isIn(anggota);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
