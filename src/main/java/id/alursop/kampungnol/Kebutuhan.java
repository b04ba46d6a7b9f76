package id.alursop.kampungnol;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The basic needs the Pedoman Teknis names as the focus of intervention, with the form value
 * and the field of the former free-text Matriks Kontribusi that named who meets it (read for
 * programmes planned before the matrix chose parties).
 */
public enum Kebutuhan {
  HUNIAN("hunian", "Perbaikan hunian", "pelaksanaHunian"),
  AIR_BERSIH_SANITASI("air-bersih-sanitasi", "Akses air bersih dan sanitasi", "pelaksanaAirBersihSanitasi"),
  PENDIDIKAN("pendidikan", "Akses pendidikan", "pelaksanaPendidikan"),
  EKONOMI_PRODUKTIF("ekonomi-produktif", "Penguatan ekonomi produktif dan ketahanan sosial",
      "pelaksanaEkonomiProduktif");

  private final String nilai;
  private final String label;
  private final String variabelPelaksana;

  Kebutuhan(String nilai, String label, String variabelPelaksana) {
    this.nilai = nilai;
    this.label = label;
    this.variabelPelaksana = variabelPelaksana;
  }

  public String nilai() {
    return nilai;
  }

  public String label() {
    return label;
  }

  public String variabelPelaksana() {
    return variabelPelaksana;
  }

  static Stream<Kebutuhan> stream() {
    return Arrays.stream(values());
  }

  public static Optional<Kebutuhan> dariNilai(String nilai) {
    return Arrays.stream(values()).filter(k -> k.nilai.equals(nilai)).findFirst();
  }
}
