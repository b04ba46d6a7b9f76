package id.alursop.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may start an SOP is in its model: Camunda's {@code camunda:candidateStarterGroups} on the
 * process. For a process key, the groups its latest versions name (each only within its
 * version's agency) get READ and CREATE_INSTANCE on the definition and CREATE on process
 * instances; any other group loses CREATE_INSTANCE on it, so nobody else can start it
 * (administrators keep theirs). Applied at every start-up and to every deployment of the
 * modeler.
 */
@Component
public class IzinMemulai {

  private static final Logger LOG = LoggerFactory.getLogger(IzinMemulai.class);

  private final RepositoryService repository;
  private final IdentityService identity;
  private final AuthorizationService authorization;

  public IzinMemulai(RepositoryService repository, IdentityService identity, AuthorizationService authorization) {
    this.repository = repository;
    this.identity = identity;
    this.authorization = authorization;
  }

  /**
   * Every deployed process. The latest version of each key per agency is read from the engine's
   * definition table as it stands (a table page of Camunda's management API): a process-definition
   * query would first parse every model for its documentation, 0.8 s of a restart whose models
   * are not yet in the engine's cache (bench/reading.md, section 0a).
   */
  void selaraskanSemua(KeadaanIdentitas keadaan, ManagementService management) {
    Map<String, Map<String, Object>> terakhir = new LinkedHashMap<>();
    String tabel = management.getTableName(ProcessDefinition.class);
    long jumlah = management.createTablePageQuery().tableName(tabel).listPage(0, 1).getTotal();
    for (int dari = 0; dari < jumlah; dari += HALAMAN) {
      for (Map<String, Object> baris : management.createTablePageQuery().tableName(tabel)
          .orderAsc("ID_").listPage(dari, HALAMAN).getRows()) {
        String kunci = kolom(baris, "KEY_") + "|" + kolom(baris, "TENANT_ID_");
        Map<String, Object> ada = terakhir.get(kunci);
        if (ada == null || versi(baris) > versi(ada)) {
          terakhir.put(kunci, baris);
        }
      }
    }
    Map<String, List<Definisi>> perKunci = new TreeMap<>();
    terakhir.values().forEach(b -> perKunci.computeIfAbsent(String.valueOf(kolom(b, "KEY_")), k -> new ArrayList<>())
        .add(new Definisi(String.valueOf(kolom(b, "ID_")), (String) kolom(b, "TENANT_ID_"))));
    perKunci.forEach((key, definisi) -> selaraskan(key, definisi, keadaan));
  }

  /** The start permissions of one process key, as its latest versions' models name them. */
  public void selaraskan(String key) {
    selaraskan(key, repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().unlimitedList()
        .stream().map(d -> new Definisi(d.getId(), d.getTenantId())).toList(),
        KeadaanIdentitas.langsung(identity, authorization));
  }

  private void selaraskan(String key, List<Definisi> terakhir, KeadaanIdentitas keadaan) {
    Set<String> pemulai = new LinkedHashSet<>();
    for (Definisi definisi : terakhir) {
      for (IdentityLink link : repository.getIdentityLinksForProcessDefinition(definisi.id())) {
        String grup = link.getGroupId();
        if (grup == null || !IdentityLinkType.CANDIDATE.equals(link.getType())) {
          continue;
        }
        if (definisi.tenantId() == null || keadaan.anggotaTenant(definisi.tenantId(), grup)) {
          pemulai.add(grup);
        } else {
          LOG.warn("Process {} of agency {} names starter group {}, which is not one of that agency's; ignored", key,
              definisi.tenantId(), grup);
        }
      }
    }
    for (String grup : pemulai) {
      keadaan.beri(grup, Resources.PROCESS_DEFINITION, key, Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      keadaan.beri(grup, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    List<Authorization> lain = authorization.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(key).unlimitedList();
    for (Authorization auth : lain) {
      if (auth.getAuthorizationType() == AUTH_TYPE_GRANT && auth.getGroupId() != null
          && !Groups.CAMUNDA_ADMIN.equals(auth.getGroupId()) && !pemulai.contains(auth.getGroupId())
          && auth.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)) {
        auth.removePermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
        keadaan.simpan(auth);
        LOG.info("Group {} may no longer start {}: its model does not name it", auth.getGroupId(), key);
      }
    }
  }

  private static final int HALAMAN = 500;

  /** A column of a table page row, whatever case the database gives its name in. */
  private static Object kolom(Map<String, Object> baris, String nama) {
    Object nilai = baris.get(nama);
    return nilai != null || baris.containsKey(nama) ? nilai : baris.get(nama.toLowerCase(java.util.Locale.ROOT));
  }

  private static int versi(Map<String, Object> baris) {
    return ((Number) kolom(baris, "VERSION_")).intValue();
  }

  /** One latest process definition: its id and agency. */
  private record Definisi(String id, String tenantId) {
  }
}
