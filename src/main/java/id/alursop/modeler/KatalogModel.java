package id.alursop.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The deployed process definitions, decisions and forms with their versions, per agency
 * (tenant; shared ones without), with who deployed each version and when.
 */
@Service
public class KatalogModel {

  /** The engine has no public query for Camunda Forms: read from its table (ids, keys, versions). */
  private static final String SQL_FORMULIR = "select ID_, KEY_, VERSION_, DEPLOYMENT_ID_, RESOURCE_NAME_, TENANT_ID_ "
      + "from ACT_RE_CAMFORMDEF";
  private static final int BATAS = 2000;

  private final RepositoryService repository;
  private final JdbcTemplate jdbc;

  public KatalogModel(RepositoryService repository, JdbcTemplate jdbc) {
    this.repository = repository;
    this.jdbc = jdbc;
  }

  /** One deployed version of a model. */
  public record Versi(String id, int versi, String deploymentId, String resource, Instant waktu, String oleh,
      String sumber) {
  }

  /** A model (one key within one agency, or shared) with its versions, newest first. */
  public record Model(String jenis, String key, String nama, String tenant, List<Versi> versi) {
  }

  /** A model's deployed content. */
  public record Isi(String jenis, String id, String key, String tenant, int versi, String resource, String isi) {
  }

  /**
   * Every deployed model, optionally of one agency ({@code bersama} for the shared ones).
   */
  public List<Model> daftar(String tenant) {
    Map<String, Deployment> penerapan = new HashMap<>();
    repository.createDeploymentQuery().listPage(0, BATAS).forEach(d -> penerapan.put(d.getId(), d));
    Map<String, String> pengguna = penggunaPenerapan();
    Map<String, Model> model = new LinkedHashMap<>();

    ProcessDefinitionQuery proses = repository.createProcessDefinitionQuery();
    terapkanTenant(tenant, proses::withoutTenantId, proses::tenantIdIn);
    for (ProcessDefinition d : proses.orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().desc()
        .listPage(0, BATAS)) {
      tambah(model, "bpmn", d.getKey(), d.getName(), d.getTenantId(),
          versi(d.getId(), d.getVersion(), d.getDeploymentId(), d.getResourceName(), penerapan, pengguna));
    }
    DecisionDefinitionQuery keputusan = repository.createDecisionDefinitionQuery();
    terapkanTenant(tenant, keputusan::withoutTenantId, keputusan::tenantIdIn);
    for (DecisionDefinition d : keputusan.orderByDecisionDefinitionKey().asc().orderByDecisionDefinitionVersion().desc()
        .listPage(0, BATAS)) {
      tambah(model, "dmn", d.getKey(), d.getName(), d.getTenantId(),
          versi(d.getId(), d.getVersion(), d.getDeploymentId(), d.getResourceName(), penerapan, pengguna));
    }
    for (Map<String, Object> baris : formulir()) {
      String t = (String) baris.get("TENANT_ID_");
      if (tenant != null && !(tenant.equals("bersama") ? t == null : tenant.equals(t))) {
        continue;
      }
      tambah(model, "form", (String) baris.get("KEY_"), (String) baris.get("KEY_"), t,
          versi((String) baris.get("ID_"), ((Number) baris.get("VERSION_")).intValue(),
              (String) baris.get("DEPLOYMENT_ID_"), (String) baris.get("RESOURCE_NAME_"), penerapan, pengguna));
    }
    List<Model> hasil = new ArrayList<>(model.values());
    hasil.forEach(m -> m.versi().sort(Comparator.comparingInt(Versi::versi).reversed()));
    hasil.sort(Comparator.comparing(Model::jenis).thenComparing(m -> m.tenant() == null ? "" : m.tenant())
        .thenComparing(Model::key));
    return hasil;
  }

  private static void terapkanTenant(String tenant, Runnable tanpa, java.util.function.Consumer<String[]> dengan) {
    if (tenant == null) {
      return;
    }
    if (tenant.equals("bersama")) {
      tanpa.run();
    } else {
      dengan.accept(new String[] {tenant});
    }
  }

  private static void tambah(Map<String, Model> model, String jenis, String key, String nama, String tenant, Versi versi) {
    model.computeIfAbsent(jenis + "|" + key + "|" + tenant,
        k -> new Model(jenis, key, nama == null ? key : nama, tenant, new ArrayList<>())).versi().add(versi);
  }

  private static Versi versi(String id, int versi, String deploymentId, String resource, Map<String, Deployment> penerapan,
      Map<String, String> pengguna) {
    Deployment d = penerapan.get(deploymentId);
    return new Versi(id, versi, deploymentId, resource, d == null || d.getDeploymentTime() == null ? null
        : d.getDeploymentTime().toInstant(), pengguna.get(deploymentId), d == null ? null : d.getSource());
  }

  /** deployment id → user who deployed it from the modeler. */
  private Map<String, String> penggunaPenerapan() {
    Map<String, String> hasil = new HashMap<>();
    jdbc.query("select deployment_id, pengguna from modeler_penerapan",
        rs -> {
          hasil.put(rs.getString(1), rs.getString(2));
        });
    return hasil;
  }

  private List<Map<String, Object>> formulir() {
    return jdbc.queryForList(SQL_FORMULIR).stream().map(KatalogModel::kunciBesar).toList();
  }

