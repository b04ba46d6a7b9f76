package id.alursop.identity;

import java.util.Collection;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * An agency's group as Alur SOP keeps it, whether its file declares it ({@link IdentitySetup}) or
 * a lane of an administrator's model brings it (the modeler): a workflow group with its name,
 * member of the agency's tenant, with access to Tasklist; and allowed to see the processes its
 * members work on.
 */
@Component
public class KelompokInstansi {

  static final String JENIS = "WORKFLOW";

  private final IdentityService identity;
  private final AuthorizationService authorization;

  public KelompokInstansi(IdentityService identity, AuthorizationService authorization) {
    this.identity = identity;
    this.authorization = authorization;
  }

  /** The group {@code id} named {@code nama} in the agency {@code tenant}: created if missing, its name updated. */
  public void pastikan(String tenant, String id, String nama) {
    pastikan(tenant, id, nama, KeadaanIdentitas.langsung(identity, authorization));
  }

  void pastikan(String tenant, String id, String nama, KeadaanIdentitas keadaan) {
    pastikanKelompok(id, nama, JENIS, keadaan);
    keadaan.pastikanAnggotaTenant(tenant, id);
    keadaan.beri(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
  }

  /** The groups may see the process {@code key} (its definition, to work on its tasks). */
  public void bolehMelihat(String key, Collection<String> kelompok) {
    bolehMelihat(key, kelompok, KeadaanIdentitas.langsung(identity, authorization));
  }

  void bolehMelihat(String key, Collection<String> kelompok, KeadaanIdentitas keadaan) {
    kelompok.forEach(id -> keadaan.beri(id, Resources.PROCESS_DEFINITION, key, Permissions.READ));
  }

  /** Creates the group if missing, else updates its name (its type stays). */
  void pastikanKelompok(String id, String nama, String jenis, KeadaanIdentitas keadaan) {
    Group group = keadaan.kelompok(id);
    if (group == null) {
      group = identity.newGroup(id);
      group.setType(jenis);
    } else if (nama.equals(group.getName())) {
      return;
    }
    group.setName(nama);
    keadaan.simpanKelompok(group);
  }
}
