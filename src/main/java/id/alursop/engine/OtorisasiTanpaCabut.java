package id.alursop.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access in Alur SOP is granted, never revoked: a group sees what it is given (GRANT rows), and
 * taking access away means deleting the grant. So the engine is told not to look for REVOKE rows
 * ({@code authorizationCheckRevokes = never}), which spares every authorized command the query
 * that looks for them (bench/reading.md, metric 1), and saving a REVOKE authorization (from the
 * Admin app or REST) is refused ({@link TolakCabut}) instead of being kept and ignored.
 */
final class OtorisasiTanpaCabut {

  private static final Logger LOG = LoggerFactory.getLogger(OtorisasiTanpaCabut.class);

  static final String PESAN = "Otorisasi jenis REVOKE (pencabutan) tidak dipakai di Alur SOP: "
      + "hapus otorisasi GRANT yang memberi akses itu.";

  private OtorisasiTanpaCabut() {
  }

  /** The engine's setting: REVOKE rows are never looked for. */
  static void terapkan(ProcessEngineConfigurationImpl configuration) {
    configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
  }

  /** REVOKE rows kept from before are reported, since they are not checked. */
  static void periksa(ProcessEngine engine) {
    long lama = engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
    if (lama > 0) {
      LOG.warn("{} REVOKE authorizations exist and are not checked: delete them and the GRANTs they were meant to "
          + "limit", lama);
    }
  }

  /** Refuses a saved REVOKE before the command's changes are written (the transaction rolls back). */
  static final class TolakCabut extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      T hasil = next.execute(command);
      if (command instanceof SaveAuthorizationCmd && hasil instanceof Authorization otorisasi
          && otorisasi.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
        throw new BadUserRequestException(PESAN);
      }
      return hasil;
    }
  }
}
