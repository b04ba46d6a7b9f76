package id.alursop.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each agency a tenant: one agency's users never see another's definitions, instances or tasks. */
@AlurSopTest
class IsolasiInstansiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void modelsDeployedPerAgency() {
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("kampung-nol-kemiskinan-ekstrem")
        .singleResult().getTenantId()).isEqualTo("bogor");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("tinjauan-berjenjang")
        .latestVersion().list()).extracting(d -> d.getTenantId())
        .containsExactlyInAnyOrder("bogor", "ketapang", "lamandau", "bartim", "contoh");
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("uep-kelayakan")
        .singleResult().getTenantId()).isEqualTo("lamandau");
  }

  @Test
  void anotherAgencysCasesAreInvisible_andOtherGroupsTasksCannotBeClaimed() throws Exception {
    TestHttp http = new TestHttp(port);
    HttpResponse<String> started = http.post("/engine-rest/process-definition/key/ketapang-rencana-definitif/tenant-id/"
        + "ketapang/start", "kabid.ketapang:demo", "application/json",
        "{\"variables\":{\"tahunAnggaran\":{\"value\":2027},\"perihal\":{\"value\":\"Rencana Definitif 2027\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = JSON.readTree(started.body()).path("id").asText();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();

    assertThat(JSON.readTree(http.get("/engine-rest/task?processInstanceId=" + instance + "&maxResults=10",
        "kabid.ketapang:demo").body())).hasSize(1);
    assertThat(JSON.readTree(http.get("/engine-rest/task?processInstanceId=" + instance + "&maxResults=10",
        "bapperida.bogor:demo").body())).isEmpty();
    assertThat(http.get("/engine-rest/task/" + task, "bapperida.bogor:demo").statusCode()).isEqualTo(404);
    assertThat(http.get("/engine-rest/process-instance/" + instance, "bapperida.bogor:demo").statusCode()).isEqualTo(404);
    JsonNode definitions = JSON.readTree(http.get("/engine-rest/process-definition?key=ketapang-rencana-definitif"
        + "&maxResults=10", "bapperida.bogor:demo").body());
    assertThat(definitions).isEmpty();
    assertThat(http.post("/engine-rest/process-definition/key/ketapang-rencana-definitif/tenant-id/ketapang/start",
        "bapperida.bogor:demo", "application/json", "{}").statusCode()).isIn(403, 404);
    assertThat(JSON.readTree(http.get("/engine-rest/task?processInstanceId=" + instance + "&maxResults=10",
        "demo:demo").body())).as("the administrator sees every agency").hasSize(1);

    // another agency's task: claimed, completed or read as if it did not exist (404), never a 5xx
    for (String aksi : java.util.List.of("claim", "complete", "assignee")) {
      HttpResponse<String> lain = http.post("/engine-rest/task/" + task + "/" + aksi, "bapperida.bogor:demo",
          "application/json", "{\"userId\":\"bapperida.bogor\"}");
      assertThat(lain.statusCode()).as(aksi + ": " + lain.body()).isEqualTo(404);
      assertThat(lain.body()).doesNotContain("ENGINE-13034", "tenant");
    }

    // same agency, another group's task: refused
    assertThat(http.post("/engine-rest/task/" + task + "/claim", "fungsional.umum.ketapang:demo", "application/json",
        "{\"userId\":\"fungsional.umum.ketapang\"}").statusCode()).isEqualTo(403);
    assertThat(http.post("/engine-rest/task/" + task + "/claim", "kabid.ketapang:demo", "application/json",
        "{\"userId\":\"kabid.ketapang\"}").statusCode()).isEqualTo(204);

    // claimed: another member of the same group may not complete it
    org.camunda.bpm.engine.identity.User rekan = engine.getIdentityService().newUser("kabid2.ketapang");
    rekan.setFirstName("Rekan");
    rekan.setLastName("Kabid");
    rekan.setPassword("demo");
    engine.getIdentityService().saveUser(rekan);
    engine.getIdentityService().createMembership("kabid2.ketapang", "ketapang-kabid");
    String isian = "{\"variables\":{\"hasilL1\":{\"value\":\"SK Tim RD\"}}}";
    assertThat(http.post("/engine-rest/task/" + task + "/complete", "kabid2.ketapang:demo", "application/json", isian)
        .statusCode()).isEqualTo(403);
    assertThat(http.post("/engine-rest/task/" + task + "/complete", "kabid.ketapang:demo", "application/json", isian)
        .statusCode()).isEqualTo(204);
  }
}
