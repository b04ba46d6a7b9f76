package id.alursop.modeler;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.alursop.identity.IzinMemulai;
import id.alursop.identity.KelompokInstansi;
import id.alursop.organisasi.DaftarInstansi;
import id.alursop.organisasi.Instansi;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.stereotype.Service;

/**
 * Deploys models edited in the modeler: gives each lane its group and the tasks drawn in it that
 * group ({@link LajurKelompok}; groups still missing are created once the administrator agrees),
 * checks the SOP conventions (errors refuse the deploy), leaves out files equal to the deployed
 * version, deploys the rest as a new version for the agency (running instances keep theirs),
 * lets the lanes' groups see it and its starters start it, and records who deployed it when.
 */
@Service
public class PenerapanModeler {

  /** Deployments made from the modeler carry this source. */
  public static final String SUMBER = "alur-sop-modeler";
  private static final Pattern NAMA_BERKAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repository;
  private final KatalogModel katalog;
  private final PemeriksaKonvensi pemeriksa;

  private final DaftarInstansi instansi;
  private final IzinMemulai izinMemulai;
  private final LajurKelompok lajurKelompok;
  private final KelompokInstansi kelompokInstansi;

  public PenerapanModeler(RepositoryService repository, KatalogModel katalog, PemeriksaKonvensi pemeriksa,
      DaftarInstansi instansi, IzinMemulai izinMemulai, LajurKelompok lajurKelompok,
      KelompokInstansi kelompokInstansi) {
    this.lajurKelompok = lajurKelompok;
    this.kelompokInstansi = kelompokInstansi;
    this.instansi = instansi;
    this.izinMemulai = izinMemulai;
    this.repository = repository;
    this.katalog = katalog;
    this.pemeriksa = pemeriksa;
  }

  /** A file to deploy: resource name ({@code processes/x.bpmn}) and content. */
  public record Berkas(String nama, String isi) {
  }

  /** A definition created by a deploy. */
  public record Definisi(String jenis, String key, int versi, String id) {
  }

  /**
   * @param berubah whether anything was deployed ({@code false}: every file equals its deployed version)
   */
  public record Hasil(boolean berubah, String deploymentId, String message, List<Definisi> definisi,
      List<String> tidakBerubah, List<Temuan> peringatan, List<LajurKelompok.KelompokBaru> kelompokDibuat) {
  }

  /** A deploy that needs groups for its lanes, not confirmed: nothing created, nothing deployed (409). */
  public static class KelompokPerluDibuat extends RuntimeException {

    private final transient List<LajurKelompok.KelompokBaru> kelompok;

    KelompokPerluDibuat(List<LajurKelompok.KelompokBaru> kelompok) {
      super("Lajur berikut belum punya kelompok: " + kelompok.stream().map(k -> "'" + k.nama() + "' (" + k.id() + ")")
          .collect(Collectors.joining(", ")) + ". Setujui pembuatannya (buatKelompok), lalu terapkan lagi.");
      this.kelompok = List.copyOf(kelompok);
    }

    public List<LajurKelompok.KelompokBaru> kelompok() {
      return kelompok;
    }
  }

  /** The files with their lanes' groups on their tasks, and the groups to create. */
  private record Persiapan(List<Berkas> berkas, List<LajurKelompok.KelompokBaru> kelompokBaru,
      Map<String, Set<String>> kelompokProses) {

    Set<String> idBaru() {
      return kelompokBaru.stream().map(LajurKelompok.KelompokBaru::id).collect(Collectors.toSet());
    }
  }

  private Persiapan siapkan(String tenant, List<Berkas> berkas) {
    List<Berkas> hasil = new ArrayList<>();
    Map<String, LajurKelompok.KelompokBaru> baru = new LinkedHashMap<>();
    Map<String, Set<String>> kelompokProses = new LinkedHashMap<>();
    for (Berkas b : berkas) {
      if (tenant == null || JenisModel.dariNama(b.nama()).orElse(null) != JenisModel.BPMN || b.isi() == null
          || b.isi().isBlank()) {
        hasil.add(b);
        continue;
      }
      LajurKelompok.Hasil lengkap;
      try {
        lengkap = lajurKelompok.lengkapi(b.isi(), tenant);
      } catch (RuntimeException e) {
        hasil.add(b); // unreadable: the conventions check says why
        continue;
      }
      hasil.add(new Berkas(b.nama(), lengkap.isi()));
      lengkap.baru().forEach(k -> baru.putIfAbsent(k.id(), k));
      kunci(JenisModel.BPMN, lengkap.isi()).ifPresent(key -> kelompokProses.put(key,
          new java.util.LinkedHashSet<>(lengkap.lajur().values())));
    }
    return new Persiapan(hasil, List.copyOf(baru.values()), kelompokProses);
  }

