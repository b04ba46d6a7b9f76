package id.alursop.modeler;

/**
 * One finding of the SOP conventions check: an error blocks a deploy, a warning is only shown.
 *
 * @param tingkat {@code galat} (error) or {@code peringatan} (warning)
 * @param elemen the id of the element concerned, {@code null} for the whole file
 * @param pesan the Indonesian message
 */
public record Temuan(String tingkat, String elemen, String pesan) {

  public static final String GALAT = "galat";
  public static final String PERINGATAN = "peringatan";

  public static Temuan galat(String elemen, String pesan) {
    return new Temuan(GALAT, elemen, pesan);
  }

  public static Temuan peringatan(String elemen, String pesan) {
    return new Temuan(PERINGATAN, elemen, pesan);
  }

  public boolean isGalat() {
    return GALAT.equals(tingkat);
  }
}
