package id.alursop.validation;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Isian formulir melanggar satu atau lebih aturan. The {@link #getDetail() detail} is the same
 * list as {@link #getPelanggaran()}; the message reads
 * "Isian formulir tidak valid: NIK wajib diisi; Umur: …" (the label is put in front only of
 * messages that do not already start with it, in any case, e.g. a {@code pesanPola}).
 */
public class FormValidationException extends FormFieldValidationException {

    private static final long serialVersionUID = 1L;

    private final List<Pelanggaran> pelanggaran;

    /**
     * @param pelanggaran the broken rules; must not be empty
     * @throws IllegalArgumentException when the list is empty
     */
    public FormValidationException(List<Pelanggaran> pelanggaran) {
        super(List.copyOf(pelanggaran), message(pelanggaran));
        this.pelanggaran = getDetail();
    }

    /** The broken rules in schema order (immutable). */
    public List<Pelanggaran> getPelanggaran() {
        return pelanggaran;
    }

    private static String message(List<Pelanggaran> pelanggaran) {
        if (pelanggaran.isEmpty()) {
            throw new IllegalArgumentException("Daftar pelanggaran tidak boleh kosong");
        }
        return pelanggaran.stream()
                .map(p -> p.message().regionMatches(true, 0, p.label(), 0, p.label().length()) ? p.message()
                        : p.label() + ": " + p.message())
                .collect(Collectors.joining("; ", "Isian formulir tidak valid: ", ""));
    }
}
