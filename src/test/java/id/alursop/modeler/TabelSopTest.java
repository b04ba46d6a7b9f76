package id.alursop.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alursop.sop.StandarWaktu;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading an SOP-AP table from CSV and XLSX: the header forms, the steps, and every refusal. */
class TabelSopTest {

  private static final String JUDUL = "No;Kegiatan;Kepala Bidang;Staf;Kelengkapan;Waktu;Output;Keterangan\n";

  static TabelSop.Hasil csv(String teks) {
    return TabelSop.baca(BerkasTabel.baca(teks.getBytes(StandardCharsets.UTF_8), "sop.csv"));
  }

  @Test
  void oneHeaderRow_stepsInRowOrderWithTheirPerformer() {
    TabelSop.Hasil hasil = csv(JUDUL
        + "1;Menerima disposisi;X;;\"1. Disposisi\n2. Agenda, Surat\";300 Menit;Agenda;\n"
        + "2;\"Menyusun   draf\nlaporan\";;√;-;2 Hari;Draf laporan;Dilaksanakan sesuai kebutuhan\n"
        + "3;Memeriksa;✓;;;30-60 hari;;\n");
    assertThat(hasil.pelaksana()).containsExactly("Kepala Bidang", "Staf");
    assertThat(hasil.langkah()).extracting(TabelSop.Langkah::nomor).containsExactly(1, 2, 3);
    assertThat(hasil.langkah()).extracting(TabelSop.Langkah::pelaksana).containsExactly("Kepala Bidang", "Staf",
        "Kepala Bidang");
    TabelSop.Langkah satu = hasil.langkah().get(0);
    assertThat(satu.kelengkapan()).containsExactly("Disposisi", "Agenda", "Surat");
    assertThat(satu.waktu()).isEqualTo(StandarWaktu.baca("PT300M"));
    assertThat(satu.baris()).isEqualTo(2);
    TabelSop.Langkah dua = hasil.langkah().get(1);
    assertThat(dua.kegiatan()).isEqualTo("Menyusun draf laporan");
    assertThat(dua.kelengkapan()).isEmpty();
    assertThat(dua.keterangan()).isEqualTo("Dilaksanakan sesuai kebutuhan");
    assertThat(hasil.langkah().get(2).waktu().bawah()).contains(StandarWaktu.baca("P30D"));
    assertThat(hasil.peringatan()).extracting(TabelSop.Catatan::pesan).singleElement().asString()
        .startsWith("Langkah 2 (baris 3) dilaksanakan sesuai kebutuhan");
  }

  @Test
  void twoHeaderRowsCommaBomSectionAndColumnNumbers() {
    String teks = "\uFEFFNo,Aktivitas/Uraian Prosedur,Pelaksana,,Mutu Baku,,,Ket\n"
        + ",,Kepala Bidang,Staf,Kelengkapan,Waktu,Output,\n"
        + "1,2,3,4,5,6,7,8\n"
        + ",\"C.1. Koordinasi Penyusunan RPJPD, RPJMD\",,,,,,\n"
        + "1.,Menerima,,X,,5 menit,Surat,\n"
        + "\n"
        + "2,Memeriksa,Proses,,,Setiap bulan,,Disesuaikan dengan kebutuhan\n";
    TabelSop.Hasil hasil = csv(teks);
    assertThat(hasil.pelaksana()).containsExactly("Kepala Bidang", "Staf");
    assertThat(hasil.langkah()).extracting(TabelSop.Langkah::pelaksana).containsExactly("Staf", "Kepala Bidang");
    assertThat(hasil.langkah().get(1).waktu().teks()).isEqualTo("R/P1M");
    assertThat(hasil.peringatan()).extracting(TabelSop.Catatan::pesan).singleElement().asString()
        .isEqualTo("Baris 4 dilewati: tanpa nomor dan tanpa pelaksana, dianggap judul bagian"
            + " ('C.1. Koordinasi Penyusunan RPJPD, RPJMD').");
  }

