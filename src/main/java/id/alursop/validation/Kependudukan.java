package id.alursop.validation;

import java.util.Optional;

/**
 * The population-register numbers every SOP shares: a NIK (Nomor Induk Kependudukan) and a nomor
 * KK (Kartu Keluarga) are each 16 digits 0-9. One place for the rule and its Indonesian message,
 * which the forms repeat word for word (pattern {@code ^[0-9]{16}$}, {@code properties.pesanPola}).
 * Messages never quote the value (it is personal data).
 */
public final class Kependudukan {

    /** The rule as a form pattern (JavaScript and Java alike). */
    public static final String POLA = "^[0-9]{16}$";
    /** "NIK harus 16 digit angka". */
    public static final String PESAN_NIK = pesan("NIK");
    /** "nomor KK harus 16 digit angka". */
    public static final String PESAN_NOMOR_KK = pesan("nomor KK");

    private Kependudukan() {
    }

    /**
     * Whether {@code nomor} is 16 digits 0-9, nothing else (null is not): {@link #POLA}, checked
     * without a regular expression (the household import asks it twice for each of a million rows).
     */
    public static boolean enamBelasDigit(String nomor) {
        if (nomor == null || nomor.length() != 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            char c = nomor.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@link #PESAN_NIK} when {@code nik} is not a valid NIK, else empty. */
    public static Optional<String> periksaNik(String nik) {
        return periksa(nik, "NIK");
    }

    /**
     * As {@link #periksaNik(String)}, with the message naming whose NIK it is, e.g. "NIK kepala
     * keluarga" gives "NIK kepala keluarga harus 16 digit angka".
     */
    public static Optional<String> periksaNik(String nik, String sebutan) {
        return periksa(nik, sebutan);
    }

    /** {@link #PESAN_NOMOR_KK} when {@code nomorKk} is not a valid nomor KK, else empty. */
    public static Optional<String> periksaNomorKk(String nomorKk) {
        return periksa(nomorKk, "nomor KK");
    }

    private static Optional<String> periksa(String nomor, String sebutan) {
        return enamBelasDigit(nomor) ? Optional.empty() : Optional.of(pesan(sebutan));
    }

    private static String pesan(String sebutan) {
        return sebutan + " harus 16 digit angka";
    }
}
