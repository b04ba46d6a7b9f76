package id.alursop.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One login for everything Alur SOP serves besides the webapps themselves: our {@code /api}, the
 * modeler ({@code /modeler}) and the SLA report page ({@code /laporan}).
 *
 * <ul>
 *   <li>A request with an {@code Authorization: Basic …} header is a script or API client: the
 *       credentials are checked against the identity service (remembered briefly, {@link
 *       LoginTersimpan}); wrong ones answer 401, whatever session the request also carries.
 *   <li>Otherwise the user is the one logged in to the Camunda webapps (Tasklist, Cockpit, Admin)
 *       in this browser session, with the groups and agencies (tenants) the webapps keep for it.
 *       Every write (any method but GET, HEAD, OPTIONS) must then carry the webapps' CSRF token
 *       in the {@code X-XSRF-TOKEN} header, the same token their own pages send; without it 403.
 *   <li>Nobody: 401. An API call gets JSON, a page a short Indonesian page with a link to the
 *       webapps' login. No answer carries a {@code WWW-Authenticate} challenge.
 * </ul>
 *
 * The user is set on the engine for the request, so that its authorizations and the agency
 * apply, and is available as the request attribute {@link #PENGGUNA}.
 */
public class PintuMasuk extends OncePerRequestFilter {

  /** Request attribute: the logged-in user ({@link Pengguna}). */
  public static final String PENGGUNA = PintuMasuk.class.getName() + ".pengguna";

  private final ProcessEngine engine;
  private final AuthenticationProvider basic;

  public PintuMasuk(ProcessEngine engine, AuthenticationProvider basic) {
    this.engine = engine;
    this.basic = basic;
  }

  /** Who is logged in, how, and (for a webapp session) the session's CSRF token. */
  public record Pengguna(String id, List<String> kelompok, List<String> instansi, String tokenCsrf) {

    public boolean lewatSesi() {
      return tokenCsrf != null;
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean api = adalahApi(request);
    Pengguna pengguna;
    if (request.getHeader("Authorization") != null) {
      AuthenticationResult hasil = basic.extractAuthenticatedUser(request, engine);
      if (!hasil.isAuthenticated()) {
        tolakBelumMasuk(request, response, api);
        return;
      }
      pengguna = new Pengguna(hasil.getAuthenticatedUser(), List.copyOf(hasil.getGroups()),
          List.copyOf(hasil.getTenants()), null);
    } else {
      pengguna = dariSesi(request);
      if (pengguna == null) {
        tolakBelumMasuk(request, response, api);
        return;
      }
      if (menulis(request) && !tokenCocok(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME),
          pengguna.tokenCsrf())) {
        JawabanMasuk.tulisJson(response, HttpServletResponse.SC_FORBIDDEN, JawabanMasuk.CSRF_DITOLAK);
        return;
      }
    }
    if (!api) {
      // a page is asked for again each time, so that after logging out it is not shown from the cache
      response.setHeader("Cache-Control", "no-cache");
    }
    request.setAttribute(PENGGUNA, pengguna);
    engine.getIdentityService().setAuthentication(pengguna.id(), pengguna.kelompok(), pengguna.instansi());
    try {
      chain.doFilter(request, response);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The user of the webapps' login in this session, or null. */
  private Pengguna dariSesi(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications semua = AuthenticationUtil.getAuthsFromSession(session);
    Authentication auth = semua == null ? null : semua.getAuthenticationForProcessEngine(engine.getName());
    if (!(auth instanceof UserAuthentication user)) {
      return null;
    }
    Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return new Pengguna(user.getIdentityId(), List.copyOf(user.getGroupIds()), List.copyOf(user.getTenantIds()),
        token == null ? "" : token.toString());
  }

  private static boolean menulis(HttpServletRequest request) {
    return !CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches();
  }

  private static boolean tokenCocok(String dikirim, String sesi) {
    return dikirim != null && !sesi.isEmpty() && MessageDigest.isEqual(
        dikirim.getBytes(StandardCharsets.UTF_8), sesi.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean adalahApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.startsWith("/modeler/api/");
  }

  private static void tolakBelumMasuk(HttpServletRequest request, HttpServletResponse response, boolean api) {
    response.setHeader("Cache-Control", "no-store");
    if (api) {
      JawabanMasuk.tulisJson(response, HttpServletResponse.SC_UNAUTHORIZED, JawabanMasuk.BELUM_MASUK);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean modeler = path.startsWith("/modeler");
    JawabanMasuk.tulisHalaman(response, HttpServletResponse.SC_UNAUTHORIZED, "Silakan masuk",
        "Halaman ini memakai login yang sama dengan Daftar Tugas, Pemantauan dan Administrasi. Anda belum masuk, "
            + "atau sesi Anda sudah berakhir.",
        modeler ? "admin" : "cockpit", modeler ? "/modeler" : path);
  }
}
