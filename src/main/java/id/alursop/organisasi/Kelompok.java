package id.alursop.organisasi;

/**
 * A group of the organisation: id {@code <agency>-<role>} and its name (the SOP lane's name).
 */
public record Kelompok(String id, String nama) {
}
