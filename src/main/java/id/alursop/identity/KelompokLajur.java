package id.alursop.identity;

import java.util.Collection;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The groups of an agency that an administrator's model brings: created as the agency's files
 * create theirs (a workflow group, member of the agency's tenant, with access to Tasklist), and
 * allowed to see the processes they work on.
 */
@Component
public class KelompokLajur {

  private final IdentityService identity;
  private final AuthorizationService authorization;

  public KelompokLajur(IdentityService identity, AuthorizationService authorization) {
    this.identity = identity;
    this.authorization = authorization;
  }

  /** Creates the group {@code id} named {@code nama} in the agency {@code tenant} (nothing if it exists). */
  public void buat(String tenant, String id, String nama) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(nama);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
    if (identity.createTenantQuery().tenantId(tenant).groupMember(id).count() == 0) {
      identity.createTenantGroupMembership(tenant, id);
    }
    IdentitySetup.grant(authorization, id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
  }

  /** The groups may see the process {@code key} (its definition, to work on its tasks). */
  public void bolehMelihat(String key, Collection<String> kelompok) {
    kelompok.forEach(id -> IdentitySetup.grant(authorization, id, Resources.PROCESS_DEFINITION, key, Permissions.READ));
  }
}
