package id.alursop.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.ProgramUji;
import id.alursop.TestHttp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's attachment commands, guarded in the engine ({@link PenjagaLampiran}): over
 * {@code /engine-rest} with HTTP Basic and through the Java API under a user's login, another
 * agency's clerk reads, attaches and deletes nothing of a Kota Bogor case; the task's own clerk
 * reads the task's attachments, the administrator everything; a refusal is 403 (or Camunda's 404)
 * with an Indonesian message, never a 5xx, and changes nothing.
 */
@AlurSopTest
class PenjagaLampiranTest {

  private static final String KELURAHAN = "Kebon Kalapa";
  private static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  private final List<Runnable> bersihkan = new ArrayList<>();

  /** A Kampung Nol case of Kota Bogor: its first step, one document attached to it, one to the instance alone. */
  private record Kasus(Task tugas, String instans, String lampiranTugas, String lampiranInstans) {
  }

  @AfterEach
  void hapus() {
    engine.getIdentityService().clearAuthentication();
    bersihkan.forEach(Runnable::run);
  }

  @Test
  void anotherAgencysClerk_overEngineRest_readsAttachesAndDeletesNothing_neverA5xx() throws Exception {
    Kasus kasus = kasus();
    String tugas = "/engine-rest/task/" + kasus.tugas().getId() + "/attachment";
    String lain = "kabid.ketapang:demo";

    // Camunda's REST looks the task up in the user's history first: not found in another agency
    assertThat(get(tugas, lain).statusCode()).as("the list").isEqualTo(404);
    HttpResponse<String> satu = get(tugas + "/" + kasus.lampiranTugas(), lain);
    assertThat(satu.statusCode()).as(satu.body()).isEqualTo(403);
    assertThat(JSON.readTree(satu.body()).path("message").asText()).isEqualTo(PenjagaLampiran.PESAN_BACA);
    HttpResponse<String> isi = get(tugas + "/" + kasus.lampiranTugas() + "/data", lain);
    assertThat(isi.statusCode()).as(isi.body()).isEqualTo(403);
    assertThat(isi.body()).doesNotContain("%PDF");
    assertThat(get(tugas + "/tidak-ada", lain).statusCode()).as("whether it exists is not told").isEqualTo(403);
    assertThat(get(tugas + "/" + kasus.lampiranInstans() + "/data", lain).statusCode()).isEqualTo(403);

    // Camunda's REST answers an upload to a task the user cannot find in history with 400, a
    // refused deletion with 404; neither reaches or changes anything
    HttpResponse<String> lampirkan = lampirkan(kasus.tugas().getId(), lain);
    assertThat(lampirkan.statusCode()).as(lampirkan.body()).isEqualTo(400);
    HttpResponse<String> hapus = hapus(tugas + "/" + kasus.lampiranTugas(), lain);
    assertThat(hapus.statusCode()).as(hapus.body()).isEqualTo(404);

    tidakBerubah(kasus);
  }

  @Test
  void anotherAgencysClerk_throughTheJavaApi_isRefusedOnTheTaskAndTheInstance() {
    Kasus kasus = kasus();
    TaskService tasks = engine.getTaskService();
    String t = kasus.tugas().getId();
    Attachment dariInstans = tasks.getAttachment(kasus.lampiranInstans());

    sebagai("kabid.ketapang", () -> {
      ditolakBaca(() -> tasks.getTaskAttachments(t));
      ditolakBaca(() -> tasks.getTaskAttachment(t, kasus.lampiranTugas()));
      ditolakBaca(() -> tasks.getTaskAttachmentContent(t, kasus.lampiranTugas()));
      ditolakBaca(() -> tasks.getProcessInstanceAttachments(kasus.instans()));
      ditolakBaca(() -> tasks.getAttachment(kasus.lampiranInstans()));
      ditolakBaca(() -> tasks.getAttachment(kasus.lampiranTugas()));
      ditolakBaca(() -> tasks.getAttachmentContent(kasus.lampiranInstans()));
      ditolakUbah(() -> tasks.createAttachment("application/pdf", t, null, "Sisipan.pdf", null,
          new ByteArrayInputStream(PDF)));
      ditolakUbah(() -> tasks.createAttachment("application/pdf", null, kasus.instans(), "Sisipan.pdf", null,
          new ByteArrayInputStream(PDF)));
      dariInstans.setName("Diganti.pdf");
      ditolakUbah(() -> tasks.saveAttachment(dariInstans));
      ditolakUbah(() -> tasks.deleteAttachment(kasus.lampiranInstans()));
      ditolakUbah(() -> tasks.deleteTaskAttachment(t, kasus.lampiranTugas()));
      return null;
    });

    tidakBerubah(kasus);
  }

