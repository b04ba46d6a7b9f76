package id.alursop.identity;

/**
 * A setting that stops the start: which environment variable, what is wrong with it (one line, no
 * secret quoted) and what to do. {@link AnalisisAwalDitolak} prints it as Spring Boot's
 * "APPLICATION FAILED TO START" block, without a stack trace.
 */
public class AwalDitolak extends IllegalStateException {

  private final String variabel;
  private final String tindakan;

  public AwalDitolak(String variabel, String pesan, String tindakan) {
    super(pesan);
    this.variabel = variabel;
    this.tindakan = tindakan;
  }

  public String variabel() {
    return variabel;
  }

  public String tindakan() {
    return tindakan;
  }
}
