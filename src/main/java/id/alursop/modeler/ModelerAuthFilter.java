package id.alursop.modeler;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /modeler} and its API are for administrators only (group {@code camunda-admin}). The
 * user is the one logged in to the Camunda webapps in the same session, else the one of an HTTP
 * Basic login (checked against the identity service, as on {@code /api}). Nobody: 401 with a Basic
 * challenge; not an administrator: 403. The user is set on the engine for the request.
 */
public class ModelerAuthFilter extends OncePerRequestFilter {

  /** Request attribute holding the authenticated user id. */
  public static final String PENGGUNA = ModelerAuthFilter.class.getName() + ".pengguna";

  private final ProcessEngine engine;

  public ModelerAuthFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String pengguna = dariSesi(request);
    if (pengguna == null) {
      pengguna = dariBasic(request);
    }
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/modeler/api/");
    if (pengguna == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Alur SOP\", charset=\"UTF-8\"");
      tolak(response, HttpServletResponse.SC_UNAUTHORIZED, api,
          "Silakan masuk sebagai administrator: lewat Camunda (/camunda/app/admin/) atau dengan HTTP Basic.");
      return;
    }
    IdentityService identity = engine.getIdentityService();
    List<String> grup = identity.createGroupQuery().groupMember(pengguna).list().stream().map(Group::getId).toList();
    if (!grup.contains(Groups.CAMUNDA_ADMIN)) {
      tolak(response, HttpServletResponse.SC_FORBIDDEN, api,
          "Modeler hanya untuk administrator (kelompok camunda-admin). Anda masuk sebagai '" + pengguna + "'.");
      return;
    }
    List<String> tenant = identity.createTenantQuery().userMember(pengguna).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    identity.setAuthentication(pengguna, grup, tenant);
    request.setAttribute(PENGGUNA, pengguna);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The user logged in to the Camunda webapps (Cockpit, Tasklist, Admin) in this session. */
  private String dariSesi(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(engine.getName());
    return authentication == null ? null : authentication.getIdentityId();
  }

  private String dariBasic(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String pasangan;
    try {
      pasangan = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int titikDua = pasangan.indexOf(':');
    if (titikDua <= 0) {
      return null;
    }
    String pengguna = pasangan.substring(0, titikDua);
    return engine.getIdentityService().checkPassword(pengguna, pasangan.substring(titikDua + 1)) ? pengguna : null;
  }

  private static void tolak(HttpServletResponse response, int status, boolean api, String pesan) throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    if (api) {
      response.setContentType("application/json");
      response.getWriter().write("{\"message\":\"" + pesan.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    } else {
      response.setContentType("text/html");
      String teks = pesan.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      response.getWriter().write("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Modeler SOP"
          + "</title></head><body style=\"font-family:Arial,sans-serif;margin:40px\"><h1>Modeler SOP</h1><p>" + teks
          + "</p><p><a href=\"/camunda/app/admin/\">Masuk ke Camunda Admin</a>, lalu buka kembali "
          + "<a href=\"/modeler\">/modeler</a>.</p></body></html>");
    }
  }
}
