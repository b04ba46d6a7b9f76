// The modeler page: list of deployed models per agency, an editor per kind, live checks, diff, deploy.
import { terjemahkan } from './terjemahan.js';
const el = id => document.getElementById(id);
const JENIS = { bpmn: 'Proses (BPMN)', dmn: 'Keputusan (DMN)', form: 'Formulir' };
const NAMA_ELEMEN = {
  process: 'Proses', participant: 'Peserta', lane: 'Lajur', laneSet: 'Set lajur', userTask: 'Tugas pengguna',
  serviceTask: 'Tugas layanan', task: 'Tugas', sendTask: 'Tugas kirim', receiveTask: 'Tugas terima',
  scriptTask: 'Tugas skrip', businessRuleTask: 'Tugas aturan bisnis', manualTask: 'Tugas manual',
  callActivity: 'Aktivitas panggilan', subProcess: 'Subproses', sequenceFlow: 'Alur', startEvent: 'Peristiwa mulai',
  endEvent: 'Peristiwa akhir', boundaryEvent: 'Peristiwa batas', intermediateCatchEvent: 'Peristiwa tangkap',
  intermediateThrowEvent: 'Peristiwa lempar', exclusiveGateway: 'Gerbang eksklusif', parallelGateway: 'Gerbang paralel',
  inclusiveGateway: 'Gerbang inklusif', eventBasedGateway: 'Gerbang peristiwa', textAnnotation: 'Anotasi',
  association: 'Asosiasi', message: 'Pesan', signal: 'Sinyal', error: 'Galat', collaboration: 'Kolaborasi',
  decision: 'Keputusan', decisionTable: 'Tabel keputusan', input: 'Masukan', output: 'Keluaran', rule: 'Aturan',
  inputExpression: 'Ekspresi masukan', textfield: 'Isian teks', textarea: 'Isian paragraf', number: 'Isian angka',
  select: 'Pilihan', radio: 'Pilihan radio', checkbox: 'Kotak centang', checklist: 'Daftar centang',
  datetime: 'Tanggal/waktu', text: 'Teks', group: 'Kelompok', button: 'Tombol', taglist: 'Daftar tag'
};

const keadaan = {
  daftar: null,       // GET /modeler/api/models
  model: null,        // { jenis, key, nama, tenant, versi: [...], resource, baru }
  versiId: null,
  editor: null,
  kotor: false,
  lint: [],
  timerPeriksa: null,
  tambahan: [],       // forms of an imported SOP table, deployed with its model: [{ nama, isi }]
  peringatanImpor: [] // the import's warnings, shown with every check until the draft is deployed
};

// --- helpers ---------------------------------------------------------------------------------

async function api(method, path, body) {
  // window.alurKirim (/alur/kepala.js, the pages' shared header): the login session's CSRF token on writes
  const r = await window.alurKirim('/modeler/api' + path, {
    method,
    headers: body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
    body: body ? JSON.stringify(body) : undefined
  });
  const data = await r.json().catch(() => ({}));
  if (!r.ok) {
    const e = new Error(data.message || `Permintaan gagal (HTTP ${r.status})`);
    e.data = data;
    e.status = r.status;
    throw e;
  }
  return data;
}