  @Test
  void columnsOutsideThePerformers_ignoredWithAWarning() {
    TabelSop.Hasil hasil = csv("No;Kegiatan;Kepala Bidang;Staf;Kelengkapan;Waktu;Output;Keterangan;Paraf\n"
        + "1;Menerima;X;;;;;;sudah\n2;Menyusun;;X;;;;;\n");
    assertThat(hasil.pelaksana()).containsExactly("Kepala Bidang", "Staf");
    assertThat(hasil.langkah()).extracting(TabelSop.Langkah::pelaksana).containsExactly("Kepala Bidang", "Staf");
    assertThat(hasil.peringatan()).extracting(TabelSop.Catatan::pesan).containsExactly("Kolom 'Paraf' (baris 1)"
        + " diabaikan: bukan kolom tabel SOP-AP, dan kolom pelaksana ada di antara Kegiatan dan Kelengkapan.");
  }

  @Test
  void performerWithoutStep_warned() {
    TabelSop.Hasil hasil = csv(JUDUL + "1;Menerima;X;;;;;\n");
    assertThat(hasil.pelaksana()).containsExactly("Kepala Bidang", "Staf");
    assertThat(hasil.peringatan()).extracting(TabelSop.Catatan::pesan)
        .containsExactly("Pelaksana 'Staf' tidak mengerjakan langkah mana pun; lajurnya tetap digambar.");
  }

