package id.alursop.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;

/**
 * What the engine stores of groups, their agency memberships and the permissions granted to them,
 * as the reconciliation of the agencies' files sees it. At start-up ({@link #baca}) it is read in
 * a few queries and kept up to date with what the reconciliation writes, so that an unchanged
 * restart writes nothing and asks the database a few dozen times instead of once per group,
 * membership and permission (over a thousand engine commands, about 1.4 s of every start;
 * bench/reading.md, section 0a). {@link #langsung} asks the database each time (a modeler
 * deployment's few groups).
 */
final class KeadaanIdentitas {

  private final IdentityService identity;
  private final AuthorizationService authorization;
  /** Read at once, else null: asked each time. */
  private final Map<String, Group> kelompok;
  private final Set<String> anggotaTenant;
  private final Map<String, Authorization> izin;
  private final Set<String> kelompokTerbaca;
  private final Set<Integer> jenisTerbaca;

  private KeadaanIdentitas(IdentityService identity, AuthorizationService authorization, Map<String, Group> kelompok,
      Set<String> anggotaTenant, Map<String, Authorization> izin, Set<String> kelompokTerbaca, Set<Integer> jenisTerbaca) {
    this.identity = identity;
    this.authorization = authorization;
    this.kelompok = kelompok;
    this.anggotaTenant = anggotaTenant;
    this.izin = izin;
    this.kelompokTerbaca = kelompokTerbaca;
    this.jenisTerbaca = jenisTerbaca;
  }

  /** Asks the database at each step. */
  static KeadaanIdentitas langsung(IdentityService identity, AuthorizationService authorization) {
    return new KeadaanIdentitas(identity, authorization, null, null, null, Set.of(), Set.of());
  }

  /** For {@link #beri} and {@link #simpan} alone (no group or membership is asked), asking the database each time. */
  static KeadaanIdentitas izinSaja(AuthorizationService authorization) {
    return new KeadaanIdentitas(null, authorization, null, null, null, Set.of(), Set.of());
  }

  /**
   * Reads at once the groups {@code ids} (and {@code camunda-admin}), their memberships in the
   * agencies {@code tenant}, their grants on the resource kinds {@code jenis} and the
   * administrators' grants on every resource ({@code *}); anything else is asked when needed.
   */
  static KeadaanIdentitas baca(IdentityService identity, AuthorizationService authorization, Collection<String> tenant,
      Collection<String> ids, Resource... jenis) {
    Set<String> semua = new HashSet<>(ids);
    semua.add(Groups.CAMUNDA_ADMIN);
    String[] daftar = semua.toArray(String[]::new);
    Map<String, Group> kelompok = new HashMap<>();
    identity.createGroupQuery().groupIdIn(daftar).unlimitedList().forEach(g -> kelompok.put(g.getId(), g));
    Set<String> anggota = new HashSet<>();
    for (String t : tenant) {
      identity.createGroupQuery().memberOfTenant(t).unlimitedList().forEach(g -> anggota.add(t + "|" + g.getId()));
    }
    Map<String, Authorization> izin = new HashMap<>();
    Set<Integer> jenisTerbaca = new HashSet<>();
    for (Resource r : jenis) {
      jenisTerbaca.add(r.resourceType());
      simpanPertama(izin, authorization.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).resourceType(r)
          .groupIdIn(daftar).unlimitedList());
    }
    simpanPertama(izin, authorization.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(Groups.CAMUNDA_ADMIN).resourceId("*").unlimitedList());
    return new KeadaanIdentitas(identity, authorization, kelompok, anggota, izin, semua, jenisTerbaca);
  }

  private static void simpanPertama(Map<String, Authorization> izin, List<Authorization> daftar) {
    daftar.forEach(a -> izin.putIfAbsent(kunci(a.getGroupId(), a.getResourceType(), a.getResourceId()), a));
  }

  /** The group as stored, or null. */
  Group kelompok(String id) {
    return kelompok == null ? identity.createGroupQuery().groupId(id).singleResult() : kelompok.get(id);
  }

  /** Saves the group (new or renamed). */
  void simpanKelompok(Group group) {
    identity.saveGroup(group);
    if (kelompok != null) {
      kelompok.put(group.getId(), group);
    }
  }

  /** Makes the group a member of the agency's tenant if it is not one. */
  void pastikanAnggotaTenant(String tenant, String group) {
    if (!anggotaTenant(tenant, group)) {
      identity.createTenantGroupMembership(tenant, group);
      if (anggotaTenant != null) {
        anggotaTenant.add(tenant + "|" + group);
      }
    }
  }

  /** Whether the group is a member of the agency's tenant. */
  boolean anggotaTenant(String tenant, String group) {
    return anggotaTenant == null || !kelompokTerbaca.contains(group)
        ? identity.createTenantQuery().tenantId(tenant).groupMember(group).count() > 0
        : anggotaTenant.contains(tenant + "|" + group);
  }

  /** Grants the permissions to a group on a resource id, adding to what is already granted. */
  void beri(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization auth;
    if (izin != null && terbaca(groupId, resource, resourceId)) {
      auth = izin.get(kunci(groupId, resource.resourceType(), resourceId));
    } else {
      auth = authorization.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
          .unlimitedList().stream().filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT).findFirst().orElse(null);
    }
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
    simpan(auth);
  }

  /** Saves a group's grant read or changed elsewhere, and keeps the stored copy. */
  void simpan(Authorization auth) {
    Authorization disimpan = authorization.saveAuthorization(auth);
    if (izin != null && disimpan.getGroupId() != null) {
      izin.put(kunci(disimpan.getGroupId(), disimpan.getResourceType(), disimpan.getResourceId()), disimpan);
    }
  }

  private boolean terbaca(String groupId, Resource resource, String resourceId) {
    return kelompokTerbaca.contains(groupId) && jenisTerbaca.contains(resource.resourceType())
        || Groups.CAMUNDA_ADMIN.equals(groupId) && "*".equals(resourceId);
  }

  private static String kunci(String group, int jenis, String id) {
    return group + "|" + jenis + "|" + id;
  }
}
