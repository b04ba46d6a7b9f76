package id.alursop.rest;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring Boot's own error page ({@code /error}) answers, for what no controller answered (an
 * error raised in a filter, a request the server refused before any controller): an Indonesian
 * {@code message} for its status, never the exception's class, message or stack trace; a 5xx
 * carries an error id {@code kodeGalat}, logged once at ERROR with the stack trace when the error
 * is known.
 */
@Component
public class GalatHalaman extends DefaultErrorAttributes {

  private static final Logger LOG = LoggerFactory.getLogger(GalatHalaman.class);

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> atribut = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
    atribut.remove("trace");
    atribut.remove("exception");
    atribut.remove("errors");
    int status = atribut.get("status") instanceof Integer s ? s : 500;
    HttpStatus http = HttpStatus.resolve(status);
    if (http != null && http.is5xxServerError()) {
      String kode = UUID.randomUUID().toString();
      Throwable error = getError(request);
      Object path = atribut.get("path");
      if (error != null) {
        LOG.error("Galat {} pada {}", kode, path, error);
      } else {
        LOG.error("Galat {} pada {}: status {}", kode, path, status);
      }
      atribut.put("message", String.format(GalatApi.GANGGUAN, kode));
      atribut.put("kodeGalat", kode);
    } else {
      atribut.put("message", pesan(status));
    }
    return atribut;
  }

  static String pesan(int status) {
    return switch (status) {
      case 400 -> "Permintaan tidak sah";
      case 401 -> "Belum masuk";
      case 403 -> "Anda tidak berhak mengakses alamat ini";
      case 404 -> "Alamat tidak ada";
      case 405 -> "Metode tidak didukung untuk alamat ini";
      case 406 -> "Jenis jawaban yang diminta tidak tersedia";
      case 413 -> "Kiriman terlalu besar";
      case 415 -> "Jenis isi kiriman tidak diterima";
      default -> "Permintaan ditolak (" + status + ")";
    };
  }
}