  @Test
  void theTasksCandidateClerk_readsTheTasksAttachments_butNotTheInstanceAlone() throws Exception {
    Kasus kasus = kasus();
    String tugas = "/engine-rest/task/" + kasus.tugas().getId() + "/attachment";
    String juru = "bapperida.bogor:demo";

    HttpResponse<String> satu = get(tugas + "/" + kasus.lampiranTugas(), juru);
    assertThat(satu.statusCode()).as(satu.body()).isEqualTo(200);
    assertThat(JSON.readTree(satu.body()).path("name").asText()).isEqualTo("Notulen.pdf");
    HttpResponse<byte[]> isi = unduh(tugas + "/" + kasus.lampiranTugas() + "/data", juru);
    assertThat(isi.statusCode()).isEqualTo(200);
    assertThat(isi.body()).isEqualTo(PDF);
    // Camunda's REST looks the task up in its history first, which a clerk may not read (READ_HISTORY)
    HttpResponse<String> daftar = get(tugas, juru);
    assertThat(daftar.statusCode()).as(daftar.body()).isEqualTo(404);

    TaskService tasks = engine.getTaskService();
    sebagai("bapperida.bogor", () -> {
      assertThat(tasks.getTaskAttachments(kasus.tugas().getId())).extracting(Attachment::getId)
          .containsExactly(kasus.lampiranTugas());
      assertThat(tasks.getAttachment(kasus.lampiranTugas()).getName()).isEqualTo("Notulen.pdf");
      // the clerk reads the instance's documents through the Dokumen tab only (DokumenController)
      ditolakBaca(() -> tasks.getProcessInstanceAttachments(kasus.instans()));
      ditolakBaca(() -> tasks.getAttachmentContent(kasus.lampiranInstans()));
      return null;
    });
    tidakBerubah(kasus);
  }

  @Test
  void theAdministratorReadsEverything() throws Exception {
    Kasus kasus = kasus();
    String tugas = "/engine-rest/task/" + kasus.tugas().getId() + "/attachment";

    HttpResponse<String> daftar = get(tugas, "demo:demo");
    assertThat(daftar.statusCode()).as(daftar.body()).isEqualTo(200);
    assertThat(JSON.readTree(daftar.body()).findValuesAsText("id")).containsExactly(kasus.lampiranTugas());
    assertThat(unduh(tugas + "/" + kasus.lampiranTugas() + "/data", "demo:demo").body()).isEqualTo(PDF);

    sebagai("demo", () -> {
      assertThat(engine.getTaskService().getProcessInstanceAttachments(kasus.instans())).extracting(Attachment::getId)
          .containsExactlyInAnyOrder(kasus.lampiranTugas(), kasus.lampiranInstans());
      return null;
    });
  }

  @Test
  void theSupervisorReadsButAttachesAndDeletesNothing() throws Exception {
    Kasus kasus = kasus();
    String tugas = "/engine-rest/task/" + kasus.tugas().getId() + "/attachment";
    String pengawas = "pengawas.bogor:demo";

    assertThat(get(tugas, pengawas).statusCode()).isEqualTo(200);
    assertThat(unduh(tugas + "/" + kasus.lampiranTugas() + "/data", pengawas).body()).isEqualTo(PDF);
    HttpResponse<String> lampirkan = lampirkan(kasus.tugas().getId(), pengawas);
    assertThat(lampirkan.statusCode()).as(lampirkan.body()).isEqualTo(403);
    assertThat(JSON.readTree(lampirkan.body()).path("message").asText()).isEqualTo(PenjagaLampiran.PESAN_UBAH);
    assertThat(hapus(tugas + "/" + kasus.lampiranTugas(), pengawas).statusCode()).as("Camunda's REST: refused as absent")
        .isEqualTo(404);

    sebagai("pengawas.bogor", () -> {
      assertThat(engine.getTaskService().getProcessInstanceAttachments(kasus.instans())).hasSize(2);
      ditolakUbah(() -> engine.getTaskService().deleteAttachment(kasus.lampiranInstans()));
      return null;
    });
    tidakBerubah(kasus);
  }

