package id.alursop.dokumen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a step accepts (PDF, DOCX, XLSX, PNG, JPEG), recognised by their name and
 * by their content, so that a renamed file of another kind is refused.
 */
public enum JenisBerkas {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg", "jpeg");

  private final String mime;
  private final String[] ekstensi;

  JenisBerkas(String mime, String... ekstensi) {
    this.mime = mime;
    this.ekstensi = ekstensi;
  }

  public String mime() {
    return mime;
  }

  /**
   * Whether it is visual documentation: a photo (PNG, JPEG) or a scan (PDF), as a step that
   * requires it ({@link DokumentasiVisual}) asks for; documents and workbooks are not.
   */
  public boolean visual() {
    return this == PDF || this == PNG || this == JPEG;
  }

  /** The name users know it by: PDF, DOCX, XLSX, PNG, JPG. */
  public String label() {
    return ekstensi[0].toUpperCase(Locale.ROOT);
  }

  public static List<String> semuaLabel() {
    return Arrays.stream(values()).map(JenisBerkas::label).toList();
  }

  /** Every accepted extension with its dot ({@code .pdf}, …), for a file picker's {@code accept}. */
  public static List<String> semuaEkstensi() {
    return Arrays.stream(values()).flatMap(j -> Arrays.stream(j.ekstensi)).map(e -> "." + e).toList();
  }

  /** The kind stored under this MIME type, if accepted. */
  public static Optional<JenisBerkas> dariMime(String mime) {
    return Arrays.stream(values()).filter(j -> j.mime.equals(mime)).findFirst();
  }

  /** The kind named by the file's extension, if accepted. */
  public static Optional<JenisBerkas> dariNama(String nama) {
    int titik = nama == null ? -1 : nama.lastIndexOf('.');
    if (titik < 0) {
      return Optional.empty();
    }
    String ext = nama.substring(titik + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(j -> Arrays.asList(j.ekstensi).contains(ext)).findFirst();
  }

  /** Whether the content really is of this kind. */
  public boolean cocok(byte[] isi) {
    return switch (this) {
      case PDF -> awalan(isi, new byte[] {'%', 'P', 'D', 'F', '-'});
      case PNG -> awalan(isi, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
      case JPEG -> awalan(isi, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
      case DOCX -> officeZip(isi, "word/");
      case XLSX -> officeZip(isi, "xl/");
    };
  }

  private static boolean awalan(byte[] isi, byte[] tanda) {
    return isi.length >= tanda.length && Arrays.equals(Arrays.copyOf(isi, tanda.length), tanda);
  }

  private static boolean officeZip(byte[] isi, String folder) {
    if (!awalan(isi, new byte[] {'P', 'K', 3, 4})) {
      return false;
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(isi))) {
      boolean contentTypes = false;
      boolean bagian = false;
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        contentTypes |= entry.getName().equals("[Content_Types].xml");
        bagian |= entry.getName().startsWith(folder);
      }
      return contentTypes && bagian;
    } catch (IOException e) {
      return false;
    }
  }
}
