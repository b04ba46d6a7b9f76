package id.alursop;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP calls to the application under test, with an optional HTTP Basic login {@code user:password}. */
public final class TestHttp {

  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  public TestHttp(int port) {
    this.port = port;
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  public HttpResponse<String> get(String path, String login) throws IOException, InterruptedException {
    return send(request(path, login).GET().build());
  }

  public HttpResponse<String> post(String path, String login, String contentType, String body)
      throws IOException, InterruptedException {
    return send(request(path, login).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public HttpRequest.Builder request(String path, String login) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
    return login == null ? builder : builder.header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Logs in as a browser does, on the webapps' own login ({@code app}: welcome, tasklist, cockpit,
   * admin) with password {@code demo}: a session cookie and the webapps' CSRF token, no Basic.
   */
  public Sesi masukWebapp(String pengguna, String app) throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    client.send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    Sesi sesi = new Sesi(client, cookies);
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(
            uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", sesi.tokenCsrf())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + pengguna + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("login of " + pengguna + " answered " + login.statusCode() + ": " + login.body());
    }
    // the login starts a new session; the app's next call gets that session's CSRF token, as in a browser
    client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).build(),
        HttpResponse.BodyHandlers.discarding());
    return sesi;
  }

  /** A client holding the webapps' login session in its cookies. */
  public final class Sesi {

    private final HttpClient client;
    private final CookieManager cookies;

    private Sesi(HttpClient client, CookieManager cookies) {
      this.client = client;
      this.cookies = cookies;
    }

    /** The webapps' CSRF token (their cookie XSRF-TOKEN, which their pages send as X-XSRF-TOKEN). */
    public String tokenCsrf() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .reduce((pertama, kedua) -> kedua).orElseThrow().getValue();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any request with the session's cookie and the CSRF token; {@code jenis} and {@code isi} may be null. */
    public HttpResponse<String> kirim(String metode, String path, String jenis, String isi)
        throws IOException, InterruptedException {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", tokenCsrf())
          .method(metode, isi == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(isi));
      if (jenis != null) {
        request.header("Content-Type", jenis);
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A write with the session's cookie, and with the CSRF token only when {@code csrf} is set. */
    public HttpResponse<String> post(String path, String contentType, String body, boolean csrf)
        throws IOException, InterruptedException {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
          .POST(HttpRequest.BodyPublishers.ofString(body));
      if (csrf) {
        request.header("X-XSRF-TOKEN", tokenCsrf());
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
