package id.alursop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.alursop.AlurSopTest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may start an SOP comes from its model's candidateStarterGroups, within its agency, and nobody else. */
@AlurSopTest
class IzinMemulaiTest {

  @Autowired RepositoryService repository;
  @Autowired AuthorizationService authorization;
  @Autowired IzinMemulai izinMemulai;

  @Test
  void theModelsStarterGroupsMayStartIt_othersAndOtherAgenciesGroupsMayNot() {
    assertThat(bolehMulai("bogor-bapperida", "kampung-nol-kemiskinan-ekstrem")).isTrue();
    assertThat(bolehMulai("bogor-tim-verifikator", "kampung-nol-kemiskinan-ekstrem")).isFalse();
    assertThat(bolehMulai("ketapang-kabid", "ketapang-rencana-definitif")).isTrue();
    assertThat(bolehMulai("lamandau-desa-kel", "lamandau-bantuan-uep")).isTrue();
    assertThat(bolehMulai("bartim-kasi-pmd", "barito-timur-kasi-pmd")).isTrue();
    assertThat(bolehMulai("bogor-bapperida", "sla-eskalasi")).as("no starter in the model").isFalse();

    String key = "uji-izin-" + UUID.randomUUID().toString().substring(0, 8);
    terapkan(key, "bogor-tim-monev,ketapang-kabid");
    assertThat(bolehMulai("bogor-tim-monev", key)).isTrue();
    assertThat(bolehMulai("ketapang-kabid", key)).as("a group of another agency is ignored").isFalse();

    terapkan(key, "bogor-pemkot");
    assertThat(bolehMulai("bogor-pemkot", key)).isTrue();
    assertThat(bolehMulai("bogor-tim-monev", key)).as("taken out of the model: may no longer start it").isFalse();
  }

  private void terapkan(String key, String pemulai) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .camundaStartableInTasklist(true).startEvent().endEvent().done();
    model.getModelElementById(key).setAttributeValueNs("http://camunda.org/schema/1.0/bpmn",
        "candidateStarterGroups", pemulai);
    repository.createDeployment().tenantId("bogor").addModelInstance(key + ".bpmn", model).deploy();
    izinMemulai.selaraskan(key);
  }

  private boolean bolehMulai(String grup, String key) {
    return authorization.isUserAuthorized("tidak-ada", List.of(grup), ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, key);
  }
}
