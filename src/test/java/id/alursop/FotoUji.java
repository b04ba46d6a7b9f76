package id.alursop;

import java.io.ByteArrayInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;

/**
 * Visual documentation for a test: a photo attached from a task, as the tab *Dokumen* attaches it
 * (to the task, stored with its instance), so that a step whose model requires documentation
 * ({@code alur.dokumentasi = wajib}) may be completed. Call it with no user logged in.
 */
public final class FotoUji {

  /** The smallest content that is a PNG by its signature. */
  public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

  private FotoUji() {
  }

  public static Attachment lampirkan(ProcessEngine engine, Task task) {
    return engine.getTaskService().createAttachment("image/png", task.getId(), task.getProcessInstanceId(),
        "foto-kegiatan.png", "Foto kegiatan", new ByteArrayInputStream(PNG));
  }
}
