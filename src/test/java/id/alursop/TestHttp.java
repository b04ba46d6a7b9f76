package id.alursop;

import java.io.IOException;
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
}
