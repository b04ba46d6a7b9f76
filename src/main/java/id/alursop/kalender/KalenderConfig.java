package id.alursop.kalender;

import id.alursop.organisasi.DaftarInstansi;
import id.alursop.organisasi.Instansi;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-time configuration from the agencies' files and {@code alur.kalender.zona}. */
@Configuration
public class KalenderConfig {

  @Bean
  KalenderProperties kalenderProperties(DaftarInstansi daftar,
      @Value("${alur.kalender.zona:Asia/Jakarta}") ZoneId zona) {
    Map<String, KalenderProperties.Instansi> instansi = new LinkedHashMap<>();
    Map<String, String> proses = new LinkedHashMap<>();
    for (Instansi i : daftar.semua()) {
      instansi.put(i.id(), new KalenderProperties.Instansi(i.kalender().zona() == null ? zona : i.kalender().zona(),
          i.kalender().jam()));
      i.prosesTanpaTenant().forEach(prefix -> proses.put(prefix, i.id()));
    }
    return new KalenderProperties(zona, instansi, proses);
  }
}
