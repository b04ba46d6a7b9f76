package id.alursop.bench;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The benchmark's process: seven user tasks in a row (the Kampung Nol shape for one household),
 * each with a Camunda Form of two rules and, for Alur SOP, a time standard of 300 working minutes.
 */
final class ModelBench {

  static final String PROSES = "bench-tujuh-langkah";
  static final String KELOMPOK = "bogor-bapperida";
  static final String PENGGUNA = "bapperida.bogor";
  static final String FORM = """
      {"type":"default","id":"bench-langkah","schemaVersion":16,"components":[
        {"type":"textfield","id":"Field_hasil","key":"hasil","label":"Hasil","validate":{"required":true,"maxLength":200}},
        {"type":"number","id":"Field_jumlah","key":"jumlah","label":"Jumlah","validate":{"required":true,"min":1,"max":1000}}]}""";

  private ModelBench() {
  }

  /** Deployed for tenant bogor, startable by BAPPERIDA (as the SOP models are). */
  static void terapkan(ProcessEngine engine, String tenant, boolean alur) {
    engine.getRepositoryService().createDeployment().name("bench").tenantId(tenant)
        .addString(PROSES + ".bpmn", bpmn(PROSES, form(alur), alur))
        .addString(form(alur) + ".form", FORM.replace("bench-langkah", form(alur)))
        .deploy();
    if (alur) {
      izinkan(engine, PROSES);
    }
  }

  /**
   * The same process without one of Alur SOP's mechanisms, to see what each costs: without form
   * ({@code tanpa-form}), without time standard ({@code tanpa-sla}), without both ({@code polos}).
   */
  static List<String> terapkanVarian(ProcessEngine engine) {
    var deployment = engine.getRepositoryService().createDeployment().name("bench-varian").tenantId("bogor");
    deployment.addString("bench-tanpa-form.bpmn", bpmn("bench-tanpa-form", null, true));
    deployment.addString("bench-tanpa-sla.bpmn", bpmn("bench-tanpa-sla", form(true), false));
    deployment.addString("bench-polos.bpmn", bpmn("bench-polos", null, false));
    deployment.deploy();
    List<String> varian = List.of("bench-tanpa-form", "bench-tanpa-sla", "bench-polos");
    varian.forEach(key -> izinkan(engine, key));
    return varian;
  }

  private static void izinkan(ProcessEngine engine, String key) {
    if (engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(KELOMPOK)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(key).count() > 0) {
      return; // a kept database (--pgdata) has it from an earlier run
    }
    Authorization izin = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    izin.setGroupId(KELOMPOK);
    izin.setResource(Resources.PROCESS_DEFINITION);
    izin.setResourceId(key);
    izin.addPermission(Permissions.READ);
    izin.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    engine.getAuthorizationService().saveAuthorization(izin);
  }

  /** Form keys are unique across tenants in one database (the engine resolves "latest" by key). */
  private static String form(boolean alur) {
    return alur ? "bench-langkah" : "bench-langkah-polos";
  }

  static String bpmn(String key, String form, boolean sla) {
    return bpmn(key, form, sla, KELOMPOK);
  }

  /** Seven steps of candidate group {@code kelompok}, each with the Camunda Form {@code form} (null: none). */
  static String bpmn(String key, String form, boolean sla, String kelompok) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions"
        + " xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\""
        + " id=\"Definitions_Bench\" targetNamespace=\"http://alursop.id/bench\"><bpmn:process id=\"" + key
        + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\"><bpmn:startEvent id=\"StartEvent_Mulai\"/>");
    String sebelum = "StartEvent_Mulai";
    for (int i = 1; i <= 7; i++) {
      String id = "Task_Langkah" + i;
      x.append("<bpmn:sequenceFlow id=\"Flow_").append(i).append("\" sourceRef=\"").append(sebelum)
          .append("\" targetRef=\"").append(id).append("\"/>");
      x.append("<bpmn:userTask id=\"").append(id).append("\" name=\"Langkah ").append(i)
          .append("\" camunda:candidateGroups=\"").append(kelompok).append('"');
      if (form != null) {
        x.append(" camunda:formRef=\"").append(form).append("\" camunda:formRefBinding=\"latest\"");
      }
      x.append('>');
      if (sla) {
        x.append("<bpmn:extensionElements><camunda:properties><camunda:property name=\"sop.langkah\" value=\"")
            .append(i).append("\"/><camunda:property name=\"sop.waktu\" value=\"PT300M\"/></camunda:properties>")
            .append("</bpmn:extensionElements>");
      }
      x.append("</bpmn:userTask>");
      sebelum = id;
    }
    x.append("<bpmn:sequenceFlow id=\"Flow_8\" sourceRef=\"").append(sebelum)
        .append("\" targetRef=\"EndEvent_Selesai\"/><bpmn:endEvent id=\"EndEvent_Selesai\"/></bpmn:process>")
        .append("</bpmn:definitions>");
    return x.toString();
  }
}
