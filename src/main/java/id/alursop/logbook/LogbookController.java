package id.alursop.logbook;

import id.alursop.kalender.KalenderInstansi;
import id.alursop.rest.Galat;
import id.alursop.rest.UnduhanCsv;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's logbook read back ("Setiap tahapan harus didokumentasikan dalam logbook"): {@code GET
 * /api/logbook/instans/{id}[?format=csv]}, every completed step of the SOP instance (a Kampung Nol
 * programme, a proposal, a document) in order: step, name, who, when (the agency's time), output,
 * and the performer's note ({@link CatatanLogbook}; empty when the step's form has none).
 * For whoever may read the instance's history (its agency's supervisors, administrators); anyone
 * else, and an unknown id, gets 404.
 */
@RestController
public class LogbookController {

  private static final List<String> KOLOM = List.of("langkah", "nama_langkah", "dikerjakan_oleh", "selesai_pada",
      "output", "catatan");

  private final LogbookRepository logbook;
  private final HistoryService history;
  private final KalenderInstansi kalender;

  public LogbookController(LogbookRepository logbook, HistoryService history, KalenderInstansi kalender) {
    this.logbook = logbook;
    this.history = history;
    this.kalender = kalender;
  }

  @GetMapping("/api/logbook/instans/{id}")
  public ResponseEntity<?> baca(@PathVariable String id, @RequestParam(defaultValue = "json") String format) {
    if (!"json".equalsIgnoreCase(format) && !"csv".equalsIgnoreCase(format)) {
      return Galat.of(HttpStatus.BAD_REQUEST, "format harus json atau csv");
    }
    // the user's own history rights decide (the engine checks them in this query)
    HistoricProcessInstance instans = history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    if (instans == null) {
      return Galat.of(HttpStatus.NOT_FOUND, "Instans " + id + " tidak ditemukan atau Anda tidak berhak melihat riwayatnya");
    }
    ZoneId zona = kalender.untuk(kalender.instansi(instans.getProcessDefinitionKey(), instans.getTenantId())).zona();
    List<LogbookEntry> entri = logbook.findByProcessInstanceIdOrderById(id);
    if ("csv".equalsIgnoreCase(format)) {
      return UnduhanCsv.dari("logbook-" + instans.getProcessDefinitionKey() + "-" + id + ".csv", KOLOM,
          entri.stream().map(e -> Arrays.asList(e.getLangkah(), e.getNamaLangkah(), e.getDikerjakanOleh(),
              e.getSelesaiPada().atZone(zona).toOffsetDateTime().toString(), e.getOutput(), e.getCatatan())).toList());
    }
    Map<String, Object> jawaban = new LinkedHashMap<>();
    jawaban.put("instans", id);
    jawaban.put("sop", instans.getProcessDefinitionKey());
    jawaban.put("namaSop", instans.getProcessDefinitionName());
    jawaban.put("businessKey", instans.getBusinessKey());
    jawaban.put("entri", entri.stream().map(e -> {
      Map<String, Object> baris = new LinkedHashMap<>();
      baris.put("langkah", e.getLangkah());
      baris.put("namaLangkah", e.getNamaLangkah());
      baris.put("dikerjakanOleh", e.getDikerjakanOleh());
      baris.put("selesaiPada", e.getSelesaiPada().atZone(zona).toOffsetDateTime().toString());
      baris.put("output", e.getOutput());
      baris.put("catatan", e.getCatatan());
      return baris;
    }).toList());
    return ResponseEntity.ok(jawaban);
  }
}
