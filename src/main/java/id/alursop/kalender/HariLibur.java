package id.alursop.kalender;

import java.time.LocalDate;

/**
 * A day off: a national holiday or cuti bersama (from the joint decree of its year) or a
 * regional holiday of one agency ({@code instansi}, null for all).
 */
public record HariLibur(LocalDate tanggal, String nama, Jenis jenis, String dasar, String instansi) {

  /** The kind of day off. */
  public enum Jenis { LIBUR_NASIONAL, CUTI_BERSAMA, LIBUR_DAERAH }
}
