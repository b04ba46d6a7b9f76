package id.alursop.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A real fault answers 5xx with an error id and no internals (the database down: 503, anything
 * else: 500); the id is logged once at ERROR with the stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class GalatApiGangguanTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockMvc mvc = mvc();

  /** A controller that breaks; a local class, so no component scan of the application ever finds it. */
  private static MockMvc mvc() {
    @RestController
    class Pengendali {

      @GetMapping("/api/uji/basis-data")
      String basisData() {
        throw new DataAccessResourceFailureException("Connection refused: db.internal:5432 (password=rahasia)");
      }

      @GetMapping("/api/uji/rusak")
      String rusak() {
        throw new IllegalStateException("NullPointer somewhere inside id.alursop.Rahasia");
      }

      @PostMapping("/api/uji/unggah")
      String unggah() {
        throw new MaxUploadSizeExceededException(10 * 1024 * 1024);
      }
    }
    return MockMvcBuilders.standaloneSetup(new Pengendali())
        .setControllerAdvice(new GalatApi(DataSize.ofMegabytes(10))).build();
  }

  @Test
  void databaseDown_503WithErrorId_loggedOnceWithTheTrace(CapturedOutput log) throws Exception {
    MockHttpServletResponse r = mvc.perform(get("/api/uji/basis-data")).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(503);
    JsonNode body = JSON.readTree(r.getContentAsString());
    String kode = body.path("kodeGalat").asText();
    assertThat(kode).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(body.path("message").asText()).startsWith("Basis data sedang tidak dapat dihubungi").contains(kode);
    assertTanpaIsiDalam(r.getContentAsString());
    assertThat(log.getOut()).containsOnlyOnce(kode).contains("ERROR")
        .contains("DataAccessResourceFailureException").contains("\tat ");
  }

  @Test
  void anyOtherFault_500WithErrorId(CapturedOutput log) throws Exception {
    MockHttpServletResponse r = mvc.perform(get("/api/uji/rusak")).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(500);
    JsonNode body = JSON.readTree(r.getContentAsString());
    String kode = body.path("kodeGalat").asText();
    assertThat(body.path("message").asText())
        .isEqualTo("Terjadi gangguan pada server. Sampaikan kode galat " + kode + " kepada administrator.");
    assertTanpaIsiDalam(r.getContentAsString());
    assertThat(log.getOut()).containsOnlyOnce(kode).contains("IllegalStateException");
  }

  @Test
  void uploadTooLarge_413() throws Exception {
    MockHttpServletResponse r = mvc.perform(multipart("/api/uji/unggah")).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(413);
    assertThat(JSON.readTree(r.getContentAsString()).path("message").asText()).isEqualTo("Berkas melebihi batas 10 MB");
    assertThat(r.getContentAsString()).doesNotContain("kodeGalat");
  }

  private static void assertTanpaIsiDalam(String body) {
    assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("rahasia")
        .doesNotContain("Rahasia").doesNotContain("5432").doesNotContain("NullPointer");
  }
}
