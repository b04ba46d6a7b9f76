package id.alursop.kampungnol;

import java.util.Arrays;
import java.util.Optional;

/**
 * The basic needs the Pedoman Teknis names as the focus of intervention, with the form value
 * and the Matriks Kontribusi field that names who meets it.
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

  public static Optional<Kebutuhan> dariNilai(String nilai) {
    return Arrays.stream(values()).filter(k -> k.nilai.equals(nilai)).findFirst();
  }
}
