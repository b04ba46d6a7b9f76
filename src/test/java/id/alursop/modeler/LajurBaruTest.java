package id.alursop.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.alursop.AlurSopTest;
import id.alursop.TestHttp;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator draws an SOP with a lane for a performer not yet known ("Satpol PP") and tasks
 * without candidate groups: the modeler asks first, then creates the lane's group, gives each task
 * its lane's group, and the deployed SOP works for its starters and its lanes' members only.
 */
@AlurSopTest
class LajurBaruTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN = "demo:demo";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;

  private final String akhiran = UUID.randomUUID().toString().substring(0, 6);
  private final String lajurBaru = "Satpol PP Uji " + akhiran;
  private final String kelompokBaru = "bogor-satpol-pp-uji-" + akhiran;
  private final String anggota = "uji.satpol." + akhiran;

  @AfterEach
  void hapus() {
    identity.deleteUser(anggota);
  }

  @Test
  void aNewLaneGetsItsGroupOnceTheAdministratorAgrees_andTheSopWorksForItsStartersAndLanesOnly() throws Exception {
    TestHttp http = new TestHttp(port);
    String key = "bogor-uji-lajur-" + akhiran;
    ObjectNode permintaan = permintaan(key);

    HttpResponse<String> tanya = http.post("/modeler/api/deploy", ADMIN, "application/json", permintaan.toString());
    assertThat(tanya.statusCode()).as(tanya.body()).isEqualTo(409);
    JsonNode baru = JSON.readTree(tanya.body()).path("kelompokBaru");
    assertThat(baru.findValuesAsText("id")).containsExactly(kelompokBaru);
    assertThat(baru.findValuesAsText("nama")).containsExactly(lajurBaru);
    assertThat(identity.createGroupQuery().groupId(kelompokBaru).count()).as("nothing created before consent").isZero();

    HttpResponse<String> terapkan = http.post("/modeler/api/deploy", ADMIN, "application/json",
        permintaan.put("buatKelompok", true).toString());
    assertThat(terapkan.statusCode()).as(terapkan.body()).isEqualTo(201);
    assertThat(JSON.readTree(terapkan.body()).path("kelompokDibuat").findValuesAsText("id")).containsExactly(kelompokBaru);
    Group grup = identity.createGroupQuery().groupId(kelompokBaru).singleResult();
    assertThat(grup.getName()).isEqualTo(lajurBaru);
    assertThat(identity.createTenantQuery().tenantId("bogor").groupMember(kelompokBaru).count()).isEqualTo(1);

    User user = identity.newUser(anggota);
    user.setPassword("demo");
    identity.saveUser(user);
    identity.createMembership(anggota, kelompokBaru);

    String mulai = "/engine-rest/process-definition/key/" + key + "/tenant-id/bogor/start";
    assertThat(http.post(mulai, "verifikator.bogor:demo", "application/json", "{}").statusCode())
        .as("not a starter in the model").isIn(403, 404);
    assertThat(http.post(mulai, anggota + ":demo", "application/json", "{}").statusCode())
        .as("a lane's member is no starter either").isEqualTo(403);
    HttpResponse<String> dimulai = http.post(mulai, "bapperida.bogor:demo", "application/json", "{}");
    assertThat(dimulai.statusCode()).as(dimulai.body()).isEqualTo(200);
    String instans = JSON.readTree(dimulai.body()).path("id").asText();

    Task pertama = tasks.createTaskQuery().processInstanceId(instans).singleResult();
    assertThat(pertama.getTaskDefinitionKey()).isEqualTo("Task_Langkah1");
    assertThat(tasks.getIdentityLinksForTask(pertama.getId())).extracting(l -> l.getGroupId())
        .containsExactly("bogor-bapperida");
    assertThat(selesaikan(http, pertama.getId(), "bapperida.bogor")).isEqualTo(204);

    Task kedua = tasks.createTaskQuery().processInstanceId(instans).singleResult();
    assertThat(kedua.getTaskDefinitionKey()).isEqualTo("Task_Penertiban");
    assertThat(tasks.getIdentityLinksForTask(kedua.getId())).extracting(l -> l.getGroupId())
        .containsExactly(kelompokBaru);
    assertThat(jumlahTugas(http, "bapperida.bogor", instans)).as("another lane's task").isZero();
    assertThat(jumlahTugas(http, anggota, instans)).isEqualTo(1);
    assertThat(selesaikan(http, kedua.getId(), anggota)).isEqualTo(204);
    assertThat(tasks.createTaskQuery().processInstanceId(instans).count()).isZero();
  }

  private static int selesaikan(TestHttp http, String task, String pengguna) throws Exception {
    String login = pengguna + ":demo";
    int klaim = http.post("/engine-rest/task/" + task + "/claim", login, "application/json",
        "{\"userId\":\"" + pengguna + "\"}").statusCode();
    if (klaim != 204) {
      return klaim;
    }
    return http.post("/engine-rest/task/" + task + "/complete", login, "application/json", "{\"variables\":{}}")
        .statusCode();
  }

  private static int jumlahTugas(TestHttp http, String pengguna, String instans) throws Exception {
    return JSON.readTree(http.get("/engine-rest/task?processInstanceId=" + instans + "&maxResults=10",
        pengguna + ":demo").body()).size();
  }

  private ObjectNode permintaan(String key) {
    ObjectNode body = JSON.createObjectNode().put("tenant", "bogor");
    ArrayNode berkas = body.putArray("berkas");
    berkas.addObject().put("nama", "processes/" + key + ".bpmn").put("isi", model(key));
    berkas.addObject().put("nama", "forms/uji-lajur/" + key + ".form").put("isi", formulir(key));
    return body;
  }

  private static String formulir(String key) {
    return "{\"type\":\"default\",\"id\":\"" + key + "-form\",\"schemaVersion\":16,\"components\":[{\"type\":\"text\","
        + "\"id\":\"Text_Uji\",\"text\":\"Uji lajur\"}]}";
  }

  /** Two lanes: BAPPERIDA (start, step 1) and a new one (step 2, end); no task names its group. */
  private String model(String key) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
        xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_UjiLajur" targetNamespace="http://alursop.id/bpmn">
          <bpmn:process id="KEY" name="Uji Lajur" isExecutable="true" camunda:historyTimeToLive="30" \
        camunda:candidateStarterGroups="bogor-bapperida">
            <bpmn:laneSet id="LaneSet_UjiLajur">
              <bpmn:lane id="Lane_Bapperida" name="BAPPERIDA">
                <bpmn:flowNodeRef>StartEvent_Mulai</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>Task_Langkah1</bpmn:flowNodeRef>
              </bpmn:lane>
              <bpmn:lane id="Lane_SatpolPp" name="LAJUR">
                <bpmn:flowNodeRef>Task_Penertiban</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>EndEvent_Selesai</bpmn:flowNodeRef>
              </bpmn:lane>
            </bpmn:laneSet>
            <bpmn:startEvent id="StartEvent_Mulai" name="Mulai">
              <bpmn:outgoing>Flow_KeLangkah1</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:userTask id="Task_Langkah1" name="Menyusun jadwal" camunda:formRef="KEY-form" camunda:formRefBinding="latest">
              <bpmn:incoming>Flow_KeLangkah1</bpmn:incoming>
              <bpmn:outgoing>Flow_KePenertiban</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:userTask id="Task_Penertiban" name="Melaksanakan penertiban" camunda:formRef="KEY-form" \
        camunda:formRefBinding="latest">
              <bpmn:incoming>Flow_KePenertiban</bpmn:incoming>
              <bpmn:outgoing>Flow_KeSelesai</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:endEvent id="EndEvent_Selesai" name="Selesai">
              <bpmn:incoming>Flow_KeSelesai</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_KeLangkah1" sourceRef="StartEvent_Mulai" targetRef="Task_Langkah1" />
            <bpmn:sequenceFlow id="Flow_KePenertiban" sourceRef="Task_Langkah1" targetRef="Task_Penertiban" />
            <bpmn:sequenceFlow id="Flow_KeSelesai" sourceRef="Task_Penertiban" targetRef="EndEvent_Selesai" />
          </bpmn:process>
        </bpmn:definitions>
        """.replace("KEY", key).replace("LAJUR", lajurBaru);
  }
}
