package id.alursop.kampungnol;

/**
 * Who meets a need, as the Matriks Kontribusi names it: a party of the agency (its group and
 * name), or, for a matrix written before the parties were chosen, only the text typed then.
 *
 * @param kelompok the party's group; {@code null} for free text
 * @param nama the party's name, or the free text
 */
record Pelaksana(String kelompok, String nama) {

  static Pelaksana teks(String nama) {
    return new Pelaksana(null, nama);
  }
}
