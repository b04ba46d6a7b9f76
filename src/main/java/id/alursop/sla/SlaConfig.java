package id.alursop.sla;

import id.alursop.organisasi.DaftarInstansi;
import id.alursop.organisasi.Instansi;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The escalation chains from the agencies' files, the e-mail settings from {@code alur.sla.email}. */
@Configuration
public class SlaConfig {

  @Bean
  SlaProperties slaProperties(DaftarInstansi daftar, @Value("${alur.sla.email.dari:#{null}}") String dari,
      @Value("${alur.sla.email.tautan-tasklist:#{null}}") String tautanTasklist) {
    Map<String, SlaProperties.Rantai> rantai = new LinkedHashMap<>();
    for (Instansi i : daftar.semua()) {
      rantai.put(i.id(), new SlaProperties.Rantai(i.eskalasi().rantai(), i.eskalasi().kepala()));
    }
    return new SlaProperties(rantai, new SlaProperties.Email(dari, tautanTasklist));
  }
}
