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
 * @param field   key of the form field (for fields inside a group with a {@code path}: the dotted path)
 * @param label   label shown to the user (falls back to the key)
 * @param rule    one of the rule constants of this record, e.g. {@link #REQUIRED}
 * @param message Indonesian message, normally starting with the label, e.g. "NIK wajib diisi"
 */
public record Pelanggaran(String field, String label, String rule, String message) implements Serializable {

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

    private static final long serialVersionUID = 1L;

    /** Checks that no component is null. */
    public Pelanggaran {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
