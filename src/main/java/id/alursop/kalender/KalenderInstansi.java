package id.alursop.kalender;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The working calendar of each agency, and which agency a process belongs to. */
@Component
public class KalenderInstansi {

  private final KalenderProperties properties;
  private final DaftarHariLibur hariLibur;
  private final Map<String, KalenderKerja> kalender = new ConcurrentHashMap<>();

  @Autowired
  public KalenderInstansi(KalenderProperties properties, HariLiburDaerahRepository daerah) {
    this(properties, new DaftarHariLibur(daerah));
  }

  KalenderInstansi(KalenderProperties properties, DaftarHariLibur hariLibur) {
    this.properties = properties;
    this.hariLibur = hariLibur;
  }

  public DaftarHariLibur hariLibur() {
    return hariLibur;
  }

  /** The calendar of an agency; unknown or null: civil servants' hours in the default zone. */
  public KalenderKerja untuk(String instansi) {
    String key = instansi == null ? "" : instansi;
    return kalender.computeIfAbsent(key, k -> {
      KalenderProperties.Instansi config = properties.instansi().get(k);
      ZoneId zona = config != null && config.zona() != null ? config.zona() : properties.zona();
      JamKerja jam = config != null ? config.jamKerja() : JamKerja.pns();
      return new KalenderKerja(jam, zona, tanggal -> hariLibur.libur(tanggal, instansi));
    });
  }

  /** The calendar of the agency whose process an execution runs. */
  public KalenderKerja untuk(org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity execution) {
    return untuk(instansi(execution.getProcessDefinition().getKey(), execution.getTenantId()));
  }

  /** The agency of a process: its tenant when set, else by the longest matching key prefix. */
  public String instansi(String processKey, String tenantId) {
    if (tenantId != null) {
      return tenantId;
    }
    if (processKey == null) {
      return null;
    }
    return properties.proses().entrySet().stream().filter(e -> processKey.startsWith(e.getKey()))
        .max(Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue).orElse(null);
  }
}
