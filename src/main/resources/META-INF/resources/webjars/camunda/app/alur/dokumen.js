/*
 * Alur SOP: the tab "Dokumen" of Tasklist's task view (plugin point tasklist.task.detail, which
 * calls render(node, {api, taskId}) each time a task is shown with the tab open).
 *
 *  - lists the documents of the task's case, from every step (GET /api/dokumen/tugas/{taskId}),
 *    each one a download link;
 *  - the step's performers attach a file (POST /api/dokumen/tugas/{taskId}, multipart, field
 *    "berkas" and "keterangan"): the server checks kind, size and content and answers in
 *    Indonesian; the progress shows while uploading;
 *  - a step whose model requires visual documentation (alur.dokumentasi = wajib; the answer's
 *    "dokumentasiWajib") says so above the list, and whether a photo or scan was attached from
 *    this step yet ("dokumentasiAda"): without one, completing the step is refused;
 *  - steps that take data rows from a CSV file (the target households of Kampung Nol stage 1)
 *    show a section per upload (the answer's "impor"): the file goes as the request body (text/csv,
 *    any size) and the answer is shown row by row, taken or refused with the reason.
 *
 * Same login session as Tasklist; writes carry the session's CSRF token (X-XSRF-TOKEN) from
 * GET /api/sesi. Loaded by Tasklist's scripts/config.js as a custom script. Plain JS, no build.
 */

const DASAR = '/api/dokumen/tugas/';
let nomorTab = 0;

/* ---------------------------------------------------------------- helpers */

function el(tag, atribut, ...anak) {
  const e = document.createElement(tag);
  Object.entries(atribut || {}).forEach(([nama, nilai]) => {
    if (nilai === false || nilai === null || nilai === undefined) {
      return;
    }
    if (nama === 'class') {
      e.className = nilai;
    } else if (nama === 'hidden') {
      e.hidden = true;
    } else {
      e.setAttribute(nama, nilai === true ? '' : String(nilai));
    }
  });
  anak.flat().forEach(a => {
    if (a !== null && a !== undefined && a !== false) {
      e.appendChild(typeof a === 'string' || typeof a === 'number' ? document.createTextNode(String(a)) : a);
    }
  });
  return e;
}

function waktu(iso) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  return isNaN(d.getTime()) ? String(iso) : d.toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' });
}

async function tokenCsrf(api) {
  try {
    const r = await fetch('/api/sesi', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (r.ok) {
      const sesi = await r.json();
      if (sesi && sesi.tokenCsrf) {
        return sesi.tokenCsrf;
      }
    }
  } catch (e) {
    // fall back to the webapps' own cookie token below
  }
  return api && api.CSRFToken;
}

function pesanGalat(status, data) {
  if (data && typeof data.message === 'string' && data.message) {
    return data.message;
  }
  switch (status) {
    case 0:
      return 'Koneksi ke server terputus. Periksa jaringan lalu coba lagi.';
    case 401:
      return 'Sesi Anda telah berakhir. Silakan masuk kembali.';
    case 403:
      return 'Anda tidak berhak melakukan ini pada tugas ini.';
    case 404:
      return 'Tugas tidak ditemukan atau bukan tugas Anda.';
    case 413:
      return 'Berkas terlalu besar.';
    default:
      return 'Terjadi kesalahan di server (HTTP ' + status + '). Silakan coba lagi.';
  }
}

/** A POST with upload progress (fetch has none): resolves {status, data}. */
function kirim(url, isi, jenis, token, kemajuan) {
  return new Promise(resolve => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) {
      xhr.setRequestHeader('X-XSRF-TOKEN', token);
    }
    if (jenis) {
      xhr.setRequestHeader('Content-Type', jenis);
    }
    xhr.upload.onprogress = e => {
      if (e.lengthComputable && e.total > 0) {
        kemajuan(Math.round((e.loaded / e.total) * 100));
      }
    };
    xhr.onload = () => {
      let data = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch (e) {
        data = null;
      }
      resolve({ status: xhr.status, data });
    };
    xhr.onerror = () => resolve({ status: 0, data: null });
    xhr.send(isi);
  });
}

