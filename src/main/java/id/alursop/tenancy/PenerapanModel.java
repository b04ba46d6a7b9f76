package id.alursop.tenancy;

import id.alursop.organisasi.DaftarInstansi;
import id.alursop.organisasi.Instansi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} and {@code forms/} at start-up, one deployment per agency (tenant)
 * with its own models, forms and decisions plus its copy of the shared ones. Unchanged resources
 * create no new version; a changed one a new version for that agency only. The agencies added
 * without a rebuild bring theirs in their folder ({@code ALUR_ORGANISASI_TAMBAHAN}: its
 * {@code processes/} and {@code forms/}).
 */
@Component
@Order(5)
public class PenerapanModel implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(PenerapanModel.class);
  private static final String[] POLA = {"classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
      "classpath*:forms/**/*.form"};

  private final RepositoryService repository;

  private final DaftarInstansi daftarInstansi;

  public PenerapanModel(RepositoryService repository, DaftarInstansi daftarInstansi) {
    this.repository = repository;
    this.daftarInstansi = daftarInstansi;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    List<Resource> semua = new ArrayList<>();
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    for (String pola : POLA) {
      semua.addAll(List.of(resolver.getResources(pola)));
    }
    // the models and forms of the agencies added without a rebuild (ALUR_ORGANISASI_TAMBAHAN)
    if (daftarInstansi.folderTambahan().isPresent()) {
      String folder = daftarInstansi.folderTambahan().get().toUri().toString();
      for (String pola : POLA) {
        semua.addAll(List.of(resolver.getResources(pola.replace("classpath*:", folder))));
      }
    }
    terapkan(semua, null, path -> Instansi.FORM_BERSAMA.stream().anyMatch(path::startsWith));
    for (Instansi instansi : daftarInstansi.semua()) {
      terapkan(semua, instansi.id(), instansi::memiliki);
    }
  }

  private void terapkan(List<Resource> semua, String tenant, java.util.function.Predicate<String> milik)
      throws IOException {
    DeploymentBuilder deployment = repository.createDeployment().name("alur-sop-" + (tenant == null ? "bersama" : tenant))
        .source("alur-sop").enableDuplicateFiltering(false);
    if (tenant != null) {
      deployment.tenantId(tenant);
    }
    int jumlah = 0;
    for (Resource resource : semua) {
      String path = relatif(resource);
      if (path != null && milik.test(path)) {
        try (InputStream in = resource.getInputStream()) {
          deployment.addInputStream(path, in);
        }
        jumlah++;
      }
    }
    if (jumlah > 0) {
      var hasil = deployment.deployWithResult();
      LOG.info("Deployment {}: {} resources, {} process definitions (re)deployed", tenant == null ? "shared" : tenant,
          jumlah, hasil.getDeployedProcessDefinitions() == null ? 0 : hasil.getDeployedProcessDefinitions().size());
    }
  }

  /** The path below the classpath root, e.g. {@code processes/x.bpmn}. */
  static String relatif(Resource resource) {
    try {
      String url = resource.getURL().toString();
      for (String root : new String[] {"processes/", "forms/"}) {
        int i = url.lastIndexOf("/" + root);
        if (i >= 0) {
          return url.substring(i + 1);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