  /** PostgreSQL answers column names in lower case. */
  private static Map<String, Object> kunciBesar(Map<String, Object> baris) {
    Map<String, Object> hasil = new HashMap<>();
    baris.forEach((k, v) -> hasil.put(k.toUpperCase(java.util.Locale.ROOT), v));
    return hasil;
  }

  /** Whether a form with this id is deployed for the agency or shared (without tenant). */
  public boolean formulirDiterapkan(String key, String tenant) {
    Integer jumlah = tenant == null
        ? jdbc.queryForObject("select count(*) from ACT_RE_CAMFORMDEF where KEY_ = ? and TENANT_ID_ is null",
            Integer.class, key)
        : jdbc.queryForObject("select count(*) from ACT_RE_CAMFORMDEF where KEY_ = ? and (TENANT_ID_ is null or TENANT_ID_ = ?)",
            Integer.class, key, tenant);
    return jumlah != null && jumlah > 0;
  }

  /** A deployed version's content by its definition id. */
  public Optional<Isi> isi(JenisModel jenis, String id) {
    switch (jenis) {
      case BPMN -> {
        ProcessDefinition d = repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        return Optional.ofNullable(d).map(p -> new Isi("bpmn", p.getId(), p.getKey(), p.getTenantId(), p.getVersion(),
            p.getResourceName(), baca(repository.getResourceAsStream(p.getDeploymentId(), p.getResourceName()))));
      }
      case DMN -> {
        DecisionDefinition d = repository.createDecisionDefinitionQuery().decisionDefinitionId(id).singleResult();
        return Optional.ofNullable(d).map(p -> new Isi("dmn", p.getId(), p.getKey(), p.getTenantId(), p.getVersion(),
            p.getResourceName(), baca(repository.getResourceAsStream(p.getDeploymentId(), p.getResourceName()))));
      }
      default -> {
        return formulir().stream().filter(b -> id.equals(b.get("ID_"))).findFirst().map(b -> new Isi("form", id,
            (String) b.get("KEY_"), (String) b.get("TENANT_ID_"), ((Number) b.get("VERSION_")).intValue(),
            (String) b.get("RESOURCE_NAME_"), baca(repository.getResourceAsStream((String) b.get("DEPLOYMENT_ID_"),
                (String) b.get("RESOURCE_NAME_")))));
      }
    }
  }

  /** The newest deployed version of a key within an agency ({@code null}: shared), if any. */
  public Optional<Isi> terbaru(JenisModel jenis, String key, String tenant) {
    String id;
    switch (jenis) {
      case BPMN -> {
        ProcessDefinitionQuery q = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion();
        ProcessDefinition d = (tenant == null ? q.withoutTenantId() : q.tenantIdIn(tenant)).singleResult();
        id = d == null ? null : d.getId();
      }
      case DMN -> {
        DecisionDefinitionQuery q = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion();
        DecisionDefinition d = (tenant == null ? q.withoutTenantId() : q.tenantIdIn(tenant)).singleResult();
        id = d == null ? null : d.getId();
      }
      default -> id = formulir().stream()
          .filter(b -> key.equals(b.get("KEY_")) && Objects.equals(tenant, b.get("TENANT_ID_")))
          .max(Comparator.comparingInt(b -> ((Number) b.get("VERSION_")).intValue()))
          .map(b -> (String) b.get("ID_")).orElse(null);
    }
    return id == null ? Optional.empty() : isi(jenis, id);
  }

  /** The user who deployed a deployment from the modeler, and when. */
  public Optional<Map<String, Object>> catatan(String deploymentId) {
    return jdbc.queryForList("select pengguna, waktu from modeler_penerapan where deployment_id = ?", deploymentId)
        .stream().findFirst().map(KatalogModel::kunciBesar);
  }

  void catat(String deploymentId, String tenant, String berkas, String pengguna, Instant waktu) {
    jdbc.update("insert into modeler_penerapan (deployment_id, tenant_id, berkas, pengguna, waktu) values (?, ?, ?, ?, ?)",
        deploymentId, tenant, berkas.length() > 1000 ? berkas.substring(0, 1000) : berkas, pengguna,
        Timestamp.from(waktu));
  }

  /** The last deployments made from the modeler, newest first. */
  public List<Map<String, Object>> riwayat(int batas) {
    return jdbc.queryForList("select deployment_id, tenant_id, berkas, pengguna, waktu from modeler_penerapan "
        + "order by waktu desc, id desc").stream().limit(batas).map(b -> {
          Map<String, Object> hasil = new LinkedHashMap<>();
          Map<String, Object> k = kunciBesar(b);
          hasil.put("deploymentId", k.get("DEPLOYMENT_ID"));
          hasil.put("tenant", k.get("TENANT_ID"));
          hasil.put("berkas", k.get("BERKAS"));
          hasil.put("oleh", k.get("PENGGUNA"));
          Object waktu = k.get("WAKTU");
          hasil.put("waktu", waktu instanceof Timestamp ts ? ts.toInstant() : waktu instanceof java.time.OffsetDateTime o
              ? o.toInstant() : waktu);
          return hasil;
        }).toList();
  }

  private static String baca(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
