package id.alursop.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * External-task workers fetch and lock their work through {@code /engine-rest}. The webapps' copy of
 * the engine API ({@code /camunda/api/engine/…}) cannot serve it: Camunda registers the webapps'
 * servlets and filters without asynchronous support, which the long-polling {@code fetchAndLock}
 * needs, so every such request failed as a server fault (500). It is answered 404 with the address
 * to use instead.
 */
@Component
public class FetchAndLockWebapp extends OncePerRequestFilter {

  static final String PESAN = "Tidak tersedia di API webapp: pengambilan external task (fetchAndLock); "
      + "pekerja external task memakai /engine-rest/external-task/fetchAndLock";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return !(uri.startsWith(request.getContextPath() + "/camunda/api/engine/") && uri.endsWith("/external-task/fetchAndLock"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"TidakTersedia\",\"message\":\"" + PESAN + "\"}");
  }
}
