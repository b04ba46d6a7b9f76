package id.alursop.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * How a failed request is answered: bad input is the client's (400, 404, 403, 409, with an
 * Indonesian message that names the field, parameter or id), a fault of the server is ours (5xx,
 * with an error id and nothing of its internals). Read from the failure and its causes:
 * <ol>
 *   <li>a database refusing a value (SQL state class 22: too long, out of range) is bad input, 400;
 *       a unique key or other integrity rule (class 23) a conflict, 409; a filter by CMMN case (whose
 *       tables the engine does not create, CMMN being off) 400; a lost connection (class 08) a
 *       fault, 503; any other database failure a fault, 500;</li>
 *   <li>an engine refusal (not allowed 403; another agency's object 404, so that its existence does
 *       not leak; what does not exist 404; anything else the engine refuses, 400);</li>
 *   <li>a request the server cannot read (no body, malformed or wrong-typed JSON, a value of the
 *       wrong kind), 400; what the web layer already answered with a 4xx keeps it;</li>
 *   <li>anything else is a fault, 500.</li>
 * </ol>
 */
public final class PenilaiGalat {

  /** The answer: status, the failure's kind (Camunda's {@code type}), Indonesian message, error id of a fault. */
  public record Jawaban(int status, String type, String message, String kodeGalat) {

    public boolean gangguan() {
      return status >= 500;
    }
  }

