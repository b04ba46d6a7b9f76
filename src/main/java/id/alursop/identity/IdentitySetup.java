package id.alursop.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.alursop.organisasi.DaftarInstansi;
import id.alursop.organisasi.Instansi;
import id.alursop.organisasi.Kelompok;
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
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reconciles, idempotently at every start, the agencies' files ({@code organisasi/*.yaml}) into
 * the engine: tenants, groups (created if missing, names updated), tenant memberships and
 * authorizations, who may start each SOP (from its model, {@link IzinMemulai}), the administrator
 * and (default profile only) the demo users. Nothing the files do not list is deleted: what an
 * administrator added in Camunda Admin stays.
 */
@Component
@Order(10)
public class IdentitySetup implements ApplicationRunner {

  static final String DEMO_PASSWORD = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);
  private static final String ADMIN_NAMA_DEPAN = "Administrator";
  private static final String ADMIN_NAMA_BELAKANG = "Alur SOP";

  private final IdentityService identity;
  private final AuthorizationService authorization;
  private final AdminAccount admin;
  private final boolean demoUsers;
  private final DaftarInstansi daftarInstansi;
  private final IzinMemulai izinMemulai;
  private final KelompokInstansi kelompokInstansi;

  public IdentitySetup(IdentityService identity, AuthorizationService authorization, AdminAccount admin,
      @Value("${alur.demo-users:false}") boolean demoUsers, DaftarInstansi daftarInstansi, IzinMemulai izinMemulai,
      KelompokInstansi kelompokInstansi) {
    this.identity = identity;
    this.authorization = authorization;
    this.admin = admin;
    this.demoUsers = demoUsers;
    this.daftarInstansi = daftarInstansi;
    this.izinMemulai = izinMemulai;
    this.kelompokInstansi = kelompokInstansi;
  }

  @Override
  public void run(ApplicationArguments args) {
    createAdmin();
    for (Instansi instansi : daftarInstansi.semua()) {
      ensureTenant(instansi.id(), instansi.nama());
      for (Kelompok kelompok : instansi.kelompok()) {
        kelompokInstansi.pastikan(instansi.id(), kelompok.id(), kelompok.nama());
        for (String sop : instansi.sop()) {
          kelompokInstansi.bolehMelihat(sop, List.of(kelompok.id()));
        }
      }
      for (String pengawas : instansi.pengawas()) {
        grant(pengawas, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        for (String sop : instansi.sop()) {
          grant(pengawas, Resources.PROCESS_DEFINITION, sop, Permissions.READ,
              ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
              ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
        }
        for (String keputusan : instansi.keputusan()) {
          grant(pengawas, Resources.DECISION_DEFINITION, keputusan, Permissions.READ, Permissions.READ_HISTORY);
        }
      }
    }
    izinMemulai.selaraskanSemua();
    if (demoUsers) {
      int jumlah = 0;
      for (Instansi instansi : daftarInstansi.semua()) {
        for (Instansi.PenggunaDemo user : instansi.penggunaDemo()) {
          ensureUser(user.id(), user.namaDepan(), user.namaBelakang(), DEMO_PASSWORD);
          setEmail(user.id(), user.id() + "@demo.alursop.id");
          user.kelompok().forEach(group -> ensureMembership(user.id(), group));
          jumlah++;
        }
      }
      LOG.info("Demo users ready ({} users, password 'demo')", jumlah);
    }
  }

  private void createAdmin() {
    org.camunda.bpm.engine.identity.PasswordPolicy policy = identity.getPasswordPolicy();
    if (policy != null && identity.createUserQuery().userId(admin.user()).count() == 0) {
      User calon = identity.newUser(admin.user());
      calon.setFirstName(ADMIN_NAMA_DEPAN);
      calon.setLastName(ADMIN_NAMA_BELAKANG);
      var dilanggar = KebijakanSandi.dilanggar(policy, admin.password(), calon);
      if (!dilanggar.isEmpty()) {
        throw new AwalDitolak("ALUR_ADMIN_PASSWORD", "ALUR_ADMIN_PASSWORD tidak memenuhi kebijakan kata sandi: "
            + KebijakanSandi.aturan(dilanggar) + ".",
            "Isi ALUR_ADMIN_PASSWORD dengan kata sandi yang memenuhi semua aturan (" + KebijakanSandi.aturan(
                policy.getRules()) + "; nama pengguna adalah ALUR_ADMIN_USER), lalu jalankan ulang aplikasi.");
      }
    }
    ensureUser(admin.user(), ADMIN_NAMA_DEPAN, ADMIN_NAMA_BELAKANG, admin.password());
    kelompokInstansi.pastikanKelompok(Groups.CAMUNDA_ADMIN, "Administrator Camunda", Groups.GROUP_TYPE_SYSTEM);
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

  /** Creates the tenant if missing, else updates its name to the file's. */
  private void ensureTenant(String id, String name) {
    org.camunda.bpm.engine.identity.Tenant tenant = identity.createTenantQuery().tenantId(id).singleResult();
    if (tenant == null) {
      tenant = identity.newTenant(id);
    } else if (name.equals(tenant.getName())) {
      return;
    }
    tenant.setName(name);
    identity.saveTenant(tenant);
  }

  private void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(authorization, groupId, resource, resourceId, permissions);
  }

  /** Grants the permissions to a group on a resource id, adding to what is already granted. */
  static void grant(AuthorizationService authorization, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    List<Authorization> existing = authorization.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).unlimitedList();
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
