package id.alursop.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The answers of a refused login or permission: JSON for API calls ({@code {"message": …}}), a
 * short Indonesian page with a link to the webapps' login for pages. Never a
 * {@code WWW-Authenticate} challenge, so no browser shows its own login dialog.
 */
public final class JawabanMasuk {

  static final String BELUM_MASUK = "Belum masuk. Masuk lewat halaman login Alur SOP (/camunda/app/), "
      + "atau kirim HTTP Basic (pengguna dan kata sandi) dari skrip.";
  static final String CSRF_DITOLAK = "Permintaan ditolak: token keamanan (X-XSRF-TOKEN) tidak ada atau tidak cocok "
      + "dengan sesi Anda. Muat ulang halaman, lalu coba lagi.";

  private static final ObjectMapper JSON = new ObjectMapper();

  private JawabanMasuk() {
  }

  public static void tulisJson(HttpServletResponse response, int status, String pesan) {
    try {
      response.resetBuffer();
      response.setStatus(status);
      response.setCharacterEncoding("UTF-8");
      response.setContentType("application/json");
      JSON.writeValue(response.getWriter(), Map.of("message", pesan));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A page for a person: the refusal, a link to the webapp that logs in ({@code app}: cockpit,
   * admin, tasklist), and back to the page asked for.
   */
  public static void tulisHalaman(HttpServletResponse response, int status, String judul, String pesan, String app,
      String kembali) {
    try {
      response.resetBuffer();
      response.setStatus(status);
      response.setCharacterEncoding("UTF-8");
      response.setContentType("text/html");
      response.getWriter().write("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + html(judul)
          + " - Alur SOP</title></head><body style=\"font-family:Arial,sans-serif;margin:40px;max-width:720px\">"
          + "<h1>" + html(judul) + "</h1><p>" + html(pesan) + "</p><p><a id=\"masuk\" href=\"/camunda/app/" + app
          + "/default/\">Masuk ke Alur SOP</a>, lalu buka kembali <a href=\"" + html(kembali) + "\">" + html(kembali)
          + "</a>.</p></body></html>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String html(String teks) {
    return teks.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
