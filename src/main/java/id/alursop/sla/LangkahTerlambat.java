package id.alursop.sla;

import java.time.Instant;
import java.util.List;

/** A step (user task) at the moment one of its escalation levels falls. */
public record LangkahTerlambat(String taskId, String processInstanceId, String processDefinitionKey,
    String taskDefinitionKey, String langkah, String namaTugas, Instant jatuhTempo, String assignee,
    List<String> kelompokPelaksana, String instansi) {
}