  /** The agency id, {@code null} for shared ({@code null}, empty or {@code bersama}). */
  public String tenant(String tenant) {
    if (tenant == null || tenant.isBlank() || tenant.equals("bersama")) {
      return null;
    }
    if (instansi.cari(tenant).isEmpty()) {
      throw new PenerapanDitolak("Instansi '" + tenant + "' tidak dikenal; pilih salah satu dari "
          + instansi.semua().stream().map(Instansi::id).collect(Collectors.joining(", ")) + ".", List.of());
    }
    return tenant;
  }

  /** Checks the files as they would be deployed together (forms of the same deployment count). */
  public List<Temuan> periksa(String tenant, List<Berkas> berkas) {
    String t = tenant(tenant);
    return periksa(t, siapkan(t, berkas));
  }

  private List<Temuan> periksa(String tenant, Persiapan persiapan) {
    Set<String> formulirSerta = formulirSerta(persiapan.berkas());
    List<Temuan> temuan = new ArrayList<>();
    for (Berkas b : persiapan.berkas()) {
      temuan.addAll(pemeriksa.periksa(b.nama(), b.isi(), tenant, formulirSerta, persiapan.idBaru()));
    }
    persiapan.kelompokBaru().forEach(k -> temuan.add(Temuan.peringatan(null, "Lajur '" + k.nama()
        + "' belum punya kelompok: kelompok '" + k.id() + "' akan dibuat saat diterapkan.")));
    return temuan;
  }

  public Hasil terapkan(String tenantDiminta, List<Berkas> berkas, String pengguna) {
    return terapkan(tenantDiminta, berkas, pengguna, false);
  }

