package id.alursop.validation;

import java.io.Serializable;
import java.util.Objects;

/**
 * Satu pelanggaran aturan isian formulir: field mana, aturan (rule) apa yang dilanggar,
 * dan pesan berbahasa Indonesia untuk pengguna.
 *
 * <p>The message never contains the submitted value of a pattern failure, because values
 * may be personal data (NIK, nomor KK, …).
 *
 * <p>A rule broken in a row of a dynamic list names the list, the row and the field: field
 * {@code pemohon[1].nik} (the data path, index from 0), label "Daftar pemohon baris 2: NIK",
 * message "Daftar pemohon baris 2: NIK harus 16 digit angka", list {@code pemohon}, row 2.
 *
 * @param field   key of the form field (for fields inside a group with a {@code path}: the dotted path;
 *                in a list's row: {@code <list path>[<index from 0>].<key>})
 * @param label   label shown to the user (falls back to the key); in a list's row with the list and row
 * @param rule    one of the rule constants of this record, e.g. {@link #REQUIRED}
 * @param message Indonesian message, normally starting with the label, e.g. "NIK wajib diisi"
 * @param list    path of the dynamic list the field is in; {@code null} outside a list
 * @param row     row of that list, counted from 1; {@code null} outside a list
 */
public record Pelanggaran(String field, String label, String rule, String message, String list, Integer row)
        implements Serializable {

    /** Field wajib diisi tetapi kosong. */
    public static final String REQUIRED = "required";
    /** Isian tidak cocok dengan pola (regex) field, termasuk nomor telepon. */
    public static final String PATTERN = "pattern";
    /** Teks lebih pendek dari panjang minimal. */
    public static final String MIN_LENGTH = "minLength";
    /** Teks lebih panjang dari panjang maksimal. */
    public static final String MAX_LENGTH = "maxLength";
    /** Angka lebih kecil dari nilai minimal. */
    public static final String MIN = "min";
    /** Angka lebih besar dari nilai maksimal. */
    public static final String MAX = "max";
    /** Isian field angka bukan angka. */
    public static final String NUMBER = "number";
    /** Nilai tidak termasuk pilihan yang tersedia. */
    public static final String VALUES = "values";
    /** Jenis data isian tidak sesuai jenis field (mis. bukan daftar untuk checklist). */
    public static final String TYPE = "type";
    /** Bukan alamat email yang valid. */
    public static final String EMAIL = "email";
    /** Bukan tanggal tttt-bb-hh. */
    public static final String DATE = "date";
    /** Isian yang tidak ada dalam formulir (atau dalam baris daftar). */
    public static final String UNKNOWN = "unknown";

    private static final long serialVersionUID = 1L;

    /** Checks that no component is null. */
    public Pelanggaran {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** A broken rule of a field outside any list. */
    public Pelanggaran(String field, String label, String rule, String message) {
        this(field, label, rule, message, null, null);
    }

    /**
     * A broken rule of a field in a row of a dynamic list; the label and message are put behind
     * "{@code <list label> baris <row>: }".
     *
     * @param list       the list's path, e.g. {@code pemohon}
     * @param listLabel  the list's label, e.g. "Daftar pemohon"
     * @param index      the row's index, from 0
     * @param key        the field's key in the row, e.g. {@code nik}
     * @param fieldLabel the field's label, e.g. "NIK"
     * @param rule       the broken rule
     * @param message    the message as for a single field, e.g. "NIK harus 16 digit angka"
     */
    public static Pelanggaran inRow(String list, String listLabel, int index, String key, String fieldLabel,
            String rule, String message) {
        String row = rowLabel(listLabel, index);
        return new Pelanggaran(list + "[" + index + "]" + (key == null || key.isEmpty() ? "" : "." + key),
                fieldLabel == null || fieldLabel.isEmpty() ? row : row + ": " + fieldLabel, rule, row + ": " + message,
                list, index + 1);
    }

    /** "Daftar pemohon baris 2" for the row at index 1. */
    public static String rowLabel(String listLabel, int index) {
        return listLabel + " baris " + (index + 1);
    }
}
