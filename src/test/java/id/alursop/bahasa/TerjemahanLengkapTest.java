package id.alursop.bahasa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Indonesian translation of each webapp has every key of Camunda's English file on the
 * classpath (a missing key would show English or the raw key), keeps each placeholder, and
 * leaves nothing empty that English fills. Fails after a Camunda upgrade that adds keys.
 */
class TerjemahanLengkapTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** English fragments that Indonesian word order has already said in the fragment before (or a plural "s"). */
  private static final java.util.Set<String> KOSONG_SENGAJA = java.util.Set.of("PLGN_BATCH_S", "PLGN_MIG_S",
      "PLGN_MOD_DIALOG_S", "PLGN_MOD_RESTART_DIALOG_S",
      "PLGN_BTCH_SET_RET_EXT_SEARCH_PROCESS_INSTANCES", "PLGN_BTCH_SET_RET_PROCESS_INSTANCES",
      "PLGN_BTCH_SET_VARIABLES_SEARCH_SUFFIX");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*\\}\\}|%[sd]");

  @ParameterizedTest
  @ValueSource(strings = {"welcome", "tasklist", "cockpit", "admin"})
  void everyKeyTranslated(String app) throws IOException {
    JsonNode en = baca(app, "en");
    JsonNode id = baca(app, "id");
    List<String> salah = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = en.path("labels").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      JsonNode terjemahan = id.path("labels").get(label.getKey());
      if (terjemahan == null) {
        salah.add(label.getKey() + ": missing");
      } else if (!placeholders(label.getValue().asText()).equals(placeholders(terjemahan.asText()))) {
        salah.add(label.getKey() + ": placeholders differ");
      } else if (terjemahan.asText().isBlank() && !label.getValue().asText().isBlank()
          && !KOSONG_SENGAJA.contains(label.getKey())) {
        salah.add(label.getKey() + ": empty");
      }
    }
    assertThat(salah).as("%s/locales/id.json", app).isEmpty();
    if (en.has("dateLocales")) {
      assertThat(id.path("dateLocales").path("months").get(0).asText()).isEqualTo("Januari");
    }
  }

  private static JsonNode baca(String app, String bahasa) throws IOException {
    String path = "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + bahasa + ".json";
    try (InputStream in = TerjemahanLengkapTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      byte[] bytes = in.readAllBytes();
      String teks = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      return JSON.readTree(teks);
    }
  }

  private static List<String> placeholders(String teks) {
    List<String> hasil = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(teks);
    while (m.find()) {
      hasil.add(m.group().replace(" ", ""));
    }
    hasil.sort(null);
    return hasil;
  }
}
