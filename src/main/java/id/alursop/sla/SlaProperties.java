package id.alursop.sla;

import java.util.List;
import java.util.Map;

/**
 * The escalation chain per agency (its file's {@code eskalasi}, see {@link SlaConfig}): its
 * levels from the bottom up, each level one or more groups (comma-separated), and the head of
 * the agency; and the e-mail settings ({@code alur.sla.email}).
 */
public record SlaProperties(Map<String, Rantai> instansi, Email email) {

  public SlaProperties {
    instansi = instansi == null ? Map.of() : Map.copyOf(instansi);
    email = email == null ? new Email(null, null) : email;
  }

  /** Sender address and the Tasklist link put in e-mails. */
  public record Email(String dari, String tautanTasklist) {
  }

  /** One agency's chain: {@code rantai} bottom-up, {@code kepala} the head's group. */
  public record Rantai(List<String> rantai, String kepala) {
    public Rantai {
      rantai = rantai == null ? List.of() : List.copyOf(rantai);
    }
  }
}
