package id.alursop.tenancy;

import java.util.List;

/**
 * The agencies sharing one installation, each a Camunda tenant: its models, forms and decisions
 * are deployed for it alone, and its users see only its cases.
 *
 * @param id tenant id, also the prefix of the agency's groups ({@code bogor-…})
 * @param nama the agency's name
 * @param sumber the resources deployed for it: file names under {@code processes/} by prefix,
 *     form folders under {@code forms/}
 */
public record Instansi(String id, String nama, List<String> sumber) {

  /**
   * Shared processes every agency gets its own copy of, so that starts and call activities
   * resolve within the caller's tenant.
   */
  public static final List<String> PROSES_BERSAMA = List.of("processes/sla-eskalasi", "processes/tinjauan-berjenjang");

  /**
   * Forms of the shared processes, deployed once without tenant: a tenant's process finds them
   * (shared definitions are visible to every tenant), and a form key stays unique.
   */
  public static final List<String> FORM_BERSAMA = List.of("forms/sla/", "forms/tinjauan/");

  public static final List<Instansi> SEMUA = List.of(
      new Instansi("bogor", "Pemerintah Kota Bogor", List.of("processes/kampung-nol-", "forms/kampung-nol/")),
      new Instansi("ketapang", "Pemerintah Kabupaten Ketapang", List.of("processes/ketapang-", "forms/ketapang/")),
      new Instansi("lamandau", "Pemerintah Kabupaten Lamandau",
          List.of("processes/lamandau-", "processes/uep-", "forms/uep/")),
      new Instansi("bartim", "Pemerintah Kabupaten Barito Timur", List.of("processes/barito-timur-", "forms/bartim/")));

  /** Whether a resource path (relative, e.g. {@code processes/x.bpmn}) belongs to this agency. */
  public boolean memiliki(String path) {
    return sumber.stream().anyMatch(path::startsWith) || PROSES_BERSAMA.stream().anyMatch(path::startsWith);
  }
}
