package id.alursop.kampungnol;

import id.alursop.validation.Kependudukan;
import java.util.HashSet;
import java.util.Set;

/**
 * The KK numbers or NIKs already taken in a programme during an import: a 16-digit number is kept
 * as a {@code long} in an open-addressing table (a million of them take 16 MB and one memory
 * access to look up, where a {@code HashSet<String>} takes about 100 MB and three), anything else
 * (only an old row stored before the rule could be) as a string. Not thread-safe.
 */
final class NomorTerpakai implements KeluargaCsv.Terpakai {

  private static final int AWAL = 1 << 14;

  /** The number + 1 (so that 0000000000000000 is 1), 0 where empty; at most half full. */
  private long[] tabel = new long[AWAL];
  private int jumlah;
  private final Set<String> lain = new HashSet<>();

  @Override
  public boolean ada(String nomor) {
    if (!Kependudukan.enamBelasDigit(nomor)) {
      return lain.contains(nomor);
    }
    long kunci = kunci(nomor);
    long[] t = tabel;
    for (int i = tempat(kunci, t.length); ; i = (i + 1) & (t.length - 1)) {
      if (t[i] == kunci) {
        return true;
      }
      if (t[i] == 0) {
        return false;
      }
    }
  }

  @Override
  public void tambah(String nomor) {
    if (!Kependudukan.enamBelasDigit(nomor)) {
      lain.add(nomor);
      return;
    }
    if (simpan(tabel, kunci(nomor)) && ++jumlah * 2 > tabel.length) {
      long[] baru = new long[tabel.length * 2];
      for (long k : tabel) {
        if (k != 0) {
          simpan(baru, k);
        }
      }
      tabel = baru;
    }
  }

  int jumlah() {
    return jumlah + lain.size();
  }

  private static boolean simpan(long[] t, long kunci) {
    for (int i = tempat(kunci, t.length); ; i = (i + 1) & (t.length - 1)) {
      if (t[i] == kunci) {
        return false;
      }
      if (t[i] == 0) {
        t[i] = kunci;
        return true;
      }
    }
  }

  private static long kunci(String enamBelasDigit) {
    long n = 0;
    for (int i = 0; i < 16; i++) {
      n = n * 10 + (enamBelasDigit.charAt(i) - '0');
    }
    return n + 1;
  }

  private static int tempat(long kunci, int panjang) {
    long h = kunci; // MurmurHash3's finaliser: consecutive numbers spread over the whole table
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return (int) (h ^ (h >>> 33)) & (panjang - 1);
  }
}
