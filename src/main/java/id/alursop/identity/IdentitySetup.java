package id.alursop.identity;

import id.alursop.organisasi.DaftarInstansi;
import id.alursop.organisasi.Instansi;
import id.alursop.organisasi.Kelompok;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
  private final ManagementService management;
  private final TransactionTemplate transaksi;
  private final JdbcTemplate jdbc;

  public IdentitySetup(IdentityService identity, AuthorizationService authorization, AdminAccount admin,
      @Value("${alur.demo-users:false}") boolean demoUsers, DaftarInstansi daftarInstansi, IzinMemulai izinMemulai,
      KelompokInstansi kelompokInstansi, ManagementService management, PlatformTransactionManager transaksi,
      JdbcTemplate jdbc) {
    this.identity = identity;
    this.authorization = authorization;
    this.admin = admin;
    this.demoUsers = demoUsers;
    this.daftarInstansi = daftarInstansi;
    this.izinMemulai = izinMemulai;
    this.kelompokInstansi = kelompokInstansi;
    this.management = management;
    this.transaksi = new TransactionTemplate(transaksi);
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    // one transaction for the whole reconciliation: on an empty database it writes several hundred
    // groups, memberships and grants, each an engine command that would otherwise commit on its own;
    // one node at a time (a row lock of table alur_kunci, V16): a second node starting together with
    // the first waits for its commit and then finds everything in place
    transaksi.executeWithoutResult(t -> {
      jdbc.queryForObject("select nama from alur_kunci where nama = 'identitas' for update", String.class);
      selaraskan();
    });
  }

  private void selaraskan() {
    List<String> kelompokBerkas = daftarInstansi.semua().stream()
        .flatMap(i -> i.kelompok().stream().map(Kelompok::id)).toList();
    KeadaanIdentitas keadaan = KeadaanIdentitas.baca(identity, authorization,
        daftarInstansi.semua().stream().map(Instansi::id).toList(), kelompokBerkas, Resources.APPLICATION,
        Resources.PROCESS_DEFINITION, Resources.DECISION_DEFINITION, Resources.PROCESS_INSTANCE);
    createAdmin(keadaan);
    for (Instansi instansi : daftarInstansi.semua()) {
      ensureTenant(instansi.id(), instansi.nama());
      for (Kelompok kelompok : instansi.kelompok()) {
        kelompokInstansi.pastikan(instansi.id(), kelompok.id(), kelompok.nama(), keadaan);
        for (String sop : instansi.sop()) {
          kelompokInstansi.bolehMelihat(sop, List.of(kelompok.id()), keadaan);
        }
      }
      for (String pengawas : instansi.pengawas()) {
        keadaan.beri(pengawas, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        for (String sop : instansi.sop()) {
          keadaan.beri(pengawas, Resources.PROCESS_DEFINITION, sop, Permissions.READ,
              ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
              ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
        }
        for (String keputusan : instansi.keputusan()) {
          keadaan.beri(pengawas, Resources.DECISION_DEFINITION, keputusan, Permissions.READ, Permissions.READ_HISTORY);
        }
      }
    }
    izinMemulai.selaraskanSemua(keadaan, management);
    if (demoUsers) {
      List<Instansi.PenggunaDemo> demo = daftarInstansi.semua().stream().flatMap(i -> i.penggunaDemo().stream()).toList();
      Map<String, User> ada = new HashMap<>();
      identity.createUserQuery().userIdIn(demo.stream().map(Instansi.PenggunaDemo::id).toArray(String[]::new))
          .unlimitedList().forEach(u -> ada.put(u.getId(), u));
      for (Instansi.PenggunaDemo user : demo) {
        User tersimpan = ada.get(user.id());
        Set<String> anggota = new HashSet<>();
        if (tersimpan == null) {
          User baru = identity.newUser(user.id());
          baru.setFirstName(user.namaDepan());
          baru.setLastName(user.namaBelakang());
          baru.setEmail(user.id() + "@demo.alursop.id");
          baru.setPassword(DEMO_PASSWORD);
          identity.saveUser(baru);
        } else {
          if (tersimpan.getEmail() == null) {
            tersimpan.setEmail(user.id() + "@demo.alursop.id");
            identity.saveUser(tersimpan);
          }
          identity.createGroupQuery().groupMember(user.id()).unlimitedList().forEach(g -> anggota.add(g.getId()));
        }
        user.kelompok().stream().filter(group -> !anggota.contains(group))
            .forEach(group -> identity.createMembership(user.id(), group));
      }
      LOG.info("Demo users ready ({} users, password 'demo')", demo.size());
    }
  }

  private void createAdmin(KeadaanIdentitas keadaan) {
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
    kelompokInstansi.pastikanKelompok(Groups.CAMUNDA_ADMIN, "Administrator Camunda", Groups.GROUP_TYPE_SYSTEM, keadaan);
    ensureMembership(admin.user(), Groups.CAMUNDA_ADMIN);
    for (Resource resource : Resources.values()) {
      keadaan.beri(Groups.CAMUNDA_ADMIN, resource, "*", Permissions.ALL);
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

  /** Grants the permissions to a group on a resource id, adding to what is already granted. */
  static void grant(AuthorizationService authorization, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    KeadaanIdentitas.izinSaja(authorization).beri(groupId, resource, resourceId, permissions);
  }
}
