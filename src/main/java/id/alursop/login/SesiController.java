package id.alursop.login;

import id.alursop.identity.SebagaiAplikasi;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sesi}: who is logged in, what the header of our pages may offer them, and, for a
 * webapps' session, the CSRF token their writes must send in {@code X-XSRF-TOKEN} (readable only by
 * a page of the same origin). The webapps are those the user has ACCESS to; the SLA report is offered to whoever may read the history of some
 * SOP (the agencies' supervisors) and to administrators; the modeler to administrators only.
 */
@RestController
public class SesiController {

  /** The webapps a user may open, as Camunda's APPLICATION authorizations name them. */
  private static final List<String> APLIKASI = List.of("tasklist", "cockpit", "admin");

  private final ProcessEngine engine;

  public SesiController(ProcessEngine engine) {
    this.engine = engine;
  }

  @GetMapping("/api/sesi")
  public Map<String, Object> sesi(HttpServletRequest request) {
    PintuMasuk.Pengguna pengguna = (PintuMasuk.Pengguna) request.getAttribute(PintuMasuk.PENGGUNA);
    boolean admin = pengguna.kelompok().contains(Groups.CAMUNDA_ADMIN);
    // the user's own name and grants, read as the application (a clerk may not read authorizations)
    Hak hak = SebagaiAplikasi.jalankan(engine.getIdentityService(), () -> hak(pengguna, admin));
    Map<String, Object> hasil = new LinkedHashMap<>();
    hasil.put("pengguna", pengguna.id());
    hasil.put("nama", hak.nama());
    hasil.put("kelompok", pengguna.kelompok());
    hasil.put("instansi", pengguna.instansi());
    hasil.put("admin", admin);
    hasil.put("aplikasi", hak.aplikasi());
    hasil.put("laporanSla", admin || hak.bacaRiwayat());
    hasil.put("modeler", admin);
    hasil.put("lewatSesi", pengguna.lewatSesi());
    hasil.put("tokenCsrf", pengguna.tokenCsrf());
    return hasil;
  }

  /** The user's name, whether some SOP's history is theirs to read, the webapps they may open. */
  private record Hak(String nama, boolean bacaRiwayat, List<String> aplikasi) {
  }

  private Hak hak(PintuMasuk.Pengguna pengguna, boolean admin) {
    User user = engine.getIdentityService().createUserQuery().userId(pengguna.id()).singleResult();
    boolean bacaRiwayat = !pengguna.kelompok().isEmpty() && engine.getAuthorizationService()
        .createAuthorizationQuery().groupIdIn(pengguna.kelompok().toArray(String[]::new))
        .resourceType(Resources.PROCESS_DEFINITION).hasPermission(ProcessDefinitionPermissions.READ_HISTORY)
        .count() > 0;
    List<String> aplikasi = new ArrayList<>();
    for (String app : APLIKASI) {
      if (admin || engine.getAuthorizationService().isUserAuthorized(pengguna.id(), pengguna.kelompok(),
          Permissions.ACCESS, Resources.APPLICATION, app)) {
        aplikasi.add(app);
      }
    }
    return new Hak(user == null ? pengguna.id() : namaLengkap(user, pengguna.id()), bacaRiwayat, aplikasi);
  }

  private static String namaLengkap(User user, String cadangan) {
    String nama = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return nama.isEmpty() ? cadangan : nama;
  }
}
