package id.alursop.modeler;

import id.alursop.rest.Galat;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /modeler/api/impor-sop} (administrators only, like the rest of the modeler's API):
 * an SOP table as the multipart file {@code berkas} with {@code tenant}, {@code id} and {@code nama}
 * gives the draft, {@code {"berkas": [{"nama", "isi"}…], "peringatan": […]}}, the files
 * {@code /modeler/api/deploy} takes. Nothing is created or deployed. A table that cannot be read is
 * refused whole: 400 naming row and column, 413 above {@link ImporSop#UKURAN_MAKS}, 415 for a file
 * neither CSV nor XLSX.
 */
@RestController
@RequestMapping("/modeler/api")
public class ImporSopController {

  private final ImporSop impor;

  public ImporSopController(ImporSop impor) {
    this.impor = impor;
  }

  @PostMapping(path = "/impor-sop", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<?> impor(@RequestPart("berkas") MultipartFile berkas, @RequestParam("tenant") String tenant,
      @RequestParam("id") String id, @RequestParam("nama") String nama) throws IOException {
    if (berkas.getSize() > ImporSop.UKURAN_MAKS) {
      return Galat.of(HttpStatus.PAYLOAD_TOO_LARGE, "berkas", "Tabel SOP terlalu besar: paling besar "
          + ImporSop.UKURAN_MAKS / (1024 * 1024) + " MB.");
    }
    try {
      ImporSop.Hasil hasil = impor.impor(tenant, id, nama, berkas.getBytes(), berkas.getOriginalFilename());
      Map<String, Object> jawaban = new LinkedHashMap<>();
      jawaban.put("tenant", tenant);
      jawaban.put("berkas", hasil.berkas());
      jawaban.put("peringatan", hasil.peringatan());
      return ResponseEntity.ok(jawaban);
    } catch (TabelDitolak e) {
      return Galat.of(e.formatTidakDikenal() ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST, "berkas",
          e.getMessage());
    } catch (PenerapanDitolak e) {
      return Galat.of(HttpStatus.BAD_REQUEST, "tenant", e.getMessage());
    } catch (IllegalArgumentException e) {
      return Galat.of(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }
}
