package id.alursop.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.alursop.validation.FormValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The error contract of everything Spring MVC serves ({@code /api/**}, {@code /modeler/**},
 * {@code /laporan/**}): every refusal is a 4xx with a JSON body {@code {"message": …}} in
 * Indonesian that names the parameter or field ({@code "field"}), logged once on one line at INFO
 * (names only, never a submitted value). A real fault (the database down: 503; anything else:
 * 500) answers with an error id {@code "kodeGalat"} and no internals; the same id is logged once
 * at ERROR with the stack trace.
 *
 * <p>A controller's own {@code @ExceptionHandler} (the upload size of {@code /api/dokumen}) comes
 * first; this advice answers what is left.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class GalatApi {

  private static final Logger LOG = LoggerFactory.getLogger(GalatApi.class);

  static final String GANGGUAN = "Terjadi gangguan pada server. Sampaikan kode galat %s kepada administrator.";
  static final String BASIS_DATA = "Basis data sedang tidak dapat dihubungi. Coba lagi beberapa saat lagi; bila "
      + "berlanjut, sampaikan kode galat %s kepada administrator.";

  private final DataSize batasUnggah;

  public GalatApi(@org.springframework.beans.factory.annotation.Value(
      "${spring.servlet.multipart.max-file-size:10MB}") DataSize batasUnggah) {
    this.batasUnggah = batasUnggah;
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<?> parameterTidakAda(MissingServletRequestParameterException e, HttpServletRequest request) {
    String petunjuk = petunjuk(e.getMethodParameter());
    return tolak(request, HttpStatus.BAD_REQUEST, e.getParameterName(), "Parameter '" + e.getParameterName()
        + "' wajib diisi" + (petunjuk == null ? "" : " (" + petunjuk + ")"), "parameter tidak ada");
  }

  @ExceptionHandler(TypeMismatchException.class)
  ResponseEntity<?> jenisSalah(TypeMismatchException e, HttpServletRequest request) {
    String nama = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    MethodParameter parameter = e instanceof MethodArgumentTypeMismatchException m ? m.getParameter() : null;
    String petunjuk = parameter != null ? petunjuk(parameter) : petunjuk(e.getRequiredType());
    return tolak(request, HttpStatus.BAD_REQUEST, nama, "Parameter '" + nama + "' tidak sah"
        + (petunjuk == null ? "" : ": harus " + petunjuk), "parameter tidak sah");
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<?> headerTidakAda(MissingRequestHeaderException e, HttpServletRequest request) {
    return tolak(request, HttpStatus.BAD_REQUEST, e.getHeaderName(),
        "Header '" + e.getHeaderName() + "' wajib dikirim", "header tidak ada");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<?> isiTidakTerbaca(HttpMessageNotReadableException e, HttpServletRequest request) {
    String isian = isianJson(e);
    if (isian != null) {
      String petunjuk = e.getCause() instanceof MismatchedInputException m ? petunjuk(m.getTargetType()) : null;
      return tolak(request, HttpStatus.BAD_REQUEST, isian, "Isian '" + isian + "' tidak sah"
          + (petunjuk == null ? "" : ": harus " + petunjuk), "isian JSON tidak sah");
    }
    String pesan = request.getContentLengthLong() == 0 ? "Isi permintaan kosong: kirim JSON"
        : e.getCause() instanceof MismatchedInputException ? "Isi permintaan tidak berbentuk yang diharapkan (objek JSON)"
        : "Isi permintaan bukan JSON yang sah";
    return tolak(request, HttpStatus.BAD_REQUEST, null, pesan, "isi tidak terbaca");
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<?> bagianTidakAda(MissingServletRequestPartException e, HttpServletRequest request) {
    return tolak(request, HttpStatus.BAD_REQUEST, e.getRequestPartName(), "Bagian '" + e.getRequestPartName()
        + "' wajib dikirim (multipart/form-data, pilih berkasnya)", "bagian multipart tidak ada");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<?> terlaluBesar(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return tolak(request, HttpStatus.PAYLOAD_TOO_LARGE, null,
        "Berkas melebihi batas " + batasUnggah.toMegabytes() + " MB", "unggahan terlalu besar");
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<?> multipartRusak(MultipartException e, HttpServletRequest request) {
    return tolak(request, HttpStatus.BAD_REQUEST, null,
        "Kiriman multipart/form-data tidak dapat dibaca", "multipart rusak");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<?> jenisIsiSalah(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    String didukung = e.getSupportedMediaTypes().stream().map(Object::toString).distinct()
        .collect(Collectors.joining(", "));
    String dikirim = e.getContentType() == null ? "tanpa Content-Type" : e.getContentType().toString();
    return tolak(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type", "Jenis isi " + dikirim
        + " tidak diterima di sini" + (didukung.isEmpty() ? "" : "; kirim sebagai " + didukung), "jenis isi salah");
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<?> tidakDapatDisajikan(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
    catat(request, HttpStatus.NOT_ACCEPTABLE, "Accept", "jenis jawaban tidak tersedia");
    // the client accepts none of our types, so the answer carries no body it could not read
    return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<?> metodeSalah(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    HttpHeaders headers = new HttpHeaders();
    if (e.getSupportedHttpMethods() != null) {
      headers.setAllow(e.getSupportedHttpMethods());
    }
    String boleh = e.getSupportedMethods() == null ? "" : "; gunakan " + String.join(", ", e.getSupportedMethods());
    catat(request, HttpStatus.METHOD_NOT_ALLOWED, null, "metode tidak didukung");
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers)
        .body(badan("Metode " + e.getMethod() + " tidak didukung untuk alamat ini" + boleh, null));
  }

  /** An unknown address: JSON for API calls, the usual error page for pages and static files. */
  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  ResponseEntity<?> tidakDitemukan(Exception e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!adalahApi(request)) {
      response.sendError(HttpStatus.NOT_FOUND.value());
      return null;
    }
    return tolak(request, HttpStatus.NOT_FOUND, null, "Alamat " + request.getRequestURI() + " tidak ada",
        "alamat tidak ada");
  }

  @ExceptionHandler(ServletRequestBindingException.class)
  ResponseEntity<?> permintaanTidakLengkap(ServletRequestBindingException e, HttpServletRequest request) {
    if (e instanceof MissingPathVariableException) {
      return gangguan(e, request);
    }
    return tolak(request, HttpStatus.BAD_REQUEST, null, "Permintaan tidak lengkap", "permintaan tidak lengkap");
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<?> denganStatus(ResponseStatusException e, HttpServletRequest request) {
    HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
    if (status == null || status.is5xxServerError()) {
      return gangguan(e, request);
    }
    String pesan = e.getReason() != null ? e.getReason() : "Permintaan ditolak (" + status.value() + ")";
    return tolak(request, status, null, pesan, "ditolak");
  }

  @ExceptionHandler(FormValidationException.class)
  ResponseEntity<?> aturanFormulir(FormValidationException e, HttpServletRequest request) {
    List<Map<String, Object>> errors = FormValidationResponse.rincian(e);
    catat(request, HttpStatus.BAD_REQUEST, e.getPelanggaran().stream().map(p -> p.field())
        .collect(Collectors.joining(",")), "aturan formulir");
    Map<String, Object> body = badan(e.getMessage(), null);
    body.put("errors", errors);
    return ResponseEntity.badRequest().body(body);
  }

  /** Engine refusals that reach a controller of ours unhandled. */
  @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
  ResponseEntity<?> mesin(org.camunda.bpm.engine.ProcessEngineException e, HttpServletRequest request) {
    if (penyebab(e, DataAccessException.class, CannotCreateTransactionException.class, SQLException.class,
        PersistenceException.class)) {
      return basisData(e, request);
    }
    if (e instanceof AuthorizationException) {
      return tolak(request, HttpStatus.FORBIDDEN, null, "Anda tidak berhak melakukan ini", "tidak berhak");
    }
    if (e instanceof TaskAlreadyClaimedException) {
      return tolak(request, HttpStatus.CONFLICT, null, "Tugas sudah diklaim oleh pengguna lain", "konflik");
    }
    if (e instanceof OptimisticLockingException) {
      return tolak(request, HttpStatus.CONFLICT, null,
          "Data baru saja diubah oleh pengguna lain; muat ulang lalu coba lagi", "konflik");
    }
    if (e instanceof NotFoundException || e instanceof NullValueException) {
      return tolak(request, HttpStatus.NOT_FOUND, null, "Data yang diminta tidak ditemukan", "tidak ditemukan");
    }
    if (e instanceof BadUserRequestException) {
      return tolak(request, HttpStatus.BAD_REQUEST, null, "Permintaan tidak sah", "permintaan tidak sah");
    }
    return gangguan(e, request);
  }

  @ExceptionHandler({DataAccessException.class, CannotCreateTransactionException.class, SQLException.class,
      PersistenceException.class})
  ResponseEntity<?> basisData(Exception e, HttpServletRequest request) {
    String kode = UUID.randomUUID().toString();
    LOG.error("Galat {}: basis data pada {} {}", kode, request.getMethod(), request.getRequestURI(), e);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(badan(String.format(BASIS_DATA, kode), kode));
  }

  /** The client went away while the answer was written: nothing to answer, nothing broke here. */
  @ExceptionHandler(AsyncRequestNotUsableException.class)
  void klienPergi() {
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<?> gangguan(Exception e, HttpServletRequest request) {
    if (penyebab(e, DataAccessException.class, CannotCreateTransactionException.class, SQLException.class,
        PersistenceException.class)) {
      return basisData(e, request);
    }
    String kode = UUID.randomUUID().toString();
    LOG.error("Galat {} pada {} {}", kode, request.getMethod(), request.getRequestURI(), e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(badan(String.format(GANGGUAN, kode), kode));
  }

  private ResponseEntity<?> tolak(HttpServletRequest request, HttpStatus status, String isian, String pesan,
      String alasan) {
    catat(request, status, isian, alasan);
    return ResponseEntity.status(status).body(badan(pesan, null, isian));
  }

  /** One line per refusal: status, method, path and the name of the field, never its value. */
  private static void catat(HttpServletRequest request, HttpStatus status, String isian, String alasan) {
    LOG.info("Ditolak {} {} {}: {}{}", status.value(), request.getMethod(), request.getRequestURI(), alasan,
        isian == null ? "" : " (" + isian + ")");
  }

  private static Map<String, Object> badan(String pesan, String kodeGalat) {
    return badan(pesan, kodeGalat, null);
  }

  private static Map<String, Object> badan(String pesan, String kodeGalat, String isian) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", pesan);
    if (isian != null) {
      body.put("field", isian);
    }
    if (kodeGalat != null) {
      body.put("kodeGalat", kodeGalat);
    }
    return body;
  }

  @SafeVarargs
  private static boolean penyebab(Throwable e, Class<? extends Throwable>... jenis) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Class<? extends Throwable> j : jenis) {
        if (j.isInstance(t)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The JSON path of the field that could not be read ({@code tanggal}, {@code pemohon[1].nik}), if known. */
  private static String isianJson(HttpMessageNotReadableException e) {
    if (!(e.getCause() instanceof JsonMappingException m) || m.getPath().isEmpty()) {
      return null;
    }
    StringBuilder jalur = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        jalur.append(jalur.isEmpty() ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        jalur.append('[').append(r.getIndex()).append(']');
      }
    }
    return jalur.isEmpty() ? null : jalur.toString();
  }

  private static String petunjuk(MethodParameter parameter) {
    return parameter == null ? null : petunjuk(parameter.getNestedParameterType());
  }

  /** What a value of this type looks like, in Indonesian; null when there is nothing useful to say. */
  static String petunjuk(Class<?> jenis) {
    if (jenis == null) {
      return null;
    }
    if (jenis == int.class || jenis == Integer.class || jenis == long.class || jenis == Long.class
        || jenis == short.class || jenis == Short.class) {
      return "bilangan bulat";
    }
    if (Number.class.isAssignableFrom(jenis) || jenis == double.class || jenis == float.class) {
      return "angka";
    }
    if (jenis == boolean.class || jenis == Boolean.class) {
      return "true atau false";
    }
    if (jenis == LocalDate.class) {
      return "tanggal tttt-bb-hh";
    }
    if (jenis == LocalDateTime.class || jenis == OffsetDateTime.class || Temporal.class.isAssignableFrom(jenis)) {
      return "waktu ISO 8601, mis. 2026-12-01T09:30:00+07:00";
    }
    if (jenis == UUID.class) {
      return "UUID";
    }
    if (jenis.isEnum()) {
      return "salah satu dari " + Arrays.stream(jenis.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
    }
    return null;
  }

  private static boolean adalahApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/modeler/api/")) {
      return true;
    }
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && accept.contains("application/json") && !accept.contains("text/html");
  }
}