/** A progress bar with its text: tampil(persen), selesai(). */
function kemajuan() {
  const bar = el('progress', { max: 100, value: 0 });
  const teks = el('span', { class: 'alur-kemajuan-teks' }, 'Mengunggah… 0%');
  const kotak = el('div', { class: 'alur-kemajuan', role: 'status', 'aria-live': 'polite', hidden: true }, bar, ' ', teks);
  return {
    kotak,
    tampil(persen) {
      kotak.hidden = false;
      bar.value = persen;
      teks.textContent = persen >= 100 ? 'Diproses di server…' : 'Mengunggah… ' + persen + '%';
    },
    selesai() {
      kotak.hidden = true;
      bar.value = 0;
    }
  };
}

function kotakGalat(kelas) {
  const kotak = el('div', { class: 'alert alert-danger ' + kelas, role: 'alert', hidden: true });
  return {
    kotak,
    tampil(pesan) {
      kotak.textContent = pesan;
      kotak.hidden = false;
    },
    hapus() {
      kotak.textContent = '';
      kotak.hidden = true;
    }
  };
}

/** A file picker labelled in Indonesian (the browser's own button speaks the browser's language). */
function pemilihBerkas(id, kelas, accept) {
  const TANPA = 'Belum ada berkas dipilih';
  const input = el('input', { type: 'file', id, class: kelas + ' alur-berkas-asli', accept });
  const nama = el('span', { class: 'text-muted alur-nama-berkas' }, TANPA);
  input.addEventListener('change', () => {
    nama.textContent = input.files && input.files[0] ? input.files[0].name : TANPA;
  });
  return {
    kotak: el('div', { class: 'alur-pemilih' }, input,
      el('label', { for: id, class: 'btn btn-default alur-pilih-berkas' }, 'Pilih berkas…'), ' ', nama),
    input,
    kosongkan() {
      input.value = '';
      nama.textContent = TANPA;
    }
  };
}

/* ---------------------------------------------------------------- the tab */