  /** The agency check refuses with a plain engine exception; the guard makes it a 403, never a 500. */
  @Test
  void readingEveryTaskOfAnotherAgency_stillRefused_403() throws Exception {
    Kasus kasus = kasus();
    String pengguna = "uji.lampiran.ketapang";
    penggunaDenganBacaSemua(pengguna, "uji-lampiran-ketapang", "ketapang");

    HttpResponse<String> satu = get("/engine-rest/task/" + kasus.tugas().getId() + "/attachment/"
        + kasus.lampiranTugas() + "/data", pengguna + ":demo");
    assertThat(satu.statusCode()).as(satu.body()).isEqualTo(403);
    assertThat(JSON.readTree(satu.body()).path("message").asText()).isEqualTo(PenjagaLampiran.PESAN_BACA);
    sebagai(pengguna, () -> {
      ditolakBaca(() -> engine.getTaskService().getProcessInstanceAttachments(kasus.instans()));
      ditolakBaca(() -> engine.getTaskService().getAttachmentContent(kasus.lampiranTugas()));
      return null;
    });
  }

  @Test
  void whatDoesNotExist_answersAsCamundaDoes() throws Exception {
    Kasus kasus = kasus();
    String tugas = "/engine-rest/task/" + kasus.tugas().getId() + "/attachment";
    String juru = "bapperida.bogor:demo";
    assertThat(get(tugas + "/tidak-ada", juru).statusCode()).isEqualTo(404);
    assertThat(get(tugas + "/tidak-ada/data", juru).statusCode()).isEqualTo(404);
    assertThat(hapus(tugas + "/tidak-ada", juru).statusCode()).isEqualTo(404);
    for (String login : new String[] {juru, "kabid.ketapang:demo", "demo:demo"}) {
      assertThat(get("/engine-rest/task/tidak-ada/attachment", login).statusCode()).as(login).isEqualTo(404);
      assertThat(get("/engine-rest/task/tidak-ada/attachment/" + kasus.lampiranTugas(), login).statusCode()).as(login)
          .isEqualTo(404);
    }
    TaskService tasks = engine.getTaskService();
    sebagai("kabid.ketapang", () -> {
      assertThat(tasks.getAttachment("tidak-ada")).isNull();
      // (Camunda's own getAttachmentContent of an unknown id fails with a NullPointerException; no REST call reaches it)
      assertThat(tasks.getTaskAttachments("tidak-ada")).isEmpty();
      assertThat(tasks.getProcessInstanceAttachments("tidak-ada")).isEmpty();
      return null;
    });
    tidakBerubah(kasus);
  }

