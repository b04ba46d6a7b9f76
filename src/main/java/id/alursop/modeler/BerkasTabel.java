package id.alursop.modeler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cells of an SOP table file, row by row as a spreadsheet numbers them: CSV (UTF-8 with or
 * without BOM, separated by ';' or ',', quoted cells may span lines) or XLSX (the first sheet
 * holding a header, cells as Excel shows them; a merged cell is its first cell).
 */
final class BerkasTabel {

  /** One row of the file: its number (1-based, as the spreadsheet shows it) and its cells. */
  record Baris(int nomor, List<String> sel) {

    String sel(int kolom) {
      return kolom >= 0 && kolom < sel.size() && sel.get(kolom) != null ? sel.get(kolom).trim() : "";
    }

    boolean kosong() {
      return sel.stream().allMatch(s -> s == null || s.isBlank());
    }
  }

  private static final int BARIS_MAKS = 2000;
  private static final int KOLOM_MAKS = 60;

  private BerkasTabel() {
  }

  /**
   * @param namaBerkas the uploaded file's name (its ending tells CSV from XLSX when the content does not)
   * @return the sheets' rows: one list for CSV, one per sheet for XLSX
   * @throws TabelDitolak when the file is neither, or unreadable
   */
  static List<List<Baris>> baca(byte[] isi, String namaBerkas) {
    String nama = namaBerkas == null ? "" : namaBerkas.toLowerCase(Locale.ROOT);
    if (isi.length >= 4 && isi[0] == 'P' && isi[1] == 'K' && isi[2] == 3 && isi[3] == 4) {
      return xlsx(isi);
    }
    if (isi.length >= 4 && (isi[0] & 0xff) == 0xD0 && (isi[1] & 0xff) == 0xCF && (isi[2] & 0xff) == 0x11
        && (isi[3] & 0xff) == 0xE0) {
      throw new TabelDitolak("Berkas Excel lama (.xls) tidak dibaca: simpan tabelnya sebagai .xlsx atau .csv.", true);
    }
    if (nama.endsWith(".xlsx")) {
      throw new TabelDitolak("Berkas '" + namaBerkas + "' bukan XLSX yang sah.");
    }
    if (!(nama.endsWith(".csv") || nama.endsWith(".txt") || nama.isEmpty())) {
      throw new TabelDitolak("Tabel SOP harus berupa berkas CSV (.csv) atau Excel (.xlsx).", true);
    }
    return List.of(csv(isi));
  }

  private static List<Baris> csv(byte[] isi) {
    String teks;
    try {
      teks = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(isi)).toString();
    } catch (CharacterCodingException e) {
      throw new TabelDitolak("Berkas CSV harus berkode UTF-8 (di Excel: Simpan Sebagai \"CSV UTF-8\").");
    }
    if (teks.startsWith("\uFEFF")) {
      teks = teks.substring(1);
    }
    if (teks.indexOf('\0') >= 0) {
      throw new TabelDitolak("Tabel SOP harus berupa berkas CSV (.csv) atau Excel (.xlsx).", true);
    }
    String barisPertama = teks.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    char pemisah = barisPertama.chars().filter(c -> c == ';').count() >= barisPertama.chars().filter(c -> c == ',').count()
        && barisPertama.indexOf(';') >= 0 ? ';' : ',';
    List<Baris> hasil = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(pemisah).setIgnoreEmptyLines(false).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(teks), format)) {
      for (CSVRecord record : parser) {
        if (hasil.size() >= BARIS_MAKS) {
          throw new TabelDitolak("Tabel SOP terlalu panjang: paling banyak " + BARIS_MAKS + " baris.");
        }
        List<String> sel = new ArrayList<>();
        record.forEach(sel::add);
        hasil.add(new Baris((int) record.getRecordNumber(), sel.size() > KOLOM_MAKS ? sel.subList(0, KOLOM_MAKS) : sel));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof TabelDitolak t) {
        throw t;
      }
      throw new TabelDitolak("Berkas CSV tidak dapat dibaca (tanda kutip tidak tertutup?): "
          + PemeriksaKonvensi.pesanSingkat(e));
    }
    return hasil;
  }

  private static List<List<Baris>> xlsx(byte[] isi) {
    List<List<Baris>> lembar = new ArrayList<>();
    DataFormatter format = new DataFormatter(Locale.forLanguageTag("id-ID"));
    format.setUseCachedValuesForFormulaCells(true);
    try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(isi))) {
      for (Sheet sheet : buku) {
        List<Baris> hasil = new ArrayList<>();
        for (Row row : sheet) {
          if (hasil.size() >= BARIS_MAKS) {
            throw new TabelDitolak("Tabel SOP terlalu panjang: paling banyak " + BARIS_MAKS + " baris.");
          }
          List<String> sel = new ArrayList<>();
          int akhir = Math.min(Math.max(row.getLastCellNum(), 0), KOLOM_MAKS);
          for (int k = 0; k < akhir; k++) {
            Cell cell = row.getCell(k);
            sel.add(cell == null ? "" : format.formatCellValue(cell));
          }
          hasil.add(new Baris(row.getRowNum() + 1, sel));
        }
        lembar.add(hasil);
      }
    } catch (TabelDitolak e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new TabelDitolak("Berkas XLSX tidak dapat dibaca (rusak, dilindungi sandi, atau bukan buku kerja Excel).");
    }
    return lembar;
  }
}