function tampilkanTab(node, api, taskId) {
  const awalan = 'alur-dokumen-' + (++nomorTab);
  const galat = kotakGalat('alur-dokumen-galat');
  const pesan = el('div', { class: 'alert alert-success alur-dokumen-pesan', role: 'status', hidden: true });
  const memuat = el('p', { class: 'text-muted alur-dokumen-memuat' }, 'Memuat berkas…');
  const kosong = el('p', { class: 'text-muted alur-dokumen-kosong', hidden: true }, 'Belum ada berkas terlampir pada kasus ini.');
  const badan = el('tbody');
  const tabel = el('table', { class: 'table table-condensed alur-dokumen-daftar', hidden: true },
    el('thead', {}, el('tr', {}, el('th', {}, 'Berkas'), el('th', {}, 'Keterangan'), el('th', {}, 'Dilampirkan pada langkah'),
      el('th', {}, 'Waktu'))),
    badan);
  const wajib = el('div', { class: 'alert alur-dokumen-wajib', role: 'status', hidden: true });
  const unggah = el('div', { class: 'alur-dokumen-unggah-tempat' });
  const impor = el('div', { class: 'alur-dokumen-impor-tempat' });
  const akar = el('div', { class: 'alur-dokumen', 'data-tugas': taskId },
    galat.kotak, pesan, wajib,
    el('h4', {}, 'Berkas kasus ini'),
    el('p', { class: 'text-muted' }, 'Berkas yang dilampirkan pada setiap langkah kasus ini, juga langkah sebelumnya dan tinjauannya.'),
    memuat, kosong, tabel, unggah, impor);
  node.appendChild(akar);

  function tampilkanDaftar(dokumen) {
    badan.textContent = '';
    dokumen.forEach(d => {
      badan.appendChild(el('tr', { 'data-lampiran': d.id },
        el('td', {}, el('a', { href: d.unduh, download: d.nama || true, class: 'alur-dokumen-unduh' }, d.nama || 'berkas')),
        el('td', {}, d.keterangan || ''),
        el('td', {}, d.langkah || ''),
        el('td', {}, waktu(d.dibuatPada))));
    });
    tabel.hidden = dokumen.length === 0;
    kosong.hidden = dokumen.length !== 0;
  }

  /** The step's required visual documentation, if its model requires it: the rule and whether it is met. */
  function tampilkanWajib(data) {
    wajib.textContent = '';
    if (!data.dokumentasiWajib) {
      wajib.hidden = true;
      return;
    }
    const ada = data.dokumentasiAda === true;
    wajib.className = 'alert alur-dokumen-wajib ' + (ada ? 'alert-success' : 'alert-warning');
    wajib.setAttribute('data-ada', ada ? 'ya' : 'tidak');
    wajib.appendChild(el('strong', {}, 'Langkah ini mewajibkan dokumentasi visual (foto atau pindaian).'));
    wajib.appendChild(el('span', { class: 'alur-dokumen-wajib-keadaan' }, ' ' + (ada
      ? 'Sudah terlampir dari langkah ini.'
      : 'Belum ada: lampirkan foto (JPG, PNG) atau pindaian (PDF) di sini sebelum menyelesaikan langkah ini.')));
    wajib.hidden = false;
  }

  async function muat() {
    let r;
    try {
      r = await fetch(DASAR + encodeURIComponent(taskId), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    } catch (e) {
      memuat.hidden = true;
      galat.tampil(pesanGalat(0));
      return null;
    }
    let data = null;
    try {
      data = await r.json();
    } catch (e) {
      data = null;
    }
    memuat.hidden = true;
    if (!r.ok || !data) {
      galat.tampil('Daftar berkas tidak dapat dimuat: ' + pesanGalat(r.status, data));
      return null;
    }
    tampilkanWajib(data);
    tampilkanDaftar(data.dokumen || []);
    return data;
  }

  function formUnggah(info) {
    if (!info.bolehUnggah) {
      unggah.appendChild(el('p', { class: 'text-muted alur-dokumen-hanya-baca' },
        'Hanya pelaksana langkah ini yang dapat melampirkan berkas.'));
      return;
    }
    const batas = info.batasMb || 10;
    const pemilih = pemilihBerkas(awalan + '-berkas', 'alur-dokumen-berkas', (info.ekstensiDiterima || []).join(','));
    const berkas = pemilih.input;
    const keterangan = el('input', { type: 'text', id: awalan + '-keterangan', name: 'keterangan', maxlength: 500,
      class: 'form-control alur-dokumen-keterangan', placeholder: 'mis. Notulen rapat, SK Tim, foto kegiatan' });
    const tombol = el('button', { type: 'submit', class: 'btn btn-primary alur-dokumen-kirim' }, 'Unggah berkas');
    const maju = kemajuan();
    const form = el('form', { class: 'alur-dokumen-unggah', novalidate: true },
      el('h4', {}, 'Lampirkan berkas'),
      el('div', { class: 'form-group' },
        el('label', { for: berkas.id }, 'Berkas (' + (info.jenisDiterima || []).join(', ') + '; maksimal ' + batas + ' MB)'),
        pemilih.kotak),
      el('div', { class: 'form-group' }, el('label', { for: keterangan.id }, 'Keterangan (boleh kosong)'), keterangan),
      tombol, maju.kotak);
    unggah.appendChild(form);

    form.addEventListener('submit', async event => {
      event.preventDefault();
      galat.hapus();
      pesan.hidden = true;
      const dipilih = berkas.files && berkas.files[0];
      const tolak = teks => {
        galat.tampil(teks);
        galat.kotak.scrollIntoView({ block: 'nearest' });
      };
      if (!dipilih) {
        tolak('Pilih berkas yang akan dilampirkan terlebih dahulu.');
        return;
      }
      if (dipilih.size === 0) {
        pemilih.kosongkan();
        tolak('Berkas "' + dipilih.name + '" kosong.');
        return;
      }
      if (dipilih.size > batas * 1024 * 1024) {
        pemilih.kosongkan();
        tolak('Berkas "' + dipilih.name + '" melebihi batas ' + batas + ' MB.');
        return;
      }
      const data = new FormData();
      data.append('berkas', dipilih, dipilih.name);
      if (keterangan.value.trim()) {
        data.append('keterangan', keterangan.value.trim());
      }
      tombol.disabled = true;
      berkas.disabled = true;
      maju.tampil(0);
      const hasil = await kirim(DASAR + encodeURIComponent(taskId), data, null, await tokenCsrf(api), maju.tampil);
      maju.selesai();
      tombol.disabled = false;
      berkas.disabled = false;
      pemilih.kosongkan();
      if (hasil.status !== 201) {
        galat.tampil('Berkas "' + dipilih.name + '" tidak dilampirkan: ' + pesanGalat(hasil.status, hasil.data));
        galat.kotak.scrollIntoView({ block: 'nearest' });
        return;
      }
      keterangan.value = '';
      pesan.textContent = 'Berkas "' + (hasil.data && hasil.data.nama ? hasil.data.nama : dipilih.name) + '" terlampir.';
      pesan.hidden = false;
      await muat();
    });
  }

  function bagianImpor(imp) {
    const galatImpor = kotakGalat('alur-impor-galat');
    const keadaan = el('p', { class: 'alur-impor-keadaan' }, imp.keadaan || '');
    const pemilih = pemilihBerkas(awalan + '-impor-' + imp.id, 'alur-impor-berkas', '.csv,text/csv,text/plain');
    const berkas = pemilih.input;
    const tombol = el('button', { type: 'submit', class: 'btn btn-primary alur-impor-kirim' }, 'Unggah CSV');
    const maju = kemajuan();
    const laporan = el('div', { class: 'alur-impor-laporan', hidden: true });
    const form = el('form', { class: 'alur-impor-form', novalidate: true },
      el('div', { class: 'form-group' }, el('label', { for: berkas.id }, 'Berkas CSV'), pemilih.kotak), tombol, maju.kotak);
    const bagian = el('section', { class: 'alur-impor', 'data-impor': imp.id },
      el('h4', {}, imp.judul), el('p', { class: 'text-muted' }, imp.petunjuk), keadaan, form, galatImpor.kotak, laporan);
    impor.appendChild(bagian);

    form.addEventListener('submit', async event => {
      event.preventDefault();
      galatImpor.hapus();
      laporan.hidden = true;
      const dipilih = berkas.files && berkas.files[0];
      if (!dipilih) {
        galatImpor.tampil('Pilih berkas CSV terlebih dahulu.');
        galatImpor.kotak.scrollIntoView({ block: 'nearest' });
        return;
      }
      tombol.disabled = true;
      berkas.disabled = true;
      maju.tampil(0);
      const hasil = await kirim(imp.alamat, dipilih, 'text/csv', await tokenCsrf(api), maju.tampil);
      maju.selesai();
      tombol.disabled = false;
      berkas.disabled = false;
      pemilih.kosongkan();
      if (hasil.status !== 200 || !hasil.data) {
        galatImpor.tampil('Berkas "' + dipilih.name + '" tidak diproses: ' + pesanGalat(hasil.status, hasil.data));
        galatImpor.kotak.scrollIntoView({ block: 'nearest' });
        return;
      }
      tampilkanLaporan(laporan, dipilih.name, hasil.data);
      laporan.scrollIntoView({ block: 'start' });
      if (hasil.data.keadaan) {
        keadaan.textContent = hasil.data.keadaan;
      }
    });
  }

  function tampilkanLaporan(laporan, nama, hasil) {
    laporan.textContent = '';
    const badanLaporan = el('tbody');
    (hasil.baris || []).forEach(b => {
      badanLaporan.appendChild(el('tr', { class: b.diterima ? 'alur-baris-diterima' : 'alur-baris-ditolak', 'data-baris': b.baris },
        el('td', {}, String(b.baris)),
        el('td', {}, b.diterima ? 'Diterima' : 'Ditolak'),
        el('td', {}, b.diterima ? '' : b.alasan || '')));
    });
    laporan.appendChild(el('p', { class: 'alur-impor-ringkasan' },
      'Hasil unggahan "' + nama + '": ',
      el('strong', { class: 'alur-impor-diterima' }, 'diterima ' + hasil.diterima + ' baris'), ', ',
      el('strong', { class: hasil.ditolak > 0 ? 'alur-impor-ditolak text-danger' : 'alur-impor-ditolak' },
        'ditolak ' + hasil.ditolak + ' baris'), '.'));
    if (hasil.ditolak > 0) {
      laporan.appendChild(el('p', {}, 'Perbaiki baris yang ditolak lalu unggah lagi baris itu saja.'));
    }
    laporan.appendChild(el('table', { class: 'table table-condensed alur-impor-tabel' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Baris'), el('th', {}, 'Hasil'), el('th', {}, 'Alasan'))), badanLaporan));
    if (!hasil.lengkap) {
      laporan.appendChild(el('p', { class: 'text-muted' },
        'Berkas ini besar: tabel tidak memuat semua baris; jumlah di atas menghitung semuanya.'));
    }
    laporan.hidden = false;
  }

  muat().then(info => {
    if (!info) {
      return;
    }
    formUnggah(info);
    (info.impor || []).forEach(bagianImpor);
  });
}

export default [
  {
    id: 'alur-dokumen',
    pluginPoint: 'tasklist.task.detail',
    priority: 900,
    render: (node, { api, taskId }) => {
      if (taskId) {
        tampilkanTab(node, api, taskId);
      }
    },
    properties: { label: 'Dokumen' }
  }
];
