package id.alursop.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code GET /api/sla/alerts} asks the database for the current user's own open alerts: sent to
 * the user, or to one of the user's groups (a whole group id in the comma-separated list).
 * Users, groups and alerts are the test's own, with unique keys.
 */
@AlurSopTest
class PeringatanSlaControllerTest {

  private static final Instant T0 = Instant.parse("2026-12-08T01:00:00Z");

  @Autowired IdentityService identity;
  @Autowired PeringatanSlaRepository peringatan;
  @Autowired TransactionTemplate transaksi;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();
  private final String unik = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final List<String> pengguna = new ArrayList<>();
  private final List<String> kelompok = new ArrayList<>();
  private final List<Long> dibuat = new ArrayList<>();

  private String staf;       // bogor, member of kelompokA
  private String tanpaGrup;  // bogor, no group
  private String ketapang;   // another agency
  private String kelompokA;
  private String kelompokLain;
  private String kelompokKetapang;

  @BeforeEach
  void siapkan() {
    kelompokA = grup("bogor-uji-" + unik);
    kelompokLain = grup("bogor-uji-lain-" + unik);
    grup("bogor-uji-" + unik + "-2"); // a group whose id begins like kelompokA's
    kelompokKetapang = grup("ketapang-uji-" + unik);
    staf = pengguna("uji.peringatan." + unik + ".bogor", kelompokA);
    tanpaGrup = pengguna("uji.tanpa-grup." + unik + ".bogor", null);
    ketapang = pengguna("uji.peringatan." + unik + ".ketapang", kelompokKetapang);
  }

  @AfterEach
  void hapus() {
    peringatan.deleteAllById(dibuat);
    pengguna.forEach(identity::deleteUser);
    kelompok.forEach(identity::deleteGroup);
  }

  @Test
  void aUserSeesExactlyTheirOwnOpenAlerts_newestFirst_anotherAgencySeesNoneOfThem() throws Exception {
    alert("langsung", 1, null, staf);
    alert("grup", 2, kelompokA, null);
    alert("grup-kedua-dalam-daftar", 3, kelompokLain + "," + kelompokA, null);
    alert("grup-lain", 4, kelompokLain, null);
    alert("grup-berawalan-sama", 5, kelompokA + "-2," + kelompokLain, null);
    alert("pengguna-lain", 6, null, tanpaGrup);
    String selesai = alert("selesai", 7, kelompokA, staf);
    alert("ketapang", 8, kelompokKetapang, null);
    transaksi.executeWithoutResult(s -> peringatan.tandaiSelesai(selesai));

    assertThat(tugas(staf, "")).containsExactly(tugasId("grup-kedua-dalam-daftar"), tugasId("grup"),
        tugasId("langsung"));
    assertThat(tugas(tanpaGrup, "")).as("a user without groups: only what was sent to them")
        .containsExactly(tugasId("pengguna-lain"));
    assertThat(tugas(ketapang, "")).containsExactly(tugasId("ketapang"));
  }

  @Test
  void pages_newestFirst_thenById() throws Exception {
    for (int i = 1; i <= 5; i++) {
      alert("ke-" + i, i, kelompokA, null);
    }
    alert("ke-6-bersamaan", 5, null, staf); // same moment as ke-5, recorded after it

    assertThat(tugas(staf, "?maxResults=2")).containsExactly(tugasId("ke-6-bersamaan"), tugasId("ke-5"));
    assertThat(tugas(staf, "?firstResult=2&maxResults=2")).containsExactly(tugasId("ke-4"), tugasId("ke-3"));
    assertThat(tugas(staf, "?firstResult=4&maxResults=2")).containsExactly(tugasId("ke-2"), tugasId("ke-1"));
    assertThat(tugas(staf, "?firstResult=6")).isEmpty();
    assertThat(tugas(staf, "?maxResults=" + id.alursop.rest.Halaman.BATAS)).hasSize(6);
  }

  @Test
  void badPagingIsRefusedInIndonesian() throws Exception {
    for (String salah : new String[] {"maxResults=0", "maxResults=501", "maxResults=abc", "maxResults=",
        "maxResults=-1"}) {
      HttpResponse<String> r = new TestHttp(port).get("/api/sla/alerts?" + salah, staf + ":demo");
      assertThat(r.statusCode()).as(salah).isEqualTo(400);
      assertThat(json.readTree(r.body()).path("message").asText()).as(salah)
          .isEqualTo("maxResults harus bilangan bulat 1 sampai 500");
    }
    for (String salah : new String[] {"firstResult=-1", "firstResult=x", "firstResult=1.5"}) {
      HttpResponse<String> r = new TestHttp(port).get("/api/sla/alerts?" + salah, staf + ":demo");
      assertThat(r.statusCode()).as(salah).isEqualTo(400);
      assertThat(json.readTree(r.body()).path("message").asText()).as(salah)
          .isEqualTo("firstResult harus bilangan bulat 0 atau lebih");
    }
  }

  private List<String> tugas(String login, String query) throws Exception {
    HttpResponse<String> r = new TestHttp(port).get("/api/sla/alerts" + query, login + ":demo");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> hasil = new ArrayList<>();
    for (JsonNode p : json.readTree(r.body())) {
      assertThat(p.path("selesai").asBoolean()).isFalse();
      hasil.add(p.path("taskId").asText());
    }
    return hasil;
  }

  private String tugasId(String nama) {
    return "uji-" + unik + "-" + nama;
  }

  private String alert(String nama, int menit, String kelompokPenerima, String penggunaPenerima) {
    String taskId = tugasId(nama);
    LangkahTerlambat langkah = new LangkahTerlambat(taskId, "instans-" + unik, "proses-uji", "Task_Uji", "1",
        "Langkah uji", T0, penggunaPenerima, List.of(), "bogor");
    dibuat.add(peringatan.save(new PeringatanSla(langkah, TingkatEskalasi.PENGINGAT, kelompokPenerima,
        penggunaPenerima, T0.plusSeconds(60L * menit))).getId());
    return taskId;
  }

  private String grup(String id) {
    Group g = identity.newGroup(id);
    g.setName(id);
    identity.saveGroup(g);
    kelompok.add(id);
    return id;
  }

  private String pengguna(String id, String grup) {
    User u = identity.newUser(id);
    u.setPassword("demo");
    identity.saveUser(u);
    pengguna.add(id);
    if (grup != null) {
      identity.createMembership(id, grup);
    }
    return id;
  }
}