  static Stream<Arguments> tabelBuruk() {
    return Stream.of(
        Arguments.of("no header", "Kegiatan;Pelaksana\n1;X\n", "Tabel SOP tidak memiliki baris judul kolom"),
        Arguments.of("no performer column", "No;Kegiatan;Kelengkapan;Waktu;Output\n1;A;;;\n",
            "Baris 1, kolom Pelaksana: tidak ada kolom pelaksana"),
        Arguments.of("no mark", JUDUL + "1;Menerima;;;;;;\n",
            "Baris 2, kolom Pelaksana: langkah 1 tidak memiliki tanda pelaksana"),
        Arguments.of("two marks", JUDUL + "1;Menerima;X;;;;;\n2;Rapat;X;X;;;;\n",
            "Baris 3, kolom Pelaksana: langkah 2 bertanda pada lebih dari satu pelaksana (Kepala Bidang, Staf)"),
        Arguments.of("unreadable time", JUDUL + "1;Menerima;X;;;3 jam kerja;;\n",
            "Baris 2, kolom Waktu: '3 jam kerja' bukan waktu yang dikenal"),
        Arguments.of("empty Kegiatan", JUDUL + "1;Menerima;X;;;;;\n2; ;X;;;;;\n",
            "Baris 3, kolom Kegiatan: kegiatan langkah 2 kosong"),
        Arguments.of("mark without number", JUDUL + "1;Menerima;X;;;;;\n;Rapat;X;;;;;\n",
            "Baris 3, kolom No: nomor langkah kosong"),
        Arguments.of("number twice", JUDUL + "1;Menerima;X;;;;;\n1;Rapat;X;;;;;\n",
            "Baris 3, kolom No: langkah 1 sudah ada di baris 2"),
        Arguments.of("not a number", JUDUL + "A;Menerima;X;;;;;\n", "Baris 2, kolom No: 'A' bukan nomor langkah"),
        Arguments.of("no step", JUDUL + "\n;C.1. Bagian;;;;;;\n", "Baris 1: tabel SOP tidak memiliki langkah"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tabelBuruk")
  void badTable_refusedNamingRowAndColumn(String kasus, String isi, String pesan) {
    assertThatThrownBy(() -> csv(isi)).as(kasus).isInstanceOf(TabelDitolak.class).hasMessageStartingWith(pesan);
  }

  @Test
  void notUtf8_refused() {
    byte[] latin1 = (JUDUL + "1;Pengecekan ulang dokumen \u00e9;X;;;;;\n").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TabelSop.baca(BerkasTabel.baca(latin1, "sop.csv"))).isInstanceOf(TabelDitolak.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void otherKindsOfFile_refusedAsUnknownFormat() {
    byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
    assertThatThrownBy(() -> BerkasTabel.baca(xls, "sop.xls")).isInstanceOf(TabelDitolak.class)
        .hasMessageContaining(".xls").matches(e -> ((TabelDitolak) e).formatTidakDikenal());
    assertThatThrownBy(() -> BerkasTabel.baca("%PDF-1.7".getBytes(StandardCharsets.UTF_8), "sop.pdf"))
        .isInstanceOf(TabelDitolak.class).matches(e -> ((TabelDitolak) e).formatTidakDikenal());
    assertThatThrownBy(() -> BerkasTabel.baca("PK\u0003\u0004rusak".getBytes(StandardCharsets.ISO_8859_1), "sop.xlsx"))
        .isInstanceOf(TabelDitolak.class).hasMessageContaining("XLSX tidak dapat dibaca")
        .matches(e -> !((TabelDitolak) e).formatTidakDikenal());
  }

  /** A workbook as an SOP document prints its table: title rows, two merged header rows, the steps. */
  static byte[] xlsx() throws IOException {
    try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = buku.createSheet("SOP");
      baris(sheet, 0, "STANDAR OPERASIONAL PROSEDUR");
      baris(sheet, 2, "No", "Kegiatan", "Pelaksana", "", "", "Mutu Baku", "", "", "Keterangan");
      baris(sheet, 3, "", "", "Kepala Bidang", "Staf", "OPD", "Kelengkapan", "Waktu", "Output", "");
      sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, 4));
      sheet.addMergedRegion(new CellRangeAddress(2, 2, 5, 7));
      sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
      sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
      Row satu = baris(sheet, 4, "", "Menerima disposisi Kepala Badan", "X", "", "", "Disposisi; Agenda", "300 Menit",
          "Agenda koordinasi", "");
      satu.createCell(0).setCellValue(1); // a number cell, as Excel keeps it
      baris(sheet, 5, "2", "Menyusun draf laporan", "", "√", "", "", "7.350 menit", "Draf laporan",
          "Rapat dilaksanakan sesuai kebutuhan");
      Row tiga = baris(sheet, 6, "3", "Menyampaikan data", "", "", "Proses", "", "", "Data", "");
      tiga.createCell(6).setCellFormula("\"2 Hari\""); // a formula: its cached value is read
      buku.setForceFormulaRecalculation(false);
      buku.getCreationHelper().createFormulaEvaluator().evaluateAll();
      buku.write(out);
      return out.toByteArray();
    }
  }

  private static Row baris(Sheet sheet, int nomor, String... sel) {
    Row row = sheet.createRow(nomor);
    for (int i = 0; i < sel.length; i++) {
      if (!sel[i].isEmpty()) {
        row.createCell(i).setCellValue(sel[i]);
      }
    }
    return row;
  }

  @Test
  void xlsxWithTwoMergedHeaderRows() throws IOException {
    TabelSop.Hasil hasil = TabelSop.baca(BerkasTabel.baca(xlsx(), "SOP Bidang.xlsx"));
    assertThat(hasil.pelaksana()).containsExactly("Kepala Bidang", "Staf", "OPD");
    assertThat(hasil.langkah()).extracting(TabelSop.Langkah::nomor).containsExactly(1, 2, 3);
    assertThat(hasil.langkah()).extracting(TabelSop.Langkah::pelaksana).containsExactly("Kepala Bidang", "Staf", "OPD");
    assertThat(hasil.langkah()).extracting(l -> l.waktu().teks()).containsExactly("PT300M", "PT7350M", "P2D");
    assertThat(hasil.langkah().get(0).baris()).isEqualTo(5);
    assertThat(hasil.langkah().get(0).kelengkapan()).containsExactly("Disposisi", "Agenda");
    assertThat(hasil.peringatan()).hasSize(1);
  }

  @Test
  void xlsxBadRow_namedAsTheSpreadsheetNumbersIt() throws IOException {
    byte[] isi;
    try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = buku.createSheet("SOP");
      baris(sheet, 0, "No", "Uraian Prosedur", "Kepala Bidang", "Staf", "Kelengkapan", "Waktu", "Output");
      baris(sheet, 1, "1", "Menerima", "X", "", "", "5 menit", "");
      baris(sheet, 2, "2", "Menyusun", "", "X", "", "segera", "");
      buku.write(out);
      isi = out.toByteArray();
    }
    assertThatThrownBy(() -> TabelSop.baca(BerkasTabel.baca(isi, "sop.xlsx"))).isInstanceOf(TabelDitolak.class)
        .hasMessageStartingWith("Baris 3, kolom Waktu: 'segera' bukan waktu yang dikenal");
  }

  @Test
  void kelengkapanItems() {
    assertThat(TabelSop.butir("1. Peraturan Perundang-undangan\n2) Kebijakan Pusat; a. Disposisi, - Nota Dinas.\n"
        + "• Disposisi")).containsExactly("Peraturan Perundang-undangan", "Kebijakan Pusat", "Disposisi", "Nota Dinas");
    assertThat(TabelSop.butir("-")).isEmpty();
    assertThat(List.of()).isEmpty();
  }
}