  /** An upload through the Dokumen tab passes the guard as checked by the application, the uploader still named. */
  @Test
  void anUploadThroughTheDokumenTab_isStillLoggedUnderItsUser() throws Exception {
    Kasus kasus = kasus();
    String batas = "----alursop" + System.nanoTime();
    HttpResponse<String> r = multipart("/api/dokumen/tugas/" + kasus.tugas().getId(), "bapperida.bogor:demo", batas,
        bagian(batas, "berkas", "Nota Dinas.pdf", PDF));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(kasus.tugas().getId())
        .operationType("AddAttachment").list()).extracting(l -> l.getUserId()).contains("bapperida.bogor");
  }

  private Kasus kasus() {
    String pi = ProgramUji.mulai(engine, KELURAHAN).getId();
    Task tugas = engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_IdentifikasiLokasiPrioritas").singleResult();
    String lampiranTugas = engine.getTaskService().createAttachment("application/pdf", tugas.getId(), pi, "Notulen.pdf",
        "Notulen rapat", new ByteArrayInputStream(PDF)).getId();
    String lampiranInstans = engine.getTaskService().createAttachment("application/pdf", null, pi, "SK Tim.pdf", null,
        new ByteArrayInputStream(PDF)).getId();
    return new Kasus(tugas, pi, lampiranTugas, lampiranInstans);
  }

  /** Both documents still there, unchanged, and nothing added. */
  private void tidakBerubah(Kasus kasus) {
    TaskService tasks = engine.getTaskService();
    assertThat(tasks.getProcessInstanceAttachments(kasus.instans())).extracting(Attachment::getName)
        .containsExactlyInAnyOrder("Notulen.pdf", "SK Tim.pdf");
    assertThat(tasks.getTaskAttachments(kasus.tugas().getId())).extracting(Attachment::getId)
        .containsExactly(kasus.lampiranTugas());
    for (String id : List.of(kasus.lampiranTugas(), kasus.lampiranInstans())) {
      try (InputStream isi = tasks.getAttachmentContent(id)) {
        assertThat(isi.readAllBytes()).isEqualTo(PDF);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Runs as the user, logged in as REST would: the user's groups and agencies. */
  private <T> T sebagai(String pengguna, Supplier<T> kerja) {
    IdentityService identity = engine.getIdentityService();
    List<String> kelompok = identity.createGroupQuery().groupMember(pengguna).list().stream().map(Group::getId).toList();
    List<String> instansi = identity.createTenantQuery().userMember(pengguna).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    identity.setAuthentication(pengguna, kelompok, instansi);
    try {
      return kerja.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static void ditolakBaca(ThrowingCallable panggilan) {
    assertThatThrownBy(panggilan).isInstanceOf(AuthorizationException.class).hasMessage(PenjagaLampiran.PESAN_BACA);
  }

  private static void ditolakUbah(ThrowingCallable panggilan) {
    assertThatThrownBy(panggilan).isInstanceOf(AuthorizationException.class).hasMessage(PenjagaLampiran.PESAN_UBAH);
  }

  /** A user of {@code tenant} whose group may READ every task and every process instance. */
  private void penggunaDenganBacaSemua(String pengguna, String kelompok, String tenant) {
    IdentityService identity = engine.getIdentityService();
    Group g = identity.newGroup(kelompok);
    g.setName(kelompok);
    identity.saveGroup(g);
    User u = identity.newUser(pengguna);
    u.setPassword("demo");
    identity.saveUser(u);
    identity.createMembership(pengguna, kelompok);
    identity.createTenantGroupMembership(tenant, kelompok);
    List<String> otorisasi = new ArrayList<>();
    for (Resource sumber : List.of(Resources.TASK, Resources.PROCESS_INSTANCE)) {
      Authorization a = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      a.setGroupId(kelompok);
      a.setResource(sumber);
      a.setResourceId("*");
      a.addPermission(Permissions.READ);
      otorisasi.add(engine.getAuthorizationService().saveAuthorization(a).getId());
    }
    bersihkan.add(() -> {
      otorisasi.forEach(engine.getAuthorizationService()::deleteAuthorization);
      identity.deleteTenantGroupMembership(tenant, kelompok);
      identity.deleteUser(pengguna);
      identity.deleteGroup(kelompok);
    });
  }

  private HttpResponse<String> get(String path, String login) throws Exception {
    return new TestHttp(port).get(path, login);
  }

  private HttpResponse<byte[]> unduh(String path, String login) throws Exception {
    return HttpClient.newHttpClient().send(new TestHttp(port).request(path, login).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> hapus(String path, String login) throws Exception {
    TestHttp http = new TestHttp(port);
    return http.send(http.request(path, login).DELETE().build());
  }

  /** Camunda's own attachment upload: {@code POST /engine-rest/task/{id}/attachment/create}. */
  private HttpResponse<String> lampirkan(String taskId, String login) throws Exception {
    String batas = "----alursop" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(teks(batas, "attachment-name", "Sisipan.pdf"));
    body.write(teks(batas, "attachment-type", "application/pdf"));
    body.write(bagian(batas, "content", "Sisipan.pdf", PDF));
    return multipart("/engine-rest/task/" + taskId + "/attachment/create", login, batas, body.toByteArray());
  }

  private HttpResponse<String> multipart(String path, String login, String batas, byte[] bagian) throws Exception {
    byte[] akhir = ("--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[bagian.length + akhir.length];
    System.arraycopy(bagian, 0, body, 0, bagian.length);
    System.arraycopy(akhir, 0, body, bagian.length, akhir.length);
    TestHttp http = new TestHttp(port);
    return http.send(http.request(path, login).header("Content-Type", "multipart/form-data; boundary=" + batas)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  private static byte[] teks(String batas, String nama, String nilai) {
    return ("--" + batas + "\r\nContent-Disposition: form-data; name=\"" + nama + "\"\r\n\r\n" + nilai + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bagian(String batas, String nama, String berkas, byte[] isi) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(("--" + batas + "\r\nContent-Disposition: form-data; name=\"" + nama + "\"; filename=\"" + berkas
        + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(isi);
    out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
