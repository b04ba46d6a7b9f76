package id.alursop.modeler;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * What an administrator draws becomes work for people: each lane of a process is the agency's
 * group whose name equals the lane's name (so "Kabid Pemerintahan dan Sosial Budaya" is
 * {@code ketapang-kabid}); a lane without such a group is given a new one (id
 * {@code <agency>-<lane name as a slug>}, e.g. "Satpol PP" → {@code bogor-satpol-pp}, its name the
 * lane's); and a user task drawn in a lane without a performer of its own (candidate groups,
 * candidate users or assignee) gets the lane's group as candidate group.
 */
@Component
public class LajurKelompok {

  private final IdentityService identity;

  public LajurKelompok(IdentityService identity) {
    this.identity = identity;
  }

  /** A group a lane needs that does not exist yet. */
  public record KelompokBaru(String id, String nama) {
  }

  /**
   * @param isi the model, with the lanes' groups on the tasks that had no performer
   * @param lajur lane name → group id
   * @param baru the groups to create for lanes without one
   */
  public record Hasil(String isi, Map<String, String> lajur, List<KelompokBaru> baru) {
  }

  /** Completes a BPMN model of an agency ({@code tenant}); the content stays as it is when nothing changes. */
  public Hasil lengkapi(String xml, String tenant) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Map<String, String> namaKeKelompok = kelompokInstansi(tenant);
    Map<String, String> lajur = new LinkedHashMap<>();
    Map<String, KelompokBaru> baru = new LinkedHashMap<>();
    boolean berubah = false;
    for (Process process : model.getModelElementsByType(Process.class)) {
      for (Lane lane : semuaLajur(process.getLaneSets())) {
        if (lane.getName() == null || lane.getName().isBlank()) {
          continue;
        }
        String nama = lane.getName().trim();
        String grup = namaKeKelompok.get(kunci(nama));
        if (grup == null) {
          grup = tenant + "-" + slug(nama);
          if (identity.createGroupQuery().groupId(grup).count() == 0) {
            baru.putIfAbsent(grup, new KelompokBaru(grup, nama));
          }
        }
        lajur.put(nama, grup);
        for (FlowNode node : lane.getFlowNodeRefs()) {
          for (UserTask task : tugasDi(node)) {
            if (tanpaPelaksana(task)) {
              task.setCamundaCandidateGroups(grup);
              berubah = true;
            }
          }
        }
      }
    }
    return new Hasil(berubah ? Bpmn.convertToString(model) : xml, lajur, List.copyOf(baru.values()));
  }

  /** Whether a group does not exist yet (a lane's group then is created on deploy). */
  public boolean perluDibuat(String grup) {
    return identity.createGroupQuery().groupId(grup).count() == 0;
  }

  /** The group a lane of this agency is, existing or to be created. */
  public String kelompokLajur(String namaLajur, String tenant) {
    return Optional.ofNullable(kelompokInstansi(tenant).get(kunci(namaLajur.trim())))
        .orElse(tenant + "-" + slug(namaLajur.trim()));
  }

  /** {@code "Satpol PP"} → {@code "satpol-pp"}: lower case ASCII letters and digits joined by '-'. */
  static String slug(String nama) {
    String ascii = Normalizer.normalize(nama, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "pelaksana" : slug;
  }

  private Map<String, String> kelompokInstansi(String tenant) {
    Map<String, String> hasil = new LinkedHashMap<>();
    for (Group group : identity.createGroupQuery().memberOfTenant(tenant).unlimitedList()) {
      if (group.getName() != null) {
        hasil.putIfAbsent(kunci(group.getName()), group.getId());
      }
    }
    return hasil;
  }

  private static String kunci(String nama) {
    return nama.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean tanpaPelaksana(UserTask task) {
    return kosong(task.getCamundaCandidateGroups()) && kosong(task.getCamundaCandidateUsers())
        && kosong(task.getCamundaAssignee());
  }

  private static boolean kosong(String teks) {
    return teks == null || teks.isBlank();
  }

  /** The user tasks a lane's node stands for: the task itself, or those inside a sub-process drawn in it. */
  private static List<UserTask> tugasDi(FlowNode node) {
    if (node instanceof UserTask task) {
      return List.of(task);
    }
    if (node instanceof SubProcess sub) {
      return new ArrayList<>(sub.getChildElementsByType(UserTask.class));
    }
    return List.of();
  }

  /** Every lane of the lane sets, nested ones included. */
  static List<Lane> semuaLajur(Collection<LaneSet> laneSets) {
    List<Lane> hasil = new ArrayList<>();
    for (LaneSet laneSet : laneSets) {
      for (Lane lane : laneSet.getLanes()) {
        hasil.add(lane);
        if (lane.getChildLaneSet() != null) {
          hasil.addAll(semuaLajur(List.of(lane.getChildLaneSet())));
        }
      }
    }
    return hasil;
  }
}
