#!/usr/bin/env python3
"""Writes the SOP-AP tables of the nine catalogued SOPs as CSV, as an agency would export them from
its SOP document: run once from the project root (python3 src/test/resources/impor-sop/buat-tabel.py);
the tables are committed beside this script and read by ImporSopTest.

One row per step, the performer's column marked, columns in the catalogue's lane order; the
layouts vary as the documents do (one or two header rows, ';' or ',', a BOM, the name of the
activity column, the mark, a section title row)."""
import csv, glob, io, os, yaml

here = os.path.dirname(os.path.abspath(__file__))
catalogue = os.path.join(here, "..", "..", "..", "..", "..", "shared", "sop-catalogue")
if not os.path.isdir(catalogue):
    catalogue = os.path.join(os.getcwd(), "..", "shared", "sop-catalogue")

LAYOUT = {  # id: (delimiter, BOM, activity header, two header rows, mark, section title)
    "ketapang-asistensi-perencanaan": (";", False, "Kegiatan", True, "X", "A. Asistensi Penyusunan Dokumen Perencanaan"),
    "ketapang-monev-perencanaan": (";", False, "Kegiatan", True, "√", None),
    "ketapang-koordinasi-rpjpd-rpjmd-rkpd": (";", True, "Kegiatan", True, "X", "C.1. Koordinasi Penyusunan RPJPD, RPJMD dan RKPD"),
    "ketapang-rencana-definitif": (";", False, "Aktivitas", False, "✓", None),
    "ketapang-tkpkd-penanggulangan-kemiskinan": (",", True, "Uraian Prosedur", True, "X", None),
    "ketapang-sinergitas-harmonisasi": (",", False, "Kegiatan", False, "Proses", None),
    "kampung-nol-kemiskinan-ekstrem": (",", True, "Aktivitas", False, "X", None),
    "lamandau-bantuan-uep": (";", False, "Uraian Prosedur", True, "√", None),
    "barito-timur-kasi-pmd": (";", False, "Aktivitas/Uraian Prosedur", False, "X", None),
}

for f in sorted(glob.glob(os.path.join(catalogue, "*.yaml"))):
    sop = yaml.safe_load(open(f, encoding="utf-8"))
    delim, bom, aktivitas, dua_baris, tanda, bagian = LAYOUT[sop["id"]]
    lanes = sop["lanes"]
    rows = []
    if dua_baris:
        rows.append(["No", aktivitas, "Pelaksana"] + [""] * (len(lanes) - 1) + ["Mutu Baku", "", "", "Keterangan"])
        rows.append(["", ""] + lanes + ["Kelengkapan", "Waktu", "Output", ""])
    else:
        rows.append(["No", aktivitas] + lanes + ["Kelengkapan", "Waktu", "Output", "Ket"])
    if bagian:
        rows.append(["", bagian] + [""] * (len(lanes) + 4))
    for st in sop["steps"]:
        marks = [tanda if lane == st["performer"] else "" for lane in lanes]
        inputs = st.get("inputs") or []
        kelengkapan = "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(inputs)) if len(inputs) > 1 else "".join(inputs)
        waktu = st["standard_time"].get("text") or ""
        rows.append([str(st["no"]), st["activity"]] + marks + [kelengkapan, waktu, st.get("output") or "", st.get("note") or ""])
    out = io.StringIO()
    csv.writer(out, delimiter=delim, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(here, sop["id"] + ".csv"), "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as o:
        o.write(out.getvalue())
    print(sop["id"], len(sop["steps"]), "langkah")
