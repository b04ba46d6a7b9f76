/*
 * Alur SOP: the header of our own pages (SLA report at /laporan/sla, modeler at /modeler), the
 * same on both: the page's name, links back to the webapps and to each other (as far as the user
 * may open them), who is logged in, and "Keluar" (log out of every app at once).
 *
 * Usage: <header id="alur-kepala" data-judul="Laporan SLA" data-halaman="laporan-sla"></header> and
 * <script type="module" src="/alur/kepala.js"></script>. The pages share the webapps' login
 * session; sesi() gives who is logged in (GET /api/sesi), kirim() is fetch with the session's
 * CSRF token on writes (header X-XSRF-TOKEN, as the webapps send it). Also on window.alurSesi and
 * window.alurKirim for pages built apart (the modeler).
 */

async function ambilSesi() {
  const r = await fetch('/api/sesi', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const data = await r.json().catch(() => ({}));
  if (!r.ok) {
    throw new Error(data.message || `Gagal memuat sesi (HTTP ${r.status})`);
  }
  return data;
}

async function muatSesi() {
  const data = await ambilSesi();
  if (!data.lewatSesi || data.tokenCsrf) {
    return data;
  }
  // a session whose login has not yet been followed by a webapp's call has no CSRF token yet:
  // the webapps issue it (with their cookie) on their next call, then the token is ours as well
  await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' });
  return ambilSesi();
}

const sesiDimuat = muatSesi();

/** Who is logged in: { pengguna, nama, instansi, aplikasi, laporanSla, modeler, tokenCsrf, … }. */
export function sesi() {
  return sesiDimuat;
}

/** fetch() for our own API: same-origin credentials, and the CSRF token on every write. */
export async function kirim(url, opsi = {}) {
  const metode = (opsi.method || 'GET').toUpperCase();
  const headers = new Headers(opsi.headers || {});
  if (!['GET', 'HEAD', 'OPTIONS'].includes(metode)) {
    const { tokenCsrf } = await sesiDimuat;
    if (tokenCsrf) {
      headers.set('X-XSRF-TOKEN', tokenCsrf);
    }
  }
  return fetch(url, { ...opsi, method: metode, headers, credentials: 'same-origin' });
}

window.alurSesi = sesiDimuat;
window.alurKirim = kirim;

const TAUTAN = [
  { id: 'tasklist', label: 'Daftar Tugas', href: '/camunda/app/tasklist/default/', boleh: s => s.aplikasi.includes('tasklist') },
  { id: 'cockpit', label: 'Pemantauan', href: '/camunda/app/cockpit/default/', boleh: s => s.aplikasi.includes('cockpit') },
  { id: 'admin', label: 'Administrasi', href: '/camunda/app/admin/default/', boleh: s => s.aplikasi.includes('admin') },
  { id: 'laporan-sla', label: 'Laporan SLA', href: '/laporan/sla', boleh: s => s.laporanSla },
  { id: 'modeler', label: 'Modeler', href: '/modeler', boleh: s => s.modeler }
];

const teks = s => String(s == null ? '' : s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

async function keluar(tombol) {
  tombol.disabled = true;
  try {
    await kirim('/camunda/api/admin/auth/user/default/logout', { method: 'POST' });
  } finally {
    window.location.href = '/camunda/app/welcome/default/';
  }
}

function pasang(kepala, data) {
  const halaman = kepala.dataset.halaman;
  const tautan = data ? TAUTAN.filter(t => t.boleh(data)) : [];
  kepala.classList.add('alur-kepala');
  kepala.innerHTML = `<a class="merek" href="/camunda/app/welcome/default/">Alur SOP</a>`
    + `<h1>${teks(kepala.dataset.judul || document.title)}</h1>`
    + `<nav aria-label="Aplikasi Alur SOP">${tautan.map(t => `<a data-tautan="${t.id}" href="${t.href}"`
      + `${t.id === halaman ? ' aria-current="page"' : ''}>${t.label}</a>`).join('')}</nav>`
    + '<span class="spasi"></span>'
    + (data ? `<span class="pengguna" id="alur-pengguna" title="${teks(data.pengguna)}">${teks(data.nama)}</span>` : '')
    + (data && data.lewatSesi ? '<button type="button" class="keluar" id="alur-keluar">Keluar</button>' : '');
  const tombol = kepala.querySelector('#alur-keluar');
  if (tombol) {
    tombol.addEventListener('click', () => keluar(tombol));
  }
}

const kepala = document.getElementById('alur-kepala');
if (kepala) {
  pasang(kepala, null);
  sesiDimuat.then(data => pasang(kepala, data)).catch(() => pasang(kepala, null));
}
