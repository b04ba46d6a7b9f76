package id.alursop.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, idempotently at every start, the organisation's groups, their authorizations, the
 * administrator and (default profile only) the demo users.
 */
@Component
@Order(10)
public class IdentitySetup implements ApplicationRunner {

  static final String DEMO_PASSWORD = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identity;
  private final AuthorizationService authorization;
  private final AdminAccount admin;
  private final boolean demoUsers;

  public IdentitySetup(IdentityService identity, AuthorizationService authorization, AdminAccount admin,
      @Value("${alur.demo-users:false}") boolean demoUsers) {
    this.identity = identity;
    this.authorization = authorization;
    this.admin = admin;
    this.demoUsers = demoUsers;
  }

  @Override
  public void run(ApplicationArguments args) {
    createAdmin();
    for (Kelompok kelompok : Organisasi.KELOMPOK) {
      ensureGroup(kelompok.id(), kelompok.nama(), "WORKFLOW");
      grant(kelompok.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
    for (id.alursop.tenancy.Instansi instansi : id.alursop.tenancy.Instansi.SEMUA) {
      ensureTenant(instansi.id(), instansi.nama());
      for (Kelompok kelompok : Organisasi.KELOMPOK) {
        if (kelompok.id().startsWith(instansi.id() + "-")
            && identity.createTenantQuery().tenantId(instansi.id()).groupMember(kelompok.id()).count() == 0) {
          identity.createTenantGroupMembership(instansi.id(), kelompok.id());
        }
      }
    }
    for (Organisasi.Akses akses : Organisasi.AKSES) {
      for (Kelompok kelompok : Organisasi.KELOMPOK) {
        if (kelompok.id().startsWith(akses.prefixKelompok())) {
          grant(kelompok.id(), Resources.PROCESS_DEFINITION, akses.processKey(), Permissions.READ);
        }
      }
      for (String pemulai : akses.pemulai()) {
        grant(pemulai, Resources.PROCESS_DEFINITION, akses.processKey(), Permissions.READ,
            ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(pemulai, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      }
      String pengawas = akses.prefixKelompok() + "pengawas";
      grant(pengawas, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(pengawas, Resources.PROCESS_DEFINITION, akses.processKey(), Permissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
    }
    for (Organisasi.Akses keputusan : Organisasi.KEPUTUSAN) {
      grant(keputusan.prefixKelompok() + "pengawas", Resources.DECISION_DEFINITION, keputusan.processKey(),
          Permissions.READ, Permissions.READ_HISTORY);
    }
    if (demoUsers) {
      for (DemoUser user : DemoUser.SEMUA) {
        ensureUser(user.id(), user.namaDepan(), user.namaBelakang(), DEMO_PASSWORD);
        setEmail(user.id(), user.id() + "@demo.alursop.id");
        user.kelompok().forEach(group -> ensureMembership(user.id(), group));
      }
      LOG.info("Demo users ready ({} users, password 'demo')", DemoUser.SEMUA.size());
    }
  }

  private void createAdmin() {
    org.camunda.bpm.engine.identity.PasswordPolicy policy = identity.getPasswordPolicy();
    if (policy != null && identity.createUserQuery().userId(admin.user()).count() == 0
        && !identity.checkPasswordAgainstPolicy(policy, admin.password()).isValid()) {
      throw new IllegalStateException("ALUR_ADMIN_PASSWORD tidak memenuhi kebijakan kata sandi: minimal 10 karakter, "
          + "dengan huruf besar, huruf kecil, angka dan karakter khusus.");
    }
    ensureUser(admin.user(), "Administrator", "Alur SOP", admin.password());
    ensureGroup(Groups.CAMUNDA_ADMIN, "Administrator Camunda", Groups.GROUP_TYPE_SYSTEM);
    ensureMembership(admin.user(), Groups.CAMUNDA_ADMIN);
    for (Resource resource : Resources.values()) {
      grant(Groups.CAMUNDA_ADMIN, resource, "*", Permissions.ALL);
    }
  }

  private void ensureUser(String id, String firstName, String lastName, String password) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setPassword(password);
    identity.saveUser(user);
  }

  private void setEmail(String userId, String email) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user != null && user.getEmail() == null) {
      user.setEmail(email);
      identity.saveUser(user);
    }
  }

  private void ensureTenant(String id, String name) {
    if (identity.createTenantQuery().tenantId(id).count() == 0) {
      org.camunda.bpm.engine.identity.Tenant tenant = identity.newTenant(id);
      tenant.setName(name);
      identity.saveTenant(tenant);
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }

  private void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  /** Grants the permissions to a group on a resource id, adding to what is already granted. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    List<Authorization> existing = authorization.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list();
    Authorization auth = existing.stream().filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT)
        .findFirst().orElse(null);
    if (auth == null) {
      auth = authorization.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    } else if (List.of(permissions).stream().allMatch(auth::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      auth.addPermission(permission);
    }
    authorization.saveAuthorization(auth);
  }
}