  /**
   * @param buatKelompok whether the administrator agreed to create the groups of lanes that have
   *     none; without it such a deploy is refused with {@link KelompokPerluDibuat}
   */
  public Hasil terapkan(String tenantDiminta, List<Berkas> berkasDiminta, String pengguna, boolean buatKelompok) {
    String tenant = tenant(tenantDiminta);
    if (berkasDiminta == null || berkasDiminta.isEmpty()) {
      throw new PenerapanDitolak("Tidak ada berkas untuk diterapkan.", List.of());
    }
    List<Temuan> namaSalah = new ArrayList<>();
    for (Berkas b : berkasDiminta) {
      if (b.nama() == null || !NAMA_BERKAS.matcher(b.nama()).matches() || JenisModel.dariNama(b.nama()).isEmpty()) {
        namaSalah.add(Temuan.galat(null, "Nama berkas '" + b.nama()
            + "' tidak sah: gunakan huruf, angka, '.', '-', '_' dan '/' dengan akhiran .bpmn, .dmn atau .form."));
      } else if (tenant == null && JenisModel.dariNama(b.nama()).get() != JenisModel.FORM) {
        namaSalah.add(Temuan.galat(null, "Proses dan keputusan '" + b.nama()
            + "' diterapkan untuk satu instansi; pilih instansinya."));
      }
    }
    if (!namaSalah.isEmpty()) {
      throw new PenerapanDitolak("Berkas tidak dapat diterapkan.", namaSalah);
    }
    Persiapan persiapan = siapkan(tenant, berkasDiminta);
    List<Berkas> berkas = persiapan.berkas();
    List<Temuan> temuan = periksa(tenant, persiapan);
    List<Temuan> galat = temuan.stream().filter(Temuan::isGalat).toList();
    List<Temuan> peringatan = temuan.stream().filter(t -> !t.isGalat()).toList();
    if (!galat.isEmpty()) {
      throw new PenerapanDitolak("Model tidak diterapkan: " + galat.size() + " galat konvensi SOP harus diperbaiki dulu.",
          temuan);
    }
    if (!persiapan.kelompokBaru().isEmpty() && !buatKelompok) {
      throw new KelompokPerluDibuat(persiapan.kelompokBaru());
    }
    persiapan.kelompokBaru().forEach(k -> kelompokInstansi.pastikan(tenant, k.id(), k.nama()));
    persiapan.kelompokProses().forEach(kelompokInstansi::bolehMelihat);
    List<Berkas> berubah = new ArrayList<>();
    List<String> tetap = new ArrayList<>();
    for (Berkas b : berkas) {
      JenisModel jenis = JenisModel.dariNama(b.nama()).orElseThrow();
      Optional<KatalogModel.Isi> terbaru = kunci(jenis, b.isi()).flatMap(k -> katalog.terbaru(jenis, k, tenant));
      if (terbaru.isPresent() && PembandingModel.setara(jenis, terbaru.get().isi(), b.isi())) {
        tetap.add(b.nama());
      } else {
        berubah.add(b);
      }
    }
    if (berubah.isEmpty()) {
      return new Hasil(false, null, "Tidak ada perubahan dibandingkan versi yang sudah diterapkan (format dan urutan atribut tidak dihitung); tidak ada versi baru.",
          List.of(), tetap, peringatan, persiapan.kelompokBaru());
    }
    DeploymentBuilder deployment = repository.createDeployment()
        .name("alur-sop-modeler-" + (tenant == null ? "bersama" : tenant)).source(SUMBER)
        .enableDuplicateFiltering(true);
    if (tenant != null) {
      deployment.tenantId(tenant);
    }
    berubah.forEach(b -> deployment.addString(b.nama(), b.isi()));
    DeploymentWithDefinitions hasil;
    try {
      hasil = deployment.deployWithResult();
    } catch (ProcessEngineException e) {
      throw new PenerapanDitolak("Mesin Camunda menolak model: " + PemeriksaKonvensi.pesanSingkat(e),
          List.of(Temuan.galat(null, PemeriksaKonvensi.pesanSingkat(e))));
    }
    Instant waktu = Instant.now();
    katalog.catat(hasil.getId(), tenant, berubah.stream().map(Berkas::nama).collect(Collectors.joining(", ")),
        pengguna, waktu);
    List<Definisi> definisi = new ArrayList<>();
    if (hasil.getDeployedProcessDefinitions() != null) {
      hasil.getDeployedProcessDefinitions().forEach(d -> definisi.add(new Definisi("bpmn", d.getKey(), d.getVersion(), d.getId())));
      // who may start each process is in its model (camunda:candidateStarterGroups)
      hasil.getDeployedProcessDefinitions().forEach(d -> izinMemulai.selaraskan(d.getKey()));
    }
    if (hasil.getDeployedDecisionDefinitions() != null) {
      hasil.getDeployedDecisionDefinitions().forEach(d -> definisi.add(new Definisi("dmn", d.getKey(), d.getVersion(), d.getId())));
    }
    for (Berkas b : berubah) {
      if (JenisModel.dariNama(b.nama()).orElseThrow() == JenisModel.FORM) {
        kunci(JenisModel.FORM, b.isi()).flatMap(k -> katalog.terbaru(JenisModel.FORM, k, tenant))
            .filter(i -> !definisi.stream().anyMatch(d -> d.id().equals(i.id())))
            .ifPresent(i -> definisi.add(new Definisi("form", i.key(), i.versi(), i.id())));
      }
    }
    String ringkas = definisi.stream().map(d -> d.key() + " versi " + d.versi()).collect(Collectors.joining(", "));
    return new Hasil(true, hasil.getId(), "Diterapkan" + (tenant == null ? " (bersama)" : " untuk " + tenant) + ": "
        + (ringkas.isEmpty() ? String.join(", ", berubah.stream().map(Berkas::nama).toList()) : ringkas) + ".",
        definisi, tetap, peringatan, persiapan.kelompokBaru());
  }

  private static Set<String> formulirSerta(List<Berkas> berkas) {
    Set<String> ids = new HashSet<>();
    for (Berkas b : berkas) {
      if (JenisModel.dariNama(b.nama()).orElse(null) == JenisModel.FORM) {
        kunci(JenisModel.FORM, b.isi()).ifPresent(ids::add);
      }
    }
    return ids;
  }

  /** The key a file deploys under: the (first executable) process id, the first decision id, the form id. */
  public static Optional<String> kunci(JenisModel jenis, String isi) {
    if (isi == null || isi.isBlank()) {
      return Optional.empty();
    }
    try {
      return switch (jenis) {
        case BPMN -> Bpmn.readModelFromStream(new ByteArrayInputStream(isi.getBytes(StandardCharsets.UTF_8)))
            .getModelElementsByType(Process.class).stream().filter(Process::isExecutable).map(Process::getId)
            .findFirst();
        case DMN -> Dmn.readModelFromStream(new ByteArrayInputStream(isi.getBytes(StandardCharsets.UTF_8)))
            .getModelElementsByType(Decision.class).stream().map(Decision::getId).findFirst();
        case FORM -> Optional.ofNullable(JSON.readTree(isi).path("id").asText(null)).filter(s -> !s.isBlank());
      };
    } catch (Exception e) {
      return Optional.empty();
    }
  }
}
