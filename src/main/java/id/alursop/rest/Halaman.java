package id.alursop.rest;

/**
 * A page of one of our list APIs, as its query asks for it: {@code firstResult} (default 0) and
 * {@code maxResults} (default {@value #BAWAAN}, at most {@value #BATAS}).
 *
 * @param dari the first row (0-based)
 * @param jumlah how many rows at most
 */
public record Halaman(int dari, int jumlah) {

  public static final int BAWAAN = 100;
  public static final int BATAS = 500;

  /**
   * The page the parameters ask for (absent: the defaults).
   *
   * @throws IllegalArgumentException naming the parameter, in Indonesian, when one is no whole number within its bounds
   */
  public static Halaman baca(String firstResult, String maxResults) {
    Integer dari = bilangan(firstResult, 0, 0, Integer.MAX_VALUE);
    if (dari == null) {
      throw new IllegalArgumentException("firstResult harus bilangan bulat 0 atau lebih");
    }
    Integer jumlah = bilangan(maxResults, BAWAAN, 1, BATAS);
    if (jumlah == null) {
      throw new IllegalArgumentException("maxResults harus bilangan bulat 1 sampai " + BATAS);
    }
    return new Halaman(dari, jumlah);
  }

  /** The parameter as a whole number within bounds, its default when absent, null when bad. */
  private static Integer bilangan(String nilai, int bawaan, int min, int max) {
    if (nilai == null) {
      return bawaan;
    }
    try {
      int n = Integer.parseInt(nilai.trim());
      return n < min || n > max ? null : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
