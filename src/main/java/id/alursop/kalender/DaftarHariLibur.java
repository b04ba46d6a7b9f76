package id.alursop.kalender;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The national holidays and cuti bersama, one data file per year ({@code kalender/libur-YYYY.yaml},
 * from the joint decree of that year), plus the regional holidays administrators add.
 */
public class DaftarHariLibur {

  private final Map<Integer, List<HariLibur>> nasional;
  private final HariLiburDaerahRepository daerah;
  private static final long UMUR_CACHE_MS = 60_000;

  private final Map<String, Set<LocalDate>> cacheDaerah = new ConcurrentHashMap<>();
  private volatile long cacheDimuat = System.currentTimeMillis();

  public DaftarHariLibur(HariLiburDaerahRepository daerah) {
    this(muatNasional("classpath*:kalender/libur-*.yaml"), daerah);
  }

  DaftarHariLibur(Map<Integer, List<HariLibur>> nasional, HariLiburDaerahRepository daerah) {
    this.nasional = nasional;
    this.daerah = daerah;
  }

  /** The years for which national holidays are shipped. */
  public Set<Integer> tahunTersedia() {
    return nasional.keySet();
  }

  /** All days off of a year for an agency (null: national only), sorted by date. */
  public List<HariLibur> tahun(int tahun, String instansi) {
    List<HariLibur> semua = new ArrayList<>(nasional.getOrDefault(tahun, List.of()));
    if (daerah != null) {
      daerah.findByTanggalBetweenOrderByTanggal(Year.of(tahun).atDay(1), Year.of(tahun).atMonth(12).atEndOfMonth())
          .stream().filter(d -> d.getInstansi() == null || d.getInstansi().equals(instansi))
          .map(HariLiburDaerah::sebagaiHariLibur).forEach(semua::add);
    }
    semua.sort(Comparator.comparing(HariLibur::tanggal));
    return semua;
  }

  /** Whether a date is a day off for an agency (weekends are the working hours' business). */
  public boolean libur(LocalDate tanggal, String instansi) {
    List<HariLibur> tahun = nasional.get(tanggal.getYear());
    if (tahun != null && tahun.stream().anyMatch(h -> h.tanggal().equals(tanggal))) {
      return true;
    }
    return daerah != null && tanggalDaerah(instansi).contains(tanggal);
  }

  private Set<LocalDate> tanggalDaerah(String instansi) {
    if (System.currentTimeMillis() - cacheDimuat > UMUR_CACHE_MS) {
      segarkan(); // another node may have added a holiday
    }
    return cacheDaerah.computeIfAbsent(instansi == null ? "" : instansi, key -> daerah.findAll().stream()
        .filter(d -> d.getInstansi() == null || d.getInstansi().equals(key))
        .map(HariLiburDaerah::getTanggal).collect(Collectors.toUnmodifiableSet()));
  }

  /** Forgets cached regional holidays after one was added. */
  public void segarkan() {
    cacheDaerah.clear();
    cacheDimuat = System.currentTimeMillis();
  }

  static Map<Integer, List<HariLibur>> muatNasional(String pattern) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    Map<Integer, List<HariLibur>> perTahun = new TreeMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          BerkasLibur berkas = yaml.readValue(in, BerkasLibur.class);
          String dasar = String.join("; ", berkas.dasar());
          List<HariLibur> libur = berkas.libur().stream().map(e -> {
            if (e.tanggal().getYear() != berkas.tahun()) {
              throw new IllegalStateException(resource.getFilename() + ": " + e.tanggal() + " bukan tahun " + berkas.tahun());
            }
            return new HariLibur(e.tanggal(), e.nama(), e.jenis(), dasar, null);
          }).toList();
          perTahun.put(berkas.tahun(), libur);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return perTahun;
  }

  /** The shape of a holiday data file. */
  record BerkasLibur(int tahun, List<String> dasar, List<Entri> libur) {
    record Entri(LocalDate tanggal, String nama, HariLibur.Jenis jenis) {
    }
  }
}