const esc = s => String(s == null ? '' : s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
const waktu = iso => iso ? new Date(iso).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' }) : '-';
const namaTenant = t => t == null ? 'bersama' : t;

function pesan(teks, jenis = 'info') {
  const p = el('pesan');
  p.textContent = teks || '';
  p.className = teks ? jenis : '';
}

function tab(nama) {
  document.querySelectorAll('.panel .tab button').forEach(b => b.classList.toggle('aktif', b.dataset.tab === nama));
  document.querySelectorAll('.isi-tab').forEach(d => { d.hidden = d.id !== nama; });
}

function labelVersi(v) {
  const oleh = v.oleh ? `oleh ${v.oleh}` : (v.sumber === 'alur-sop' ? 'saat aplikasi dimulai' : (v.sumber || ''));
  return `versi ${v.versi} · ${waktu(v.waktu)} · ${oleh}`;
}

// --- list ------------------------------------------------------------------------------------

async function muatDaftar() {
  const tenant = el('saring-instansi').value;
  const data = await api('GET', '/models' + (tenant ? '?tenant=' + encodeURIComponent(tenant) : ''));
  keadaan.daftar = data;
  const pilih = el('saring-instansi');
  if (pilih.options.length === 1) {
    for (const i of data.instansi) pilih.add(new Option(`${i.nama} (${i.id})`, i.id));
    pilih.add(new Option('Bersama (tanpa instansi)', 'bersama'));
    for (const i of data.instansi) el('baru-instansi').add(new Option(`${i.nama} (${i.id})`, i.id));
    for (const i of data.instansi) el('impor-instansi').add(new Option(`${i.nama} (${i.id})`, i.id));
  }
  const html = [];
  for (const jenis of Object.keys(JENIS)) {
    const model = data.model.filter(m => m.jenis === jenis);
    html.push(`<h2>${JENIS[jenis]} <span class="redup">(${model.length})</span></h2><ul>`);
    for (const m of model) {
      const terbaru = m.versi[0];
      html.push(`<li><button type="button" data-jenis="${esc(m.jenis)}" data-key="${esc(m.key)}" data-tenant="${esc(namaTenant(m.tenant))}"`
        + ` title="${esc(m.key)}">${esc(m.nama)}<small>${esc(m.key)} · ${esc(namaTenant(m.tenant))} · versi ${terbaru.versi}`
        + `${m.versi.length > 1 ? ` (${m.versi.length} versi)` : ''}</small></button></li>`);
    }
    html.push('</ul>');
  }
  el('daftar').innerHTML = html.join('');
  el('daftar').querySelectorAll('button[data-key]').forEach(b => b.addEventListener('click', () =>
    bukaModel(b.dataset.jenis, b.dataset.key, b.dataset.tenant)));
  tandaiPilihan();
}

function cariModel(jenis, key, tenant) {
  return keadaan.daftar.model.find(m => m.jenis === jenis && m.key === key && namaTenant(m.tenant) === tenant);
}

function tandaiPilihan() {
  const m = keadaan.model;
  el('daftar').querySelectorAll('button[data-key]').forEach(b => b.classList.toggle('dipilih',
    !!m && b.dataset.jenis === m.jenis && b.dataset.key === m.key && b.dataset.tenant === namaTenant(m.tenant)));
}

// --- opening a model -------------------------------------------------------------------------

async function bukaModel(jenis, key, tenant, versiId) {
  if (keadaan.kotor && !confirm('Perubahan yang belum diterapkan akan hilang. Lanjutkan?')) return;
  const model = cariModel(jenis, key, tenant);
  if (!model) return;
  const versi = versiId ? model.versi.find(v => v.id === versiId) : model.versi[0];
  pesan('Memuat ' + model.nama + '…');
  const isi = await api('GET', `/models/${jenis}/${encodeURIComponent(versi.id)}`);
  keadaan.model = { ...model, resource: isi.resource, baru: false };
  keadaan.tambahan = [];
  keadaan.peringatanImpor = [];
  keadaan.versiId = versi.id;
  await pasangEditor(jenis, isi.isi);
  isiVersi();
  pesan('');
}

function isiVersi() {
  const m = keadaan.model;
  el('judul').textContent = `${m.nama} (${m.key}) · ${namaTenant(m.tenant)}`;
  const pilih = el('versi');
  pilih.innerHTML = '';
  if (m.baru) {
    pilih.add(new Option('belum diterapkan', ''));
    pilih.disabled = true;
    el('info-versi').textContent = m.resource;
  } else {
    for (const v of m.versi) pilih.add(new Option(labelVersi(v), v.id, false, v.id === keadaan.versiId));
    pilih.disabled = false;
    const v = m.versi.find(x => x.id === keadaan.versiId);
    el('info-versi').textContent = v && v.id !== m.versi[0].id ? '(bukan versi terbaru)' : '';
  }
  tandaiPilihan();
}

async function pasangEditor(jenis, isi) {
  if (keadaan.editor) {
    keadaan.editor.hapus();
    keadaan.editor = null;
  }
  const kanvas = el('kanvas');
  kanvas.innerHTML = '';
  kanvas.className = 'kanvas ' + jenis;
  el('properti').innerHTML = '';
  el('tab-dmn').hidden = true;
  keadaan.lint = [];
  tampilkanLint(jenis === 'bpmn' ? [] : null);
  tampilkanKonvensi(null);
  el('hasil-beda').innerHTML = '<p class="redup">Tekan "Lihat perubahan".</p>';
  const modul = jenis === 'bpmn' ? await import('./editor-bpmn.js')
    : jenis === 'dmn' ? await import('./editor-dmn.js') : await import('./editor-form.js');
  keadaan.editor = await modul.buatEditor({
    kanvas,
    properti: el('properti'),
    tab: el('tab-dmn'),
    isi,
    saatBerubah: () => {
      keadaan.kotor = true;
      if (el('pesan').className === 'galat') pesan(''); // an earlier refusal no longer speaks of this model
      jadwalkanPeriksa();
    },
    saatLint: daftar => {
      keadaan.lint = daftar;
      tampilkanLint(daftar);
    }
  });
  keadaan.kotor = false;
  for (const id of ['tombol-periksa', 'tombol-beda', 'tombol-unduh', 'tombol-terapkan']) el(id).disabled = false;
  periksa();
}

// --- checks ----------------------------------------------------------------------------------

function tampilkanLint(daftar) {
  if (daftar === null) {
    el('lint-ringkas').textContent = 'Lint BPMN hanya untuk model proses.';
    el('lint-daftar').innerHTML = '';
    return;
  }
  const galat = daftar.filter(d => d.tingkat === 'galat').length;
  el('lint-ringkas').textContent = `${galat} galat, ${daftar.length - galat} peringatan`;
  el('lint-ringkas').dataset.galat = galat;
  el('lint-daftar').innerHTML = daftar.map(d => `<li class="${d.tingkat}">${esc(terjemahkan(d.pesan))} `
    + `<span class="elemen">${esc(d.elemen)} · ${esc(d.aturan)}</span></li>`).join('');
}

function tampilkanKonvensi(hasil) {
  if (!hasil) {
    el('konvensi-ringkas').textContent = '-';
    el('konvensi-daftar').innerHTML = '';
    return;
  }
  const galat = hasil.galat || [];
  const peringatan = [...(hasil.peringatan || []), ...keadaan.peringatanImpor.map(t => ({ ...t,
    pesan: 'Impor tabel: ' + t.pesan }))];
  el('konvensi-ringkas').textContent = `${galat.length} galat, ${peringatan.length} peringatan`
    + (galat.length ? ' · galat menghalangi penerapan' : '');
  el('konvensi-ringkas').dataset.galat = galat.length;
  el('konvensi-daftar').innerHTML = [...galat, ...peringatan].map(t => `<li class="${t.tingkat}">${esc(t.pesan)}`
    + (t.elemen ? ` <span class="elemen">${esc(t.elemen)}</span>` : '') + '</li>').join('');
}

function jadwalkanPeriksa() {
  clearTimeout(keadaan.timerPeriksa);
  keadaan.timerPeriksa = setTimeout(periksa, 1200);
}

function berkasSekarang(isi) {
  return { tenant: namaTenant(keadaan.model.tenant), berkas: [{ nama: keadaan.model.resource, isi }, ...keadaan.tambahan] };
}

async function periksa() {
  if (!keadaan.editor) return;
  try {
    const isi = await keadaan.editor.isi();
    tampilkanKonvensi(await api('POST', '/check', berkasSekarang(isi)));
  } catch (e) {
    tampilkanKonvensi({ galat: [{ tingkat: 'galat', pesan: e.message }], peringatan: [] });
  }
}

// --- diff ------------------------------------------------------------------------------------

function namaJenis(j) {
  return NAMA_ELEMEN[j] || j;
}

async function lihatPerubahan() {
  tab('hasil-beda');
  const kotak = el('hasil-beda');
  kotak.innerHTML = '<p class="redup">Membandingkan…</p>';
  try {
    const isi = await keadaan.editor.isi();
    const hasil = await api('POST', '/diff', berkasSekarang(isi));
    const p = hasil.perbedaan;
    const bagian = [];
    if (!hasil.dasar) {
      bagian.push(`<p>Belum ada versi yang diterapkan untuk ${esc(namaTenant(keadaan.model.tenant))}; seluruh model baru.</p>`);
    } else {
      bagian.push(`<p>Dibandingkan dengan versi ${hasil.dasar.versi} yang diterapkan (${esc(hasil.dasar.key)}, `
        + `${esc(namaTenant(hasil.dasar.tenant))}).</p>`);
    }
    if (p.sama) {
      bagian.push('<p id="beda-ringkas"><strong>Tidak ada perubahan.</strong></p>');
    } else {
      bagian.push(`<p id="beda-ringkas">${p.ditambah.length} ditambah, ${p.dihapus.length} dihapus, `
        + `${p.diubahNama.length} diganti nama, ${p.diubah.length} diubah.</p>`);
      const daftar = (judul, isiDaftar, fmt) => isiDaftar.length
        ? `<h3>${judul}</h3><ul>${isiDaftar.map(x => `<li>${fmt(x)}</li>`).join('')}</ul>` : '';
      const nama = x => `${esc(namaJenis(x.jenis))}${x.baru || x.lama ? ` '${esc(x.baru || x.lama)}'` : ''} `
        + `<span class="elemen">${esc(x.id)}</span>`;
      bagian.push(daftar('Ditambah', p.ditambah, nama));
      bagian.push(daftar('Dihapus', p.dihapus, nama));
      bagian.push(daftar('Diganti nama', p.diubahNama, x => `${esc(namaJenis(x.jenis))} '${esc(x.lama || '')}' → `
        + `'${esc(x.baru || '')}' <span class="elemen">${esc(x.id)}</span>`));
      bagian.push(daftar('Diubah (atribut, properti, alur)', p.diubah, nama));
      bagian.push('<h3>Perbedaan baris <span class="redup">(bentuk baku: satu elemen per baris, atribut '
        + 'berurutan, tata letak berkas tidak dihitung)</span></h3><pre class="diff">' + p.baris.map(b => {
        const kelas = b.op === '+' ? 'tambah' : b.op === '-' ? 'hapus' : b.op === '…' ? 'lewat' : '';
        const nomor = b.op === '…' ? '' : String(b.baru || b.lama || '').padStart(5) + ' ';
        return `<span class="${kelas}">${esc(b.op === '…' ? '…' : b.op)} ${nomor}${esc(b.teks)}</span>`;
      }).join('') + '</pre>');
    }
    kotak.innerHTML = bagian.join('');
  } catch (e) {
    kotak.innerHTML = `<p class="galat">${esc(e.message)}</p>`;
  }
}

// --- deploy ----------------------------------------------------------------------------------

async function terapkan() {
  const m = keadaan.model;
  const tombol = el('tombol-terapkan');
  tombol.disabled = true;
  pesan('Menerapkan…');
  try {
    const isi = await keadaan.editor.isi();
    let hasil;
    try {
      hasil = await api('POST', '/deploy', berkasSekarang(isi));
    } catch (e) {
      // lanes without a group of the agency: ask the administrator, then create them with the deploy
      if (e.status !== 409 || !e.data || !e.data.kelompokBaru) throw e;
      const daftar = e.data.kelompokBaru.map(k => `- ${k.nama} (${k.id})`).join('\n');
      if (!confirm(`Lajur berikut belum punya kelompok di instansi ini:\n${daftar}\n\n`
        + 'Buat kelompok tersebut (anggotanya diatur di Administrasi) dan terapkan?')) {
        pesan('Tidak diterapkan: kelompok untuk lajur baru belum disetujui.', 'info');
        return;
      }
      hasil = await api('POST', '/deploy', { ...berkasSekarang(isi), buatKelompok: true });
    }
    const dibuat = (hasil.kelompokDibuat || []).map(k => `${k.nama} (${k.id})`);
    tampilkanKonvensi({ galat: [], peringatan: hasil.peringatan });
    if (!hasil.berubah) {
      pesan(hasil.message, 'info');
    } else {
      pesan(hasil.message + ' Instans yang sedang berjalan tetap memakai versinya.'
        + (dibuat.length ? ' Kelompok baru: ' + dibuat.join(', ') + '; tambahkan anggotanya di Administrasi.' : ''), 'ok');
      keadaan.kotor = false;
      keadaan.tambahan = [];
      keadaan.peringatanImpor = [];
      await muatDaftar();
      const baru = cariModel(m.jenis, m.key, namaTenant(m.tenant));
      if (baru) {
        keadaan.model = { ...baru, resource: m.resource, baru: false };
        keadaan.versiId = baru.versi[0].id;
        isiVersi();
      }
      muatRiwayat();
    }
  } catch (e) {
    if (e.data && (e.data.galat || e.data.peringatan)) {
      tampilkanKonvensi(e.data);
      tab('hasil-periksa');
    }
    pesan(e.message, 'galat');
  } finally {
    tombol.disabled = false;
  }
}

async function unduh() {
  const isi = await keadaan.editor.isi();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([isi], { type: 'application/octet-stream' }));
  a.download = keadaan.model.resource.split('/').pop();
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function muatRiwayat() {
  try {
    const baris = await api('GET', '/history?batas=50');
    el('riwayat').innerHTML = baris.length ? '<table class="riwayat"><thead><tr><th>Waktu</th><th>Oleh</th><th>Instansi</th>'
      + '<th>Berkas</th><th>Id penerapan</th></tr></thead><tbody>' + baris.map(b => `<tr><td>${esc(waktu(b.waktu))}</td>`
      + `<td>${esc(b.oleh)}</td><td>${esc(namaTenant(b.tenant))}</td><td>${esc(b.berkas)}</td><td>${esc(b.deploymentId)}</td></tr>`)
      .join('') + '</tbody></table>' : '<p class="redup">Belum ada penerapan dari modeler.</p>';
  } catch (e) {
    el('riwayat').innerHTML = `<p class="galat">${esc(e.message)}</p>`;
  }
}

// --- new SOP ---------------------------------------------------------------------------------

function dialogBaru() {
  const tenant = el('saring-instansi').value;
  if (tenant && tenant !== 'bersama') el('baru-instansi').value = tenant;
  el('baru-pesan').textContent = '';
  el('dialog-baru').showModal();
}

async function buatBaru(event) {
  event.preventDefault();
  if (keadaan.kotor && !confirm('Perubahan yang belum diterapkan akan hilang. Lanjutkan?')) return;
  try {
    const hasil = await api('POST', '/new', {
      tenant: el('baru-instansi').value,
      id: el('baru-id').value.trim(),
      nama: el('baru-nama').value.trim(),
      lajur: el('baru-lajur').value.split('\n').map(s => s.trim()).filter(Boolean),
      pemulai: el('baru-pemulai').value.trim()
    });
    el('dialog-baru').close();
    keadaan.model = { jenis: 'bpmn', key: el('baru-id').value.trim(), nama: el('baru-nama').value.trim(),
      tenant: hasil.tenant, versi: [], resource: hasil.nama, baru: true };
    keadaan.tambahan = [];
    keadaan.peringatanImpor = [];
    keadaan.versiId = null;
    await pasangEditor('bpmn', hasil.isi);
    isiVersi();
    keadaan.kotor = true;
    pesan(hasil.sudahAda ? 'Perhatian: proses dengan id ini sudah ada untuk instansi tersebut; menerapkan akan membuat versi baru.'
      : 'Model baru dibuat dari templat. Tambahkan langkah (tugas pengguna) di lajurnya, lalu terapkan.', 'info');
  } catch (e) {
    el('baru-pesan').textContent = e.message;
  }
}

// --- import of an SOP table (SOP-AP: No, Kegiatan, one column per Pelaksana, Mutu Baku) ---------

function dialogImpor() {
  const tenant = el('saring-instansi').value;
  if (tenant && tenant !== 'bersama') el('impor-instansi').value = tenant;
  el('impor-pesan').textContent = '';
  el('dialog-impor').showModal();
}

async function imporTabel(event) {
  event.preventDefault();
  if (keadaan.kotor && !confirm('Perubahan yang belum diterapkan akan hilang. Lanjutkan?')) return;
  const berkas = el('impor-berkas').files[0];
  if (!berkas) {
    el('impor-pesan').textContent = 'Pilih berkas tabel SOP (CSV atau XLSX).';
    return;
  }
  const data = new FormData();
  data.append('tenant', el('impor-instansi').value);
  data.append('id', el('impor-id').value.trim());
  data.append('nama', el('impor-nama').value.trim());
  data.append('berkas', berkas);
  const tombol = el('impor-kirim');
  tombol.disabled = true;
  el('impor-pesan').textContent = 'Membaca tabel…';
  try {
    const r = await window.alurKirim('/modeler/api/impor-sop', { method: 'POST', body: data,
      headers: { Accept: 'application/json' } });
    const hasil = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(hasil.message || `Tabel tidak dapat diimpor (HTTP ${r.status})`);
    const model = hasil.berkas.find(b => b.nama.endsWith('.bpmn'));
    el('dialog-impor').close();
    keadaan.model = { jenis: 'bpmn', key: el('impor-id').value.trim(), nama: el('impor-nama').value.trim(),
      tenant: hasil.tenant, versi: [], resource: model.nama, baru: true };
    keadaan.versiId = null;
    keadaan.tambahan = hasil.berkas.filter(b => b !== model);
    keadaan.peringatanImpor = (hasil.peringatan || []).map(t => typeof t === 'string' ? { tingkat: 'peringatan', pesan: t } : t);
    await pasangEditor('bpmn', model.isi);
    isiVersi();
    keadaan.kotor = true;
    tampilkanKonvensi({ galat: [], peringatan: [] });
    tab('hasil-periksa');
    pesan(`Draf dibuat dari tabel: ${keadaan.tambahan.length} langkah, masing-masing dengan formulirnya `
      + `(diterapkan bersama model). ${(hasil.peringatan || []).length} peringatan; periksa, lengkapi, lalu terapkan.`, 'info');
  } catch (e) {
    el('impor-pesan').textContent = e.message;
  } finally {
    tombol.disabled = false;
  }
}

// --- wiring ----------------------------------------------------------------------------------

el('saring-instansi').addEventListener('change', () => muatDaftar().catch(e => pesan(e.message, 'galat')));
el('versi').addEventListener('change', e => {
  const m = keadaan.model;
  bukaModel(m.jenis, m.key, namaTenant(m.tenant), e.target.value).catch(err => pesan(err.message, 'galat'));
});
el('tombol-periksa').addEventListener('click', () => { tab('hasil-periksa'); periksa(); });
el('tombol-beda').addEventListener('click', lihatPerubahan);
el('tombol-terapkan').addEventListener('click', terapkan);
el('tombol-unduh').addEventListener('click', unduh);
el('tombol-baru').addEventListener('click', dialogBaru);
el('baru-batal').addEventListener('click', () => el('dialog-baru').close());
el('form-baru').addEventListener('submit', buatBaru);
el('tombol-impor').addEventListener('click', dialogImpor);
el('impor-batal').addEventListener('click', () => el('dialog-impor').close());
el('form-impor').addEventListener('submit', imporTabel);
document.querySelectorAll('.panel .tab button').forEach(b => b.addEventListener('click', () => tab(b.dataset.tab)));
window.addEventListener('beforeunload', e => { if (keadaan.kotor) e.preventDefault(); });

muatDaftar().then(muatRiwayat).catch(e => pesan(e.message, 'galat'));
