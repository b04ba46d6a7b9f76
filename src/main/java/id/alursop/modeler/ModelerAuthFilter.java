package id.alursop.modeler;

import id.alursop.login.JawabanMasuk;
import id.alursop.login.PintuMasuk;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /modeler} and its API are for administrators only (group {@code camunda-admin}): the user
 * {@link PintuMasuk} let in (webapps' session or HTTP Basic) who is not one gets 403.
 */
public class ModelerAuthFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    PintuMasuk.Pengguna pengguna = (PintuMasuk.Pengguna) request.getAttribute(PintuMasuk.PENGGUNA);
    if (pengguna == null || !pengguna.kelompok().contains(Groups.CAMUNDA_ADMIN)) {
      String pesan = "Modeler hanya untuk administrator (kelompok camunda-admin). Anda masuk sebagai '"
          + (pengguna == null ? "-" : pengguna.id()) + "'.";
      if (request.getRequestURI().startsWith(request.getContextPath() + "/modeler/api/")) {
        JawabanMasuk.tulisJson(response, HttpServletResponse.SC_FORBIDDEN, pesan);
      } else {
        JawabanMasuk.tulisHalaman(response, HttpServletResponse.SC_FORBIDDEN, "Modeler SOP", pesan, "admin",
            "/modeler");
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
