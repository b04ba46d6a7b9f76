package id.alursop.organisasi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The agencies of this installation, one file each: {@code organisasi/<id>.yaml} on the
 * classpath (the project's {@code organisasi/} folder), and the agencies added without a rebuild:
 * the {@code *.yaml} files of the folder {@code alur.organisasi.tambahan}
 * ({@code ALUR_ORGANISASI_TAMBAHAN}), whose {@code processes/} and {@code forms/} hold their models
 * and forms. Read once at start-up and checked: a file that contradicts itself (a group of
 * another agency, an escalation or supervisor group it does not declare) or an agency declared
 * twice stops the start with a message naming the file.
 */
@Component
public class DaftarInstansi {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final List<Instansi> semua;
  private final Path tambahan;

  /** The agencies of the classpath only. */
  public DaftarInstansi() {
    this("");
  }

  /** The agencies of the classpath and of the folder {@code tambahan} (none when blank). */
  @Autowired
  public DaftarInstansi(@Value("${alur.organisasi.tambahan:}") String tambahan) {
    this.tambahan = tambahan == null || tambahan.isBlank() ? null : Path.of(tambahan).toAbsolutePath().normalize();
    List<String> pola = new ArrayList<>(List.of("classpath*:organisasi/*.yaml"));
    if (this.tambahan != null) {
      if (!Files.isDirectory(this.tambahan)) {
        throw new IllegalStateException("ALUR_ORGANISASI_TAMBAHAN: folder " + this.tambahan + " tidak ada");
      }
      pola.add(this.tambahan.toUri() + "*.yaml");
    }
    this.semua = baca(pola.toArray(String[]::new));
  }

  /** The folder of the agencies added without a rebuild, if any. */
  public Optional<Path> folderTambahan() {
    return Optional.ofNullable(tambahan);
  }

  /** Every agency, by id. */
  public List<Instansi> semua() {
    return semua;
  }

  public Optional<Instansi> cari(String id) {
    return semua.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** Every agency's groups. */
  public List<Kelompok> kelompok() {
    return semua.stream().flatMap(i -> i.kelompok().stream()).toList();
  }

  /**
   * A group's name as its agency's file gives it ("OPD: Dinas Sosial"), else the id: names the
   * OPD of a wali-data task on its card ({@code alur.kasus="${daftarInstansi.namaKelompok(opd)}"}).
   */
  public String namaKelompok(String groupId) {
    return kelompok().stream().filter(k -> k.id().equals(groupId)).map(Kelompok::nama).findFirst()
        .orElse(groupId);
  }

  /**
   * An agency's parties ({@code pihak} in its file) with their names, in the file's order; empty
   * for an unknown agency.
   */
  public List<Kelompok> pihak(String instansiId) {
    return cari(instansiId).map(i -> i.pihak().stream()
        .map(id -> i.kelompok().stream().filter(k -> k.id().equals(id)).findFirst().orElse(new Kelompok(id, id)))
        .toList()).orElse(List.of());
  }

  /** Whether a party of the agency is a partner (its file's {@code mitra}), not an OPD. */
  public boolean mitra(String instansiId, String groupId) {
    return cari(instansiId).map(i -> i.mitra().contains(groupId)).orElse(false);
  }

  /** The agency a group belongs to ({@code <id>-…}), if any. */
  public Optional<Instansi> pemilikKelompok(String groupId) {
    return semua.stream().filter(i -> i.kelompokSendiri(groupId)).findFirst();
  }

  static List<Instansi> baca(String... semuaPola) {
    try {
      List<Resource> berkas = new ArrayList<>();
      for (String pola : semuaPola) {
        berkas.addAll(List.of(new PathMatchingResourcePatternResolver().getResources(pola)));
      }
      Map<String, Instansi> hasil = new LinkedHashMap<>();
      Set<String> namaBerkas = new java.util.HashSet<>();
      for (Resource resource : berkas) {
        if (!namaBerkas.add(resource.getFilename())) {
          continue; // the same file twice on the classpath (e.g. the folder and its copy in the build): the first counts
        }
        Instansi instansi = baca(resource);
        Instansi lain = hasil.put(instansi.id(), instansi);
        if (lain != null) {
          throw new IllegalStateException("Instansi '" + instansi.id() + "' dinyatakan dua kali (" + resource + ")");
        }
      }
      return hasil.values().stream().sorted(Comparator.comparing(Instansi::id)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Instansi baca(Resource resource) throws IOException {
    Instansi instansi;
    try (InputStream in = resource.getInputStream()) {
      instansi = YAML.readValue(in, Instansi.class);
    } catch (IOException e) {
      throw new IllegalStateException("Berkas organisasi " + resource.getFilename() + " tidak terbaca: " + e.getMessage(),
          e);
    }
    List<String> salah = periksa(instansi);
    if (!salah.isEmpty()) {
      throw new IllegalStateException("Berkas organisasi " + resource.getFilename() + ": " + String.join("; ", salah));
    }
    return instansi;
  }

  /** What is wrong in an agency's file, in Indonesian; empty when nothing. */
  static List<String> periksa(Instansi instansi) {
    List<String> salah = new ArrayList<>();
    if (instansi.id() == null || !ID.matcher(instansi.id()).matches()) {
      salah.add("id '" + instansi.id() + "' harus huruf kecil, angka dan tanda hubung");
      return salah;
    }
    if (instansi.nama() == null || instansi.nama().isBlank()) {
      salah.add("nama wajib diisi");
    }
    Set<String> kelompok = instansi.kelompok().stream().map(Kelompok::id).collect(Collectors.toSet());
    instansi.kelompok().stream().filter(k -> k.id() == null || !ID.matcher(k.id()).matches()
        || !instansi.kelompokSendiri(k.id())).forEach(k -> salah.add("kelompok '" + k.id() + "' harus berawalan '"
            + instansi.id() + "-' (huruf kecil, angka, tanda hubung)"));
    instansi.kelompok().stream().filter(k -> k.nama() == null || k.nama().isBlank())
        .forEach(k -> salah.add("kelompok '" + k.id() + "' tanpa nama"));
    List<String> dirujuk = new ArrayList<>(instansi.opd());
    dirujuk.addAll(instansi.pihak());
    dirujuk.addAll(instansi.pengawas());
    instansi.mitra().stream().filter(m -> !instansi.pihak().contains(m))
        .forEach(m -> salah.add("mitra '" + m + "' harus termasuk daftar pihak"));
    instansi.eskalasi().rantai().forEach(tingkat -> dirujuk.addAll(List.of(tingkat.split("\\s*,\\s*"))));
    if (instansi.eskalasi().kepala() != null) {
      dirujuk.add(instansi.eskalasi().kepala());
    }
    instansi.penggunaDemo().forEach(p -> dirujuk.addAll(p.kelompok()));
    dirujuk.stream().filter(g -> !kelompok.contains(g)).distinct()
        .forEach(g -> salah.add("kelompok '" + g + "' dirujuk tetapi tidak ada di daftar kelompok"));
    return salah;
  }
}
