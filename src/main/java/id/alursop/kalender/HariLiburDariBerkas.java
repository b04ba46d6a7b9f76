package id.alursop.kalender;

import id.alursop.organisasi.DaftarInstansi;
import id.alursop.organisasi.Instansi;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the regional holidays an agency's file lists ({@code kalender.hariLibur}) into the table
 * of regional holidays, once each: those added later through the API count as well, and a date
 * already recorded for the agency is left as it is.
 */
@Component
@Order(4)
public class HariLiburDariBerkas implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(HariLiburDariBerkas.class);

  private final DaftarInstansi daftar;
  private final HariLiburDaerahRepository daerah;
  private final KalenderInstansi kalender;

  public HariLiburDariBerkas(DaftarInstansi daftar, HariLiburDaerahRepository daerah, KalenderInstansi kalender) {
    this.daftar = daftar;
    this.daerah = daerah;
    this.kalender = kalender;
  }

  @Override
  public void run(ApplicationArguments args) {
    int baru = 0;
    for (Instansi instansi : daftar.semua()) {
      for (Instansi.HariLibur libur : instansi.kalender().hariLibur()) {
        if (!daerah.existsByTanggalAndInstansi(libur.tanggal(), instansi.id())) {
          daerah.save(new HariLiburDaerah(libur.tanggal(), libur.nama(), instansi.id(), libur.dasar(),
              "organisasi/" + instansi.id() + ".yaml", Instant.now()));
          baru++;
        }
      }
    }
    if (baru > 0) {
      kalender.hariLibur().segarkan();
      LOG.info("{} regional holidays seeded from the agencies' files", baru);
    }
  }
}
