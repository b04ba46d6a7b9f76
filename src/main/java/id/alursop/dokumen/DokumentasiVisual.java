package id.alursop.dokumen;

import id.alursop.validation.FormValidationException;
import id.alursop.validation.Pelanggaran;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Required visual documentation ("Setiap tahapan harus didokumentasikan dalam logbook dan
 * dokumentasi visual"): a user task whose model carries the property {@value #PROPERTI} =
 * {@value #WAJIB} is completed only when at least one photo (PNG, JPEG) or scan (PDF) was
 * attached to its case from this very task (the attachment's task is the task), in the task's
 * tab *Dokumen* or by any other way of attaching. Otherwise the completion, from Tasklist, engine
 * REST or the Java API, is refused with {@link FormValidationException} (REST: 400 with the
 * Indonesian message) and nothing of it is stored.
 *
 * <p>What counts is checked as {@link JenisBerkas} checks an upload: the stored kind is a photo
 * or a scan and the content really is one; links without content do not count. The attachments
 * are read as the application: the performer needs no right on the case's instance.
 *
 * <p>This is the task listener {@link PendengarDokumentasi} gives such a task at parse time.
 */
public final class DokumentasiVisual implements TaskListener {

  /** The model property on a user task. */
  public static final String PROPERTI = "alur.dokumentasi";
  /** Its one value: visual documentation is required. */
  public static final String WAJIB = "wajib";

  static final String ISIAN = "dokumentasi";
  static final String LABEL = "Dokumentasi visual";
  static final String PESAN = "Dokumentasi visual wajib: lampirkan foto (JPG, PNG) atau pindaian (PDF) di tab Dokumen"
      + " sebelum menyelesaikan langkah ini";

  /** The content's first bytes are enough to tell a photo or scan (see {@link JenisBerkas#cocok}). */
  private static final int AWALAN = 16;

  @Override
  public void notify(DelegateTask task) {
    TaskService tasks = task.getProcessEngineServices().getTaskService();
    boolean ada = PenjagaLampiran.diperiksaAplikasi(() -> ada(tasks.getTaskAttachments(task.getId()),
        a -> tasks.getTaskAttachmentContent(task.getId(), a.getId())));
    if (!ada) {
      throw new FormValidationException(List.of(new Pelanggaran(ISIAN, LABEL, Pelanggaran.REQUIRED, PESAN)));
    }
  }

  /**
   * Whether one of a task's attachments is visual documentation: stored as a photo or scan, with
   * content of that kind ({@code isi} reads it).
   */
  static boolean ada(Collection<Attachment> lampiran, Function<Attachment, InputStream> isi) {
    return lampiran.stream().anyMatch(a -> jenisVisual(a).filter(j -> j.cocok(awalan(isi.apply(a)))).isPresent());
  }

  /** The kind of a stored attachment, if it is a photo or scan; links without content are none. */
  private static Optional<JenisBerkas> jenisVisual(Attachment lampiran) {
    if (lampiran.getUrl() != null) {
      return Optional.empty();
    }
    return JenisBerkas.dariMime(lampiran.getType()).filter(JenisBerkas::visual);
  }

  private static byte[] awalan(InputStream isi) {
    if (isi == null) {
      return new byte[0];
    }
    try (isi) {
      return isi.readNBytes(AWALAN);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** Whether the model requires visual documentation of this element (a user task). */
  public static boolean wajib(ModelElementInstance elemen) {
    return properti(elemen).map(DokumentasiVisual::nilaiWajib).orElse(false);
  }

  /** Whether the property's value requires it: {@value #WAJIB}, nothing else. */
  public static boolean nilaiWajib(String nilai) {
    return nilai != null && WAJIB.equals(nilai.trim());
  }

  /** The element's {@value #PROPERTI}, if it has one that is not blank. */
  public static Optional<String> properti(ModelElementInstance elemen) {
    if (!(elemen instanceof BaseElement dasar) || dasar.getExtensionElements() == null) {
      return Optional.empty();
    }
    return dasar.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> PROPERTI.equals(p.getCamundaName()) && p.getCamundaValue() != null && !p.getCamundaValue().isBlank())
        .map(CamundaProperty::getCamundaValue).findFirst();
  }
}
