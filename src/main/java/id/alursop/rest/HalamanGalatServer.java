package id.alursop.rest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the web server itself answers, before a request reaches the application (a request line or
 * header too large, a path Tomcat will not accept such as an encoded slash): a JSON body with an
 * Indonesian message, like every other refusal, instead of Tomcat's HTML page with its version.
 */
@Component
public class HalamanGalatServer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(LaporanGalatJson.class.getName());
      }
    });
  }

  /** Tomcat's error report as JSON: {@code {"message": "…"}}, never a stack trace or server version. */
  public static class LaporanGalatJson extends ErrorReportValve {

    public LaporanGalatJson() {
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      String pesan = switch (status) {
        case 400 -> "Permintaan ditolak oleh server web: alamat, parameter atau kepala permintaan tidak valid atau terlalu panjang";
        case 404 -> "Alamat tidak ditemukan";
        case 405 -> "Metode HTTP ini tidak didukung untuk alamat ini";
        case 413 -> "Permintaan terlalu besar";
        case 414 -> "Alamat (URL) terlalu panjang";
        default -> status >= 500 ? "Terjadi gangguan pada server web" : "Permintaan ditolak oleh server web";
      };
      try {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer keluar = response.getReporter();
        if (keluar != null) {
          keluar.write("{\"message\":\"" + pesan + "\"}");
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // the client is gone or the response was committed meanwhile: nothing more to say
      }
    }
  }
}