  private static final Pattern TIDAK_ADA = Pattern.compile(
      "not found|doesn'?t exist|does not exist|no deployed|\\bno [\\w -]{0,40} found|cannot find|could ?n[o']t find"
          + "|unknown (process|task|execution|job|case|decision)|is null: (execution|task|job|user|group|tenant|"
          + "process|deployment|batch|incident|external ?task|filter|authorization|definition)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WAJIB = Pattern.compile("^(\\w+) is null$");
  /** A table of CMMN, which the engine does not create (cmmnEnabled: false). */
  private static final Pattern CMMN = Pattern.compile("ACT_(HI|RE|RU)_CASE", Pattern.CASE_INSENSITIVE);
  private static final Pattern TENANT_LAIN = Pattern.compile("ENGINE-13034|belongs to no authenticated tenant");

  private PenilaiGalat() {
  }

  public static Jawaban nilai(Throwable galat) {
    Optional<SQLException> sql = cari(galat, SQLException.class);
    if (sql.isPresent()) {
      String state = Optional.ofNullable(sql.get().getSQLState()).orElse("");
      if (state.startsWith("22")) {
        return new Jawaban(400, "NilaiTidakSesuai",
            "Nilai isian terlalu panjang atau tidak sesuai jenisnya untuk disimpan; periksa panjang dan jenis setiap isian",
            null);
      }
      if (state.startsWith("23")) {
        return new Jawaban(409, "Konflik", "Data bertentangan dengan data yang sudah ada (misalnya id sudah dipakai)",
            null);
      }
      if (state.startsWith("42") && CMMN.matcher(String.valueOf(sql.get().getMessage())).find()) {
        return new Jawaban(400, "CmmnTidakAktif",
            "Penyaringan menurut kasus CMMN (caseInstanceId, caseDefinitionId, caseExecutionId …) tidak didukung: "
                + "CMMN tidak diaktifkan pada server ini", null);
      }
      return state.startsWith("08") ? gangguan(503, "Basis data sedang tidak dapat dijangkau")
          : gangguan(500, "Terjadi gangguan pada basis data");
    }
    if (galat instanceof RestException rest && rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
      int status = rest.getStatus().getStatusCode();
      return new Jawaban(status, "InvalidRequestException", awalan(status) + pesan(rest), null);
    }
    Optional<AuthorizationException> ditolak = cari(galat, AuthorizationException.class);
    if (ditolak.isPresent()) {
      return new Jawaban(403, "AuthorizationException", terlarang(pesan(ditolak.get())), null);
    }
    Optional<ProcessEngineException> engine = cari(galat, ProcessEngineException.class);
    if (engine.isPresent() && !(engine.get().getClass().getSimpleName().contains("Persistence"))) {
      return menurutPesan(engine.get(), pesan(engine.get()));
    }
    if (engine.isPresent()) {
      return gangguan(500, "Terjadi gangguan pada basis data");
    }
    if (galat instanceof RestException rest && rest.getStatus() == null) {
      return menurutPesan(rest, pesan(rest));
    }
    if (galat instanceof RestException rest && rest.getStatus().getStatusCode() >= 500) {
      return menurutPesan(rest, pesan(rest));
    }
    Optional<JsonMappingException> json = cari(galat, JsonMappingException.class);
    if (json.isPresent()) {
      String isian = json.get().getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      return new Jawaban(400, "JsonMappingException", isian.isEmpty()
          ? "Isi permintaan (JSON) tidak sesuai bentuk yang diharapkan"
          : "Isian '" + isian + "' tidak sesuai jenisnya (mis. teks, angka, ya/tidak, daftar)", null);
    }
    if (cari(galat, JsonProcessingException.class).isPresent()) {
      return new Jawaban(400, "JsonParseException", "Isi permintaan bukan JSON yang sah", null);
    }
    if (galat instanceof org.glassfish.jersey.server.ParamException param
        && !(galat instanceof org.glassfish.jersey.server.ParamException.PathParamException)) {
      return new Jawaban(400, "ParamException", "Parameter '" + param.getParameterName()
          + "' tidak sesuai jenisnya (mis. angka, ya/tidak, tanggal)", null);
    }
    if (galat instanceof IllegalStateException && String.valueOf(galat.getMessage()).contains("@FormParam")) {
      return new Jawaban(415, "JenisIsiSalah",
          "Jenis isi permintaan (Content-Type) harus application/x-www-form-urlencoded", null);
    }
    if (galat instanceof jakarta.ws.rs.WebApplicationException web && web.getResponse() != null
        && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      return new Jawaban(status, web.getClass().getSimpleName(), switch (status) {
        case 404 -> "Alamat tidak ditemukan";
        case 405 -> "Metode HTTP ini tidak didukung untuk alamat ini";
        case 406 -> "Jenis jawaban yang diminta tidak tersedia";
        case 415 -> "Jenis isi permintaan (Content-Type) tidak didukung";
        default -> "Permintaan tidak valid";
      }, null);
    }
    if (galat instanceof NullPointerException) {
      return new Jawaban(400, "PermintaanTidakLengkap",
          "Permintaan tidak lengkap: isi permintaan (JSON) atau isian wajibnya tidak ada", null);
    }
    if (galat instanceof IllegalArgumentException || galat instanceof ClassCastException
        || galat instanceof jakarta.ws.rs.ProcessingException || galat instanceof java.time.DateTimeException
        || galat instanceof UnsupportedOperationException) {
      return new Jawaban(400, "PermintaanTidakValid", "Permintaan tidak valid: " + pesan(galat), null);
    }
    return gangguan(500, "Terjadi gangguan pada server");
  }

  private static Jawaban menurutPesan(Throwable galat, String pesan) {
    String type = galat.getClass().getSimpleName();
    if (galat instanceof id.alursop.engine.PenolakanAlur) {
      return new Jawaban(400, type, pesan, null);
    }
    if (TENANT_LAIN.matcher(pesan).find()) {
      return new Jawaban(404, "NotFoundException", "Tidak ditemukan", null);
    }
    if (TIDAK_ADA.matcher(pesan).find() || galat instanceof org.camunda.bpm.engine.exception.NotFoundException) {
      return new Jawaban(404, type, "Tidak ditemukan: " + pesan, null);
    }
    var wajib = WAJIB.matcher(pesan);
    if (galat instanceof NullValueException && wajib.find()) {
      return new Jawaban(400, type, "Isian '" + wajib.group(1) + "' wajib diisi", null);
    }
    return new Jawaban(400, type, "Permintaan ditolak: " + pesan, null);
  }

  /** A refusal's message in Indonesian: the engine's own (English) behind a lead, ours as it is. */
  static String terlarang(String pesan) {
    return pesan.startsWith("Anda tidak berwenang") ? pesan : "Anda tidak berwenang melakukan ini: " + pesan;
  }

  private static String awalan(int status) {
    return switch (status) {
      case 401 -> "Belum masuk: ";
      case 403 -> "Anda tidak berwenang melakukan ini: ";
      case 404 -> "Tidak ditemukan: ";
      case 409 -> "Konflik: ";
      default -> "Permintaan tidak valid: ";
    };
  }

  private static Jawaban gangguan(int status, String pesan) {
    String kode = UUID.randomUUID().toString();
    return new Jawaban(status, "Gangguan", pesan + "; sampaikan kode galat " + kode + " kepada pengelola", kode);
  }

  /** The failure's own message, cut short, never null. */
  private static String pesan(Throwable galat) {
    String pesan = Optional.ofNullable(galat.getMessage()).orElse(galat.getClass().getSimpleName()).strip();
    return pesan.length() > 500 ? pesan.substring(0, 500) + "…" : pesan;
  }

  private static <T extends Throwable> Optional<T> cari(Throwable galat, Class<T> jenis) {
    for (Throwable t = galat; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (jenis.isInstance(t)) {
        return Optional.of(jenis.cast(t));
      }
    }
    return Optional.empty();
  }
}
