package id.alursop.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.alursop.AlurSopTest;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every operation of Camunda's own OpenAPI description of {@code /engine-rest} (the
 * {@code camunda-engine-rest-openapi} artifact) driven with bad input, as a Kota Bogor clerk and as
 * the administrator: ids that do not exist or carry quotes and path tricks, query parameters of the
 * wrong type or huge, missing, empty, malformed and wrong-typed bodies, huge values. Every answer is
 * a 4xx (never a 5xx) without a stack trace, and nothing changes: the counts of instances, tasks,
 * deployments, users and groups are the same afterwards.
 */
@AlurSopTest
class MasukanBurukEngineRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BESAR = "a".repeat(10_000);
  /** A Kota Bogor clerk and the administrator. */
  private static final List<String> PENGGUNA = List.of("bapperida.bogor", "demo");
  private static final List<String> ID_BURUK = List.of("tidakAda0000", "x'%22%3Cb%3E", "..%2F..%2Fuser");
  /** How an Indonesian message of ours starts. */
  private static final Pattern INDONESIA = Pattern.compile("^(Tidak |Permintaan|Isian|Anda tidak berwenang|"
      + "Nilai isian|Data |Penyaringan|Parameter|Alamat|Metode|Jenis|Isi permintaan|Konflik|Tugas sudah|Belum masuk|Terjadi|"
      + "Basis data)");
  private static final Pattern JEJAK = Pattern.compile("\\tat |\\bat (org|java|jakarta|id)\\.[\\w.$]+\\(|Caused by:");

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private JsonNode openapi;

  /**
   * The bad input includes wrong passwords (identity verification, a user's new credentials), which
   * Camunda counts and answers by locking the user for some seconds: unlocked afterwards, so that
   * the next test logs in as these users at once.
   */
  @org.junit.jupiter.api.AfterEach
  void bukaKunci() {
    PENGGUNA.forEach(engine.getIdentityService()::unlockUser);
  }

  /** {@code /engine-rest} with HTTP Basic, as scripts call it. */
  @Test
  void engineRest_everyOperationWithBadInput_answers4xxWithoutTrace_andChangesNothing() throws Exception {
    jalankan("/engine-rest", (p, pengguna) -> kirim(p, pengguna));
  }

  /** The same resources in the webapps' own API, with the login session and CSRF token, as Tasklist and Cockpit call them. */
  @Test
  void webappsEngineApi_everyOperationWithBadInput_answers4xxWithoutTrace_andChangesNothing() throws Exception {
    id.alursop.TestHttp http = new id.alursop.TestHttp(port);
    Map<String, id.alursop.TestHttp.Sesi> sesi = new java.util.HashMap<>();
    for (String pengguna : PENGGUNA) {
      sesi.put(pengguna, http.masukWebapp(pengguna, "tasklist"));
    }
    jalankan("/camunda/api/engine/engine/default",
        (p, pengguna) -> sesi.get(pengguna).kirim(p.metode(), p.url(), p.jenis(), p.isi()));
  }

  interface Pengirim {
    HttpResponse<String> kirim(Permintaan p, String pengguna) throws Exception;
  }

  private void jalankan(String dasar, Pengirim pengirim) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/openapi.json")) {
      openapi = JSON.readTree(in);
    }
    Map<String, Long> sebelum = hitungan();
    List<String> gagal = new ArrayList<>();
    Map<String, Integer> awalPesan = new java.util.TreeMap<>();
    int permintaan = 0;
    int operasi = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        String metode = op.getKey().toUpperCase();
        if (!List.of("GET", "POST", "PUT", "DELETE").contains(metode)) {
          continue;
        }
        operasi++;
        for (Permintaan p : permintaan(dasar, path.getKey(), metode, op.getValue())) {
          for (String pengguna : PENGGUNA) {
            permintaan++;
            Map<String, Long> awal = metode.equals("GET") ? null : hitungan();
            HttpResponse<String> jawaban = pengirim.kirim(p, pengguna);
            String body = jawaban.body() == null ? "" : jawaban.body();
            String pesan = pesan(body);
            awalPesan.merge(jawaban.statusCode() + " " + (pesan == null ? "<bukan JSON: "
                + body.substring(0, Math.min(40, body.length())) + ">" : pesan.split(" ")[0]), 1, Integer::sum);
            if (jawaban.statusCode() >= 400 && (pesan == null || !INDONESIA.matcher(pesan).find())) {
              gagal.add("not Indonesian: " + jawaban.statusCode() + " " + pengguna + " " + p + " -> "
                  + body.substring(0, Math.min(body.length(), 300)).replace('\n', ' '));
            }
            if (jawaban.statusCode() >= 500 || JEJAK.matcher(body).find()) {
              gagal.add(jawaban.statusCode() + " " + pengguna + " " + p + " -> "
                  + body.substring(0, Math.min(body.length(), 300)).replace('\n', ' '));
            }
            if (awal != null && !awal.equals(hitungan())) {
              gagal.add("changed " + awal + " -> " + hitungan() + ": " + jawaban.statusCode() + " " + pengguna + " " + p);
            }
          }
        }
      }
    }
    System.out.printf(dasar + " with bad input: %d operations, %d requests, %d answered 5xx or with a trace%n",
        operasi, permintaan, gagal.size());
    awalPesan.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    gagal.stream().limit(400).forEach(System.out::println);
    assertThat(operasi).as("operations of Camunda's OpenAPI description").isGreaterThan(380);
    assertThat(gagal).as("answers with 5xx or a stack trace").isEmpty();
    assertThat(hitungan()).as("nothing changed").isEqualTo(sebelum);
  }

  /** One request: method, path with query, content type and body (null: none). */
  record Permintaan(String metode, String url, String jenis, String isi) {
    @Override
    public String toString() {
      String ringkas = isi == null ? "" : " " + (isi.length() > 80 ? isi.substring(0, 80) + "…" : isi);
      String alamat = url.length() > 160 ? url.substring(0, 160) + "…" : url;
      return metode + " " + alamat + (jenis == null ? "" : " [" + jenis + "]") + ringkas;
    }
  }

  private List<Permintaan> permintaan(String dasar, String template, String metode, JsonNode op) {
    List<JsonNode> parameter = new ArrayList<>();
    op.path("parameters").forEach(parameter::add);
    boolean adaPath = parameter.stream().anyMatch(p -> "path".equals(p.path("in").asText()));
    JsonNode body = op.path("requestBody").path("content");
    String jenis = body.has("application/json") ? "application/json"
        : body.has("multipart/form-data") ? "multipart/form-data" : body.fieldNames().hasNext() ? body.fieldNames().next() : null;
    List<String> isiBuruk = new ArrayList<>();
    if (jenis != null) {
      JsonNode skema = resolve(body.path(jenis).path("schema"));
      isiBuruk.add(null);
      isiBuruk.add("");
      isiBuruk.add("{");
      isiBuruk.add("[]");
      isiBuruk.add("null");
      isiBuruk.add(salahJenis(skema).toString());
      isiBuruk.add(besar(skema).toString());
    }
    String queryBuruk = query(parameter, false);
    String queryBesar = query(parameter, true);
    List<Permintaan> hasil = new ArrayList<>();
    List<String> ids = adaPath ? ID_BURUK : List.of("");
    for (String id : ids) {
      String alamat = dasar + template.replaceAll("\\{[^}]+}", id);
      if (jenis == null) {
        hasil.add(new Permintaan(metode, alamat + queryBuruk, null, null));
        if (!queryBesar.equals(queryBuruk)) {
          hasil.add(new Permintaan(metode, alamat + queryBesar, null, null));
        }
      } else if (jenis.equals("multipart/form-data")) {
        hasil.add(new Permintaan(metode, alamat, "multipart/form-data", "bukan multipart"));
        hasil.add(new Permintaan(metode, alamat, "multipart/form-data; boundary=xyz", "--xyz\r\n\r\n--xyz--\r\n"));
        hasil.add(new Permintaan(metode, alamat, "application/json", "{}"));
      } else if (id.equals(ids.get(0))) {
        for (String isi : isiBuruk) {
          hasil.add(new Permintaan(metode, alamat + queryBuruk, isi == null ? null : jenis, isi));
        }
      } else {
        hasil.add(new Permintaan(metode, alamat, jenis, isiBuruk.get(5)));
      }
    }
    if (!adaPath && jenis == null && "GET".equals(metode)) {
      hasil.add(new Permintaan(metode, dasar + template + "?firstResult=-5&maxResults=-1", null, null));
    }
    return hasil;
  }

  /** Every typed query parameter given a value of the wrong type (or every string parameter a huge one). */
  private String query(List<JsonNode> parameter, boolean besar) {
    StringBuilder q = new StringBuilder();
    for (JsonNode p : parameter) {
      if (!"query".equals(p.path("in").asText())) {
        continue;
      }
      JsonNode skema = resolve(p.path("schema"));
      String jenis = skema.path("type").asText("string");
      String format = skema.path("format").asText("");
      String nilai;
      if (besar) {
        nilai = jenis.equals("string") && format.isEmpty() ? BESAR.substring(0, 3000) : null;
      } else {
        nilai = switch (jenis) {
          case "integer", "number" -> "bukan-angka";
          case "boolean" -> "bukan-boolean";
          default -> format.startsWith("date") ? "bukan-tanggal" : null;
        };
      }
      if (nilai != null) {
        q.append(q.length() == 0 ? "?" : "&").append(p.path("name").asText()).append('=')
            .append(URLEncoder.encode(nilai, StandardCharsets.UTF_8));
      }
    }
    return q.toString();
  }

  /** An object with every property of the schema given a value of the wrong JSON type. */
  private JsonNode salahJenis(JsonNode skema) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    properti(skema).forEach((nama, p) -> {
      switch (p.path("type").asText(p.has("properties") ? "object" : "string")) {
        case "integer", "number" -> o.put(nama, "bukan-angka");
        case "boolean" -> o.put(nama, "bukan-boolean");
        case "array" -> o.put(nama, "bukan-daftar");
        case "object" -> o.put(nama, 12345);
        default -> o.putObject(nama);
      }
    });
    if (o.isEmpty()) {
      o.put("bukanProperti", 1);
    }
    return o;
  }

  /** An object with every string property huge, nested objects likewise. */
  private JsonNode besar(JsonNode skema) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    properti(skema).forEach((nama, p) -> {
      JsonNode r = resolve(p);
      if ("string".equals(r.path("type").asText()) && !r.has("enum") && r.path("format").asText("").isEmpty()) {
        o.put(nama, BESAR);
      } else if (r.has("properties") || r.has("allOf")) {
        o.set(nama, besar(r));
      }
    });
    if (o.isEmpty()) {
      o.put("bukanProperti", BESAR);
    }
    return o;
  }

  private Map<String, JsonNode> properti(JsonNode skema) {
    Map<String, JsonNode> hasil = new LinkedHashMap<>();
    JsonNode s = resolve(skema);
    s.path("allOf").forEach(bagian -> hasil.putAll(properti(bagian)));
    s.path("properties").fields().forEachRemaining(e -> hasil.put(e.getKey(), resolve(e.getValue())));
    return hasil;
  }

  private JsonNode resolve(JsonNode skema) {
    JsonNode s = skema;
    for (int i = 0; i < 10 && s.has("$ref"); i++) {
      String ref = s.path("$ref").asText();
      s = openapi.at(ref.substring(1));
    }
    return s;
  }

  /** The answer's {@code message}, or null when the body is no JSON object with one. */
  private static String pesan(String body) {
    try {
      JsonNode n = JSON.readTree(body);
      return n != null && n.path("message").isTextual() ? n.path("message").asText() : null;
    } catch (Exception e) {
      return null;
    }
  }

  private HttpResponse<String> kirim(Permintaan p, String pengguna) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + p.url()))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((pengguna + ":demo").getBytes()));
    if (p.jenis() != null) {
      b.header("Content-Type", p.jenis());
    }
    HttpRequest.BodyPublisher isi = p.isi() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(p.isi());
    b.method(p.metode(), isi);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private Map<String, Long> hitungan() {
    return Map.of(
        "instances", engine.getRuntimeService().createProcessInstanceQuery().count(),
        "tasks", engine.getTaskService().createTaskQuery().count(),
        "deployments", engine.getRepositoryService().createDeploymentQuery().count(),
        "users", engine.getIdentityService().createUserQuery().count(),
        "groups", engine.getIdentityService().createGroupQuery().count());
  }
}
