package id.alursop.sla;

/** The levels at which a late step is brought to someone's attention, in order. */
public enum TingkatEskalasi {
  /** The lower bound of a range (30 of "30-60 hari"): a reminder to whoever holds the step. */
  PENGINGAT_BATAS_BAWAH,
  /** The due date: a reminder to the assignee or the candidate group. */
  PENGINGAT,
  /** Half a standard (at least one working hour) after the due date: the lane's supervisor. */
  ATASAN,
  /** Twice the standard after creation: the head of the agency. */
  KEPALA;

  /** Whether this level opens a follow-up ("Tindak lanjut keterlambatan") for a superior. */
  public boolean keAtasan() {
    return this == ATASAN || this == KEPALA;
  }
}
